using System.Linq;
using Finpay.Generated.Analyzers.Constraints;
using Finpay.Generated.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Finpay.Generated.Analyzers.Tests.Constraints;

/// <summary>The one home of "is this an NSwag DTO", used by FINPAY001-003 and the validator generator.</summary>
public sealed class NSwagDtoTests
{
    private const string Source = """
        namespace M
        {
            [System.CodeDom.Compiler.GeneratedCode("NJsonSchema", "14.7.1.0")] public partial class Dto { }
            [System.CodeDom.Compiler.GeneratedCode("NSwag", "14.7.1.0")] public partial class Client { }
            [System.CodeDom.Compiler.GeneratedCode("NJsonSchema", "14.7.1.0")] public enum Kind { A }
            [System.CodeDom.Compiler.GeneratedCode("NJsonSchema", "14.7.1.0")] public struct Value { }
            [System.CodeDom.Compiler.GeneratedCode("njsonschema", "14.7.1.0")] public class LowerCase { }
            [Other.GeneratedCode("NJsonSchema", "1")] public class LookAlike { }
            public class HandWritten { }
        }
        namespace Other
        {
            public sealed class GeneratedCodeAttribute : System.Attribute { public GeneratedCodeAttribute(string tool, string version) { } }
        }
        """;

    [Theory]
    [InlineData("M.Dto", true)]
    [InlineData("M.Client", false)]
    [InlineData("M.Kind", false)]
    [InlineData("M.Value", false)]
    [InlineData("M.LowerCase", false)]
    [InlineData("M.LookAlike", false)]
    [InlineData("M.HandWritten", false)]
    public void Only_a_class_NJsonSchema_generated_is_a_DTO(string type, bool isDto)
    {
        var compilation = CSharpCompilation.Create("Dtos", new[] { CSharpSyntaxTree.ParseText(Source) }, TestReferences.Framework,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        Assert.Equal(isDto, NSwagDto.Is(compilation.GetTypeByMetadataName(type)!));
    }

    [Fact]
    public void The_SDKs_DTOs_are_DTOs_when_read_from_metadata_and_its_client_is_not()
    {
        var compilation = CSharpCompilation.Create("Merchant", references: TestReferences.FrameworkAndSdk);

        Assert.True(NSwagDto.Is(compilation.GetTypeByMetadataName("Finpay.Generated.Order")!));
        Assert.False(NSwagDto.Is(compilation.GetTypeByMetadataName("Finpay.Generated.FinpayCardClient")!));
    }
}
