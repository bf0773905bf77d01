using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;

namespace Finpay.BuildSteps;

/// <summary>
/// Checks what the build packed into the feed: each library has its README, a DLL and XML docs per target framework, its
/// extra entries and dependencies, and a symbols package.
/// </summary>
internal static class PackageCheck
{
    private sealed record Expected(string Id, string[] Frameworks, string[] Entries, string[] NuspecLines);

    private static readonly Expected[] Packages =
    [
        new("Finpay.Generated", ["netstandard2.0", "net8.0", "net10.0"],
            ["analyzers/dotnet/cs/Finpay.Generated.Analyzers.dll", "spec/finpay-card.yaml"], []),
        new("Finpay.Generated.AspNetCore", ["net8.0", "net10.0"], [],
            ["<dependency id=\"Finpay.Generated\"", "<frameworkReference name=\"Microsoft.AspNetCore.App\""]),
        new("Finpay.Generated.AspNetCore.Redis", ["net8.0", "net10.0"], [],
            ["<dependency id=\"Finpay.Generated.AspNetCore\"", "<dependency id=\"StackExchange.Redis\""]),
    ];

    public static int Run(string feed, string version)
    {
        var problems = Packages.SelectMany(p => Check(feed, version, p)).ToList();
        foreach (var problem in problems) Console.Error.WriteLine(problem);
        if (problems.Count == 0) Console.WriteLine($"{Packages.Length} packages in {feed} have what they should.");
        return problems.Count == 0 ? 0 : 1;
    }

    private static IEnumerable<string> Check(string feed, string version, Expected expected)
    {
        var name = $"{expected.Id}.{version}";
        var package = Path.Combine(feed, name + ".nupkg");
        if (!File.Exists(package))
        {
            yield return $"{name}.nupkg was not packed into {feed}.";
            yield break;
        }

        using var zip = ZipFile.OpenRead(package);
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        var required = expected.Frameworks.SelectMany(f => new[] { $"lib/{f}/{expected.Id}.dll", $"lib/{f}/{expected.Id}.xml" })
            .Concat(expected.Entries).Append("README.md");
        var missing = required.Where(r => !entries.Contains(r)).ToList();
        if (missing.Count > 0) yield return $"{name}.nupkg lacks {string.Join(", ", missing)}.";

        using (var nuspec = new StreamReader(zip.GetEntry(expected.Id + ".nuspec")!.Open()))
        {
            var text = nuspec.ReadToEnd();
            var absent = expected.NuspecLines.Where(l => !text.Contains(l, StringComparison.Ordinal)).ToList();
            if (absent.Count > 0) yield return $"{expected.Id}.nuspec lacks {string.Join(", ", absent)}.";
        }

        if (!File.Exists(Path.Combine(feed, name + ".snupkg"))) yield return $"The symbols package of {expected.Id} was not produced.";
    }
}
