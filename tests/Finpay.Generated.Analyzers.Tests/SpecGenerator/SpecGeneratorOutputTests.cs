using System.IO;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace Finpay.Generated.Analyzers.Tests.SpecGenerator;

public class SpecGeneratorOutputTests
{
    [Fact]
    public async Task A_small_spec_gives_the_expected_operation_table_and_open_set_struct()
    {
        var test = new SpecGeneratorTest(SmallSpec.Yaml);
        test.TestState.Sources.Add(("/dtos.cs", SmallSpec.Dtos));
        test.ExpectSource("Finpay.Generated.Operations.FinpayOperations.g.cs", SpecGeneratorTest.Expected("FinpayOperations.g.cs.txt"));
        test.ExpectSource("Finpay.Generated.Values.PayMode.g.cs", SpecGeneratorTest.Expected("PayMode.g.cs.txt"));

        await test.RunAsync();
    }

    [Fact]
    public async Task The_real_spec_generates_code_that_compiles_without_a_warning_against_the_real_dtos()
    {
        var test = new SpecGeneratorTest(File.ReadAllText(Path.Combine(RepositoryFiles.RepoRoot, "spec", "finpay-card.yaml")))
        {
            TestBehaviors = TestBehaviors.SkipGeneratedSourcesCheck,
        };
        test.TestState.Sources.Add(("/sdk/FinpayCardClient.g.cs", RepositoryFiles.ReadNSwagOutput()));
        test.TestState.Sources.Add(("/sdk/Values/ResponseCode.cs", SpecGeneratorTest.SdkSource("Values/ResponseCode.cs")));
        // The rules NSwag writes on amounts and open-set values, and what they need.
        foreach (var file in new[] { "Validation/WireLengthAttribute.cs", "Validation/WirePatternAttribute.cs", "Validation/WireText.cs", "Validation/StringPattern.cs", "Validation/JsonSchemaPattern.cs", "Serialization/AmountText.cs" })
            test.TestState.Sources.Add(("/sdk/" + file, SpecGeneratorTest.SdkSource(file)));
        // The interface's documentation names the SDK's exceptions, which this compilation of the generated code alone lacks.
        test.DisabledDiagnostics.Add("CS1574");

        await test.RunAsync();
    }
}
