using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace Finpay.Generated.Analyzers.Tests.SpecGenerator;

using Generator = Finpay.Generated.SpecGenerator.SpecGenerator;

/// <summary>The generator reads the spec once per change of the spec, not once per keystroke in the SDK's code.</summary>
public class SpecGeneratorCachingTests
{
    [Fact]
    public void An_edit_to_code_reuses_the_output_and_an_edit_to_the_spec_regenerates_it()
    {
        var spec = new Spec("/spec/finpay-card.yaml", SmallSpec.Yaml);
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new Generator().AsSourceGenerator() }, new AdditionalText[] { spec },
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        var compilation = CSharpCompilation.Create("Sdk", new[] { CSharpSyntaxTree.ParseText("class A { }") });
        driver = driver.RunGenerators(compilation);

        driver = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class B { }")));
        var afterCodeEdit = Outputs(driver);

        driver = driver.ReplaceAdditionalText(spec, new Spec(spec.Path, SmallSpec.Yaml.Replace("name: Now", "name: Immediately")));
        driver = driver.RunGenerators(compilation);
        var afterSpecEdit = Outputs(driver);

        Assert.NotEmpty(afterCodeEdit);
        Assert.All(afterCodeEdit, reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
        Assert.Contains(IncrementalStepRunReason.Modified, afterSpecEdit);
        Assert.Contains(driver.GetRunResult().GeneratedTrees, tree => tree.ToString().Contains("PayMode Immediately"));
    }

    private static ImmutableArray<IncrementalStepRunReason> Outputs(GeneratorDriver driver) =>
        driver.GetRunResult().Results.Single().TrackedOutputSteps
            .SelectMany(step => step.Value)
            .SelectMany(run => run.Outputs.Select(output => output.Reason))
            .ToImmutableArray();

    private sealed class Spec(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }
}
