using Finpay.Generated.Analyzers.Validators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace Finpay.Generated.Analyzers.Tests.Verifiers;

/// <summary>
/// Roslyn's source generator test kit for the validator generator: the kit runs it, compares every generated file with the
/// expected ones and compiles the result, failing on any compiler error in the generated code.
/// </summary>
internal sealed class ValidatorGeneratorTest : CSharpSourceGeneratorTest<ValidatorGenerator, DefaultVerifier>
{
    public ValidatorGeneratorTest(bool enabled)
    {
        ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        TestState.AdditionalReferences.AddRange(TestReferences.Framework);
        if (enabled)
        {
            // What the SDK's csproj says through <CompilerVisibleProperty Include="FinpayGenerateValidators" />.
            TestState.AnalyzerConfigFiles.Add(("/.globalconfig", $"is_global = true\nbuild_property.{ValidatorGenerator.EnableProperty} = true\n"));
        }
    }

    protected override ParseOptions CreateParseOptions() =>
        ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion.Latest);

    protected override CompilationOptions CreateCompilationOptions() =>
        ((CSharpCompilationOptions)base.CreateCompilationOptions()).WithNullableContextOptions(NullableContextOptions.Enable);
}
