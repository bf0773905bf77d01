using System;
using System.IO;

namespace Finpay.Generated.ContractTests;

/// <summary>Where the contract tests find the repository's files: the root is the folder that holds global.json.</summary>
internal static class RepositoryLayout
{
    /// <summary>Environment variable that redirects where consumer tests write the pact (the build points it at artifacts/).</summary>
    public const string PactOutputVariable = "FINPAY_PACT_DIR";

    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    /// <summary>The committed contracts.</summary>
    public static string CommittedPacts => Path.Combine(Root, "pacts");

    /// <summary>Where consumer tests write the pact they generate; never the committed folder.</summary>
    public static string GeneratedPacts
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable(PactOutputVariable);
            return string.IsNullOrWhiteSpace(configured)
                ? Path.Combine(Root, "artifacts", "pacts")
                : Path.GetFullPath(configured);
        }
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "global.json"))) return directory.FullName;
        }
        throw new InvalidOperationException($"No global.json above {AppContext.BaseDirectory}: cannot find the repository root.");
    }
}
