using System;
using System.IO;
using Xunit;
using Xunit.Sdk;

namespace Finpay.Generated.Tests.PublicApi;

public class PublicApiTests
{
    private const string AcceptVariable = "FINPAY_ACCEPT_PUBLIC_API";

    [Fact]
    public void The_public_surface_matches_the_checked_in_baseline()
    {
        var actual = PublicApiPrinter.Print(typeof(FinpayCardClient).Assembly);
        var baseline = Path.Combine(RepoRoot(), "src", "Finpay.Generated", "PublicAPI.txt");

        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            File.WriteAllText(baseline, actual);
            return;
        }

        var expected = File.Exists(baseline) ? File.ReadAllText(baseline).Replace("\r\n", "\n") : "";
        if (expected == actual) return;

        var received = baseline + ".received";
        File.WriteAllText(received, actual);
        throw new XunitException(
            $"The public API changed and {baseline} was not updated in the same change.\n{LineDiff(expected, actual)}\n" +
            $"The new surface was written to {received}; if the change is intended, run the tests with {AcceptVariable}=1 " +
            "and commit PublicAPI.txt.");
    }

    private static string LineDiff(string expected, string actual)
    {
        var before = new System.Collections.Generic.HashSet<string>(expected.Split('\n'));
        var after = new System.Collections.Generic.HashSet<string>(actual.Split('\n'));
        var removed = string.Join("\n", System.Linq.Enumerable.Select(System.Linq.Enumerable.Where(expected.Split('\n'), l => !after.Contains(l)), l => "- " + l));
        var added = string.Join("\n", System.Linq.Enumerable.Select(System.Linq.Enumerable.Where(actual.Split('\n'), l => !before.Contains(l)), l => "+ " + l));
        return removed + "\n" + added;
    }

    internal static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "global.json"))) return dir.FullName;
        }

        throw new InvalidOperationException("The repository root (global.json) was not found above " + AppContext.BaseDirectory);
    }
}
