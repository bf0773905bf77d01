using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Finpay.Generated.Analyzers.Tests.Verifiers;

/// <summary>
/// What test code compiles against: .NET 10's reference assemblies from Basic.Reference.Assemblies (no download, so the
/// tests run offline), Newtonsoft.Json for the generated DTOs' attributes and, where wanted, the real SDK.
/// </summary>
internal static class TestReferences
{
    public static ImmutableArray<MetadataReference> Framework { get; } =
        Basic.Reference.Assemblies.Net100.References.All.CastArray<MetadataReference>()
            .Add(MetadataReference.CreateFromFile(typeof(Newtonsoft.Json.JsonConvert).Assembly.Location));

    public static ImmutableArray<MetadataReference> FrameworkAndSdk { get; } =
        Framework.Add(MetadataReference.CreateFromFile(typeof(Finpay.Generated.Order).Assembly.Location));
}
