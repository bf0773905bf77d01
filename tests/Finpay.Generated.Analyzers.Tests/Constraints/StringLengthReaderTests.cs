using System.Linq;
using Finpay.Generated.Analyzers.Constraints;
using Finpay.Generated.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Finpay.Generated.Analyzers.Tests.Constraints;

/// <summary>The one home of reading NSwag's StringLength back into minLength/maxLength, used by FINPAY001/003 and the generator.</summary>
public sealed class StringLengthReaderTests
{
    [Theory]
    [InlineData("[StringLength(30, MinimumLength = 1)]", 1, 30)]
    [InlineData("[StringLength(3, MinimumLength = 3)]", 3, 3)]
    [InlineData("[StringLength(100)]", null, 100)]
    [InlineData("[StringLength(100, MinimumLength = 0)]", null, 100)]
    [InlineData("[StringLength(int.MaxValue, MinimumLength = 2)]", 2, null)]
    [InlineData("[StringLength(maximumLength: 7, ErrorMessage = \"x\", MinimumLength = 4)]", 4, 7)]
    public void NJsonSchemas_forms_read_back_as_the_specs_bounds(string attribute, int? min, int? max)
    {
        var read = StringLengthReader.TryRead(AttributeOf(attribute), out var minLength, out var maxLength);

        Assert.True(read);
        Assert.Equal(min, minLength);
        Assert.Equal(max, maxLength);
    }

    private static AttributeData AttributeOf(string attribute)
    {
        var source = $"using System.ComponentModel.DataAnnotations; class C {{ {attribute} public string? P {{ get; set; }} }}";
        var compilation = CSharpCompilation.Create("Lengths", new[] { CSharpSyntaxTree.ParseText(source) }, TestReferences.Framework,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        return compilation.GetTypeByMetadataName("C")!.GetMembers("P").Single().GetAttributes().Single();
    }
}
