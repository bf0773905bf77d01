using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Finpay.Generated.Analyzers.Tests.Verifiers;
using Finpay.Generated.Analyzers.Validators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace Finpay.Generated.Analyzers.Tests.Generator;

public sealed class ValidatorGeneratorTests
{
    [Fact]
    public void Order_validator()
    {
        var result = Run(enabled: true, RepositoryFiles.ReadGeneratedClient());

        TextSnapshot.Match(Generated(result, "Finpay.Generated.Order.Validation.g.cs"));
    }

    [Fact]
    public void Every_schema_DTO_gets_a_validator_and_the_client_and_enums_do_not()
    {
        var result = Run(enabled: true, RepositoryFiles.ReadGeneratedClient());

        var hintNames = result.GeneratedTrees.Select(t => System.IO.Path.GetFileName(t.FilePath)).ToList();
        Assert.Contains("Finpay.Generated.PaymentRequest.Validation.g.cs", hintNames);
        Assert.Contains("Finpay.Generated.InitiateResponse.Validation.g.cs", hintNames);
        Assert.DoesNotContain(hintNames, name => name.Contains("FinpayCardClient") || name.Contains("RecurringType") || name.Contains("ApiException"));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public async Task Without_the_FinpayGenerateValidators_property_nothing_is_generated()
    {
        // The kit fails if the generator adds any source, and if NSwag's output does not compile on its own.
        var test = new ValidatorGeneratorTest(enabled: false);
        test.TestState.Sources.Add(("FinpayCardClient.g.cs", RepositoryFiles.ReadGeneratedClient()));

        await test.RunAsync();
    }

    [Fact]
    public async Task A_DTO_shaped_like_NJsonSchemas_gets_exactly_the_expected_validator_and_a_hand_written_class_gets_none()
    {
        var test = new ValidatorGeneratorTest(enabled: true)
        {
            TestCode = GiftSource,
            // The validator calls the SDK's internal rule helpers, which exist only inside Finpay.Generated itself.
            CompilerDiagnostics = CompilerDiagnostics.None,
        };
        test.TestState.GeneratedSources.Add((typeof(ValidatorGenerator), "Merchant.GiftRequest.Validation.g.cs",
            System.IO.File.ReadAllText(System.IO.Path.Combine(RepositoryFiles.TestProjectFolder, "Generator", "Merchant.GiftRequest.Validation.expected.txt"))));

        await test.RunAsync();
    }

    private const string GiftSource = """
        namespace Merchant
        {
            [System.CodeDom.Compiler.GeneratedCode("NJsonSchema", "14.7.1.0")]
            public partial class GiftRequest
            {
                [Newtonsoft.Json.JsonProperty("code", Required = Newtonsoft.Json.Required.Always)]
                [System.ComponentModel.DataAnnotations.Required]
                [System.ComponentModel.DataAnnotations.StringLength(30, MinimumLength = 1)]
                [System.ComponentModel.DataAnnotations.RegularExpression(@"^[A-Z0-9]+$")]
                public string Code { get; set; } = default!;

                [Newtonsoft.Json.JsonProperty("note", Required = Newtonsoft.Json.Required.Default)]
                [System.ComponentModel.DataAnnotations.StringLength(100)]
                public string? Note { get; set; }
            }

            public class HandWritten
            {
                [System.ComponentModel.DataAnnotations.StringLength(3)]
                public string? Note { get; set; }
            }
        }
        """;

    [Fact]
    public void An_edit_outside_the_DTOs_reuses_every_cached_validator()
    {
        var client = CSharpSyntaxTree.ParseText(RepositoryFiles.ReadGeneratedClient(), ParseOptions, path: "FinpayCardClient.g.cs");
        var other = CSharpSyntaxTree.ParseText("class Merchant { }", ParseOptions, path: "Merchant.cs");
        var compilation = Compile(client, other);
        GeneratorDriver driver = CreateDriver(enabled: true, trackSteps: true);
        driver = driver.RunGenerators(compilation);

        var edited = compilation.ReplaceSyntaxTree(other, other.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From("class Merchant { int X; }")));
        driver = driver.RunGenerators(edited);

        var outputs = driver.GetRunResult().Results.Single().TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(s => s.Outputs);
        Assert.All(outputs, output => Assert.True(
            output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"An output was {output.Reason}."));
    }

    private static GeneratorDriverRunResult Run(bool enabled, string clientSource)
    {
        var tree = CSharpSyntaxTree.ParseText(clientSource, ParseOptions, path: "FinpayCardClient.g.cs");
        var compilation = Compile(tree);
        return CreateDriver(enabled, trackSteps: false).RunGenerators(compilation).GetRunResult();
    }

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static CSharpCompilation Compile(params SyntaxTree[] trees) =>
        CSharpCompilation.Create("FinpayGeneratorTest", trees, TestReferences.Framework,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    private static CSharpGeneratorDriver CreateDriver(bool enabled, bool trackSteps) =>
        CSharpGeneratorDriver.Create(
            new[] { new ValidatorGenerator().AsSourceGenerator() },
            parseOptions: ParseOptions,
            optionsProvider: new BuildProperties(enabled ? new Dictionary<string, string> { ["build_property." + ValidatorGenerator.EnableProperty] = "true" } : new()),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    private static string Generated(GeneratorDriverRunResult result, string hintName) =>
        result.GeneratedTrees.Single(t => System.IO.Path.GetFileName(t.FilePath) == hintName).GetText().ToString();

    private sealed class BuildProperties(Dictionary<string, string> values) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(values);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options(new());

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options(new());

        private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) =>
                values.TryGetValue(key, out value);
        }
    }
}
