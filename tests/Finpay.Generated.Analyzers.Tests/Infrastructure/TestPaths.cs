using System.IO;
using System.Linq;
using System.Reflection;

namespace Finpay.Generated.Analyzers.Tests.Infrastructure;

/// <summary>Paths the build baked into the test assembly.</summary>
internal static class TestPaths
{
    public static string RepoRoot => Metadata("FinpayRepoRoot");

    /// <summary>The client and DTOs NSwag generated for the SDK's net10.0 build.</summary>
    public static string GeneratedClientSource => Metadata("FinpayGeneratedClientSource");

    public static string ReadGeneratedClient()
    {
        var path = GeneratedClientSource;
        if (!File.Exists(path))
            throw new FileNotFoundException($"NSwag's output {path} is missing; build src/Finpay.Generated for net10.0 first.", path);
        return File.ReadAllText(path);
    }

    private static string Metadata(string key) =>
        typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
