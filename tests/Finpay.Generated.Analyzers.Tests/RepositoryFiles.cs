using System.IO;
using System.Linq;
using System.Reflection;

namespace Finpay.Generated.Analyzers.Tests;

/// <summary>Paths the build baked into the test assembly.</summary>
internal static class RepositoryFiles
{
    public static string RepoRoot => Metadata("FinpayRepoRoot");

    public static string TestProjectFolder => System.IO.Path.Combine(RepoRoot, "tests", "Finpay.Generated.Analyzers.Tests");

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
        typeof(RepositoryFiles).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
