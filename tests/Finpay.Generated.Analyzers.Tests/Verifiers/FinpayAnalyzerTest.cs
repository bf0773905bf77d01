using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Finpay.Generated.Analyzers.Tests.Verifiers;

/// <summary>
/// Roslyn's analyzer test kit, set up the way a merchant's project compiles: latest C#, nullable on, .NET 10 and (unless a
/// test says otherwise) the real Finpay.Generated.dll. Expected diagnostics are marked in the code, <c>{|FINPAY001:...|}</c>;
/// the kit fails on any unexpected diagnostic and on any compiler error in the test code.
/// </summary>
internal sealed class FinpayAnalyzerTest<TAnalyzer> : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public FinpayAnalyzerTest(bool referenceSdk = true)
    {
        // No reference-assembly package to download: the references come from Basic.Reference.Assemblies.Net100.
        ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        TestState.AdditionalReferences.AddRange(referenceSdk ? TestReferences.FrameworkAndSdk : TestReferences.Framework);
    }

    public static Task VerifyAsync(string markedCode) => new FinpayAnalyzerTest<TAnalyzer> { TestCode = markedCode }.RunAsync();

    protected override ParseOptions CreateParseOptions() =>
        ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion.Latest);

    protected override CompilationOptions CreateCompilationOptions() =>
        ((CSharpCompilationOptions)base.CreateCompilationOptions()).WithNullableContextOptions(NullableContextOptions.Enable);
}
