using System.Collections.Generic;
using System.IO;
using System.Text;
using Finpay.Generated.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;

namespace Finpay.Generated.Analyzers.Tests.SpecGenerator;

using Generator = Finpay.Generated.SpecGenerator.SpecGenerator;

/// <summary>
/// The spec generator on the real compiler through Roslyn's source generator test kit, offline: .NET 10 reference assemblies
/// from Basic.Reference.Assemblies, Newtonsoft.Json as the SDK uses it, and the SDK's own hand-written types the generated
/// code builds on (the operation table's entry types and the open sets' JSON converter), read from src/.
/// </summary>
internal sealed class SpecGeneratorTest : CSharpSourceGeneratorTest<Generator, DefaultVerifier>
{
    public const string SpecPath = "/spec/finpay-card.yaml";

    public SpecGeneratorTest(string? spec)
    {
        ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        TestState.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net100.References.All);
        TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(Newtonsoft.Json.JsonConvert).Assembly.Location));
        // Warnings count: the SDK builds with warnings as errors, so generated code must compile without any.
        CompilerDiagnostics = CompilerDiagnostics.Warnings;
        foreach (var file in new[] { "Operations/FinpayOperation.cs", "Operations/FinpayPathParameter.cs", "Values/ExtensibleValueJsonConverter.cs" })
            TestState.Sources.Add(("/sdk/" + file, SdkSource(file)));
        if (spec is not null)
            TestState.AdditionalFiles.Add((SpecPath, spec));
        SolutionTransforms.Add((solution, projectId) =>
        {
            var project = solution.GetProject(projectId)!;
            return solution
                .WithProjectCompilationOptions(projectId, ((CSharpCompilationOptions)project.CompilationOptions!)
                    .WithNullableContextOptions(NullableContextOptions.Enable)
                    // As the .NET SDK does on every build: reference unification notes, not problems.
                    .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
                    {
                        ["CS1701"] = ReportDiagnostic.Suppress,
                        ["CS1702"] = ReportDiagnostic.Suppress,
                    }))
                .WithProjectParseOptions(projectId, ((CSharpParseOptions)project.ParseOptions!)
                    .WithLanguageVersion(LanguageVersion.Latest).WithDocumentationMode(DocumentationMode.Diagnose));
        });
    }

    public static string SdkSource(string relativePath) =>
        File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "src", "Finpay.Generated", relativePath));

    public static string Expected(string name) =>
        File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "tests", "Finpay.Generated.Analyzers.Tests", "SpecGenerator", "Expected", name));

    public void ExpectSource(string hintName, string text) =>
        TestState.GeneratedSources.Add((typeof(Generator), hintName, SourceText.From(text, Encoding.UTF8)));

    /// <summary>A FINPAYSPEC finding at a 1-based line and column span of the spec.</summary>
    public static DiagnosticResult Finding(string id, int line, int column, int endLine, int endColumn, string message) =>
        new DiagnosticResult(id, DiagnosticSeverity.Error).WithSpan(SpecPath, line, column, endLine, endColumn).WithMessage(message);
}
