using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace Finpay.Generated.Analyzers.Tests.Infrastructure;

/// <summary>
/// Compiles test code with the real compiler against the real SDK (Finpay.Generated.dll, Newtonsoft.Json and the framework,
/// all from the test host's trusted platform assemblies) and runs analyzers in-process.
/// </summary>
internal static class TestCompilation
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray());

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest);

    public static CSharpCompilation Create(params string[] sources) =>
        Create(sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: $"Test{i}.cs")));

    public static CSharpCompilation Create(IEnumerable<SyntaxTree> trees, bool referenceSdk = true) =>
        CSharpCompilation.Create(
            "FinpayAnalyzerTest",
            trees,
            referenceSdk ? References.Value : References.Value.Where(r => !IsSdk(r)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>Compiles, fails on any compiler error in the test code, and returns the analyzer's diagnostics by position.</summary>
    public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(DiagnosticAnalyzer analyzer, CSharpCompilation compilation)
    {
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "The test code does not compile:\n" + string.Join("\n", errors));
        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create(analyzer)).GetAnalyzerDiagnosticsAsync();
        return diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ToImmutableArray();
    }

    /// <summary>
    /// Asserts that the analyzer reports exactly the marked spans under <paramref name="id"/> and no other <paramref name="id"/>
    /// diagnostic. Other rules the same analyzer reports (FINPAY001 and FINPAY002 share one) are left to their own tests.
    /// </summary>
    public static async Task<ImmutableArray<Diagnostic>> VerifyAsync(DiagnosticAnalyzer analyzer, string id, string markedCode)
    {
        var source = MarkedSource.Parse(markedCode);
        var diagnostics = (await AnalyzeAsync(analyzer, Create(source.Code))).Where(d => d.Id == id).ToImmutableArray();
        var actual = diagnostics.Select(d => $"{d.Id} {d.Location.SourceSpan} '{source.Code.Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length)}'");
        var expected = source.Spans.Select(s => $"{id} {s} '{source.Code.Substring(s.Start, s.Length)}'");
        Assert.Equal(expected, actual);
        return diagnostics;
    }

    private static bool IsSdk(MetadataReference reference) =>
        reference is PortableExecutableReference { FilePath: { } path } &&
        Path.GetFileNameWithoutExtension(path) == "Finpay.Generated";
}
