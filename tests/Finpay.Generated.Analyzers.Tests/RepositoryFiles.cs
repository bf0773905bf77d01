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

    /// <summary>
    /// NSwag's output, followed by stand-ins for the open-set structs it refers to: the SDK gets those from its spec generator,
    /// which these compilations do not run. A stand-in has what the DTOs and the rules use: a value type that a string converts to.
    /// The SDK's WireLength and WirePattern get stand-ins too: what the rules read of them is the DataAnnotations type they derive from.
    /// </summary>
    public static string ReadGeneratedClient()
    {
        var client = ReadNSwagOutput();
        var structs = System.Text.RegularExpressions.Regex.Matches(client, @"global::Finpay\.Generated\.Values\.(\w+)")
            .Select(m => m.Groups[1].Value)
            .Distinct()
            .Select(name => $$"""
                    public readonly struct {{name}}
                    {
                        private readonly string? _value;
                        public {{name}}(string value) => _value = value;
                        public static implicit operator {{name}}(string value) => new(value);
                        public static implicit operator {{name}}?(string? value) => value is null ? null : new {{name}}(value);
                        public override string ToString() => _value ?? string.Empty;
                    }
                """);
        return client + "\nnamespace Finpay.Generated.Values\n{\n" + string.Join("\n", structs) + "\n}\n" + ValidationAttributeStandIns;
    }

    private const string ValidationAttributeStandIns = """
        namespace Finpay.Generated.Validation
        {
            internal sealed class WireLengthAttribute : System.ComponentModel.DataAnnotations.StringLengthAttribute
            {
                public WireLengthAttribute(int maximumLength) : base(maximumLength) { }
            }

            internal sealed class WirePatternAttribute : System.ComponentModel.DataAnnotations.RegularExpressionAttribute
            {
                public WirePatternAttribute(string pattern) : base(pattern) { }
            }
        }

        """;

    /// <summary>NSwag's output alone, for compilations that run the spec generator too.</summary>
    public static string ReadNSwagOutput()
    {
        var path = GeneratedClientSource;
        if (!File.Exists(path))
            throw new FileNotFoundException($"NSwag's output {path} is missing; build src/Finpay.Generated for net10.0 first.", path);
        return File.ReadAllText(path);
    }

    private static string Metadata(string key) =>
        typeof(RepositoryFiles).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
