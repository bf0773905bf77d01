using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Finpay.Generated.Analyzers.Tests.Infrastructure;
using Finpay.Generated.Analyzers.Validators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace Finpay.Generated.Analyzers.Tests.Generator;

public sealed class ValidatorGeneratorTests
{
    [Fact]
    public void Order_validator()
    {
        var result = Run(enabled: true, TestPaths.ReadGeneratedClient());

        TextSnapshot.Match(Generated(result, "Finpay.Generated.Order.Validation.g.cs"));
    }

    [Fact]
    public void Every_schema_DTO_gets_a_validator_and_the_client_and_enums_do_not()
    {
        var result = Run(enabled: true, TestPaths.ReadGeneratedClient());

        var hintNames = result.GeneratedTrees.Select(t => System.IO.Path.GetFileName(t.FilePath)).ToList();
        Assert.Contains("Finpay.Generated.PaymentRequest.Validation.g.cs", hintNames);
        Assert.Contains("Finpay.Generated.InitiateResponse.Validation.g.cs", hintNames);
        Assert.DoesNotContain(hintNames, name => name.Contains("FinpayCardClient") || name.Contains("RecurringType") || name.Contains("ApiException"));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Without_the_FinpayGenerateValidators_property_nothing_is_generated()
    {
        var result = Run(enabled: false, TestPaths.ReadGeneratedClient());

        Assert.Empty(result.GeneratedTrees);
    }

    [Fact]
    public void An_edit_outside_the_DTOs_reuses_every_cached_validator()
    {
        var client = CSharpSyntaxTree.ParseText(TestPaths.ReadGeneratedClient(), TestCompilation.ParseOptions, path: "FinpayCardClient.g.cs");
        var other = CSharpSyntaxTree.ParseText("class Merchant { }", TestCompilation.ParseOptions, path: "Merchant.cs");
        var compilation = TestCompilation.Create(new[] { client, other }, referenceSdk: false);
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
        var tree = CSharpSyntaxTree.ParseText(clientSource, TestCompilation.ParseOptions, path: "FinpayCardClient.g.cs");
        var compilation = TestCompilation.Create(new[] { tree }, referenceSdk: false);
        return CreateDriver(enabled, trackSteps: false).RunGenerators(compilation).GetRunResult();
    }

    private static CSharpGeneratorDriver CreateDriver(bool enabled, bool trackSteps) =>
        CSharpGeneratorDriver.Create(
            new[] { new ValidatorGenerator().AsSourceGenerator() },
            parseOptions: TestCompilation.ParseOptions,
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
