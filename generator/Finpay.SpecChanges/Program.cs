using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Finpay.Spec;
using Finpay.SpecChanges;
using Microsoft.OpenApi;

// Finpay.SpecChanges <spec at base> <spec now> [--base-version X --version Y]
// Finpay.SpecChanges --repository <root> [--since <git ref>]   (the base: --since, else GITHUB_BASE_REF, else the latest tag)
// Prints every change with its path, breaking ones first (and, in a repository, the SDK's public API difference); exits 1
// when a breaking change comes without the version bump semantic versioning asks for, 2 on bad input.
string? Option(string name)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}

try
{
    if (Option("--repository") is { } root) return CompareWithBase(new Repository(root), Option("--since"));
    if (args.Length < 2 || args[0].StartsWith("--", StringComparison.Ordinal))
    {
        Console.Error.WriteLine("usage: Finpay.SpecChanges <spec at base> <spec now> [--base-version X --version Y]\n" +
                                "       Finpay.SpecChanges --repository <root> [--since <git ref>]");
        return 2;
    }

    return Report(FinpaySpec.Load(args[0]), FinpaySpec.Load(args[1]), Option("--base-version"), Option("--version"));
}
catch (Exception e) when (e is IOException or InvalidDataException or FormatException)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 2;
}

static int CompareWithBase(Repository repository, string? since)
{
    const string spec = "spec/finpay-card.yaml";
    if (repository.FindBase(since) is not var (baseRef, source))
    {
        Console.WriteLine("SpecChanges: no base to compare with (no --since, no GITHUB_BASE_REF, no tag); nothing to report.");
        return 0;
    }

    if (!repository.IsRevision(baseRef))
    {
        Console.Error.WriteLine($"error: the base '{baseRef}' (from {source}) is not a revision of this repository; fetch it first (in CI: actions/checkout with fetch-depth: 0).");
        return 2;
    }

    Console.WriteLine($"SpecChanges: {spec} at {baseRef} (from {source}) against the working tree.");
    if (repository.Show(baseRef, spec) is not { } baseSpec)
    {
        Console.WriteLine($"{baseRef} has no {spec}; nothing to compare.");
        return 0;
    }

    var baseFile = Path.GetTempFileName();
    try
    {
        File.WriteAllText(baseFile, baseSpec);
        var exit = Report(FinpaySpec.Load(baseFile), FinpaySpec.Load(Path.Combine(repository.Root, spec)),
            VersionIn(repository.Show(baseRef, "Directory.Build.props")), VersionIn(repository.Read("Directory.Build.props")));
        if (PublicApiDifference.Declared(path => repository.Show(baseRef, path)) is { } before &&
            PublicApiDifference.Declared(repository.Read) is { } now)
            PublicApiDifference.Print(before, now, baseRef);
        else
            Console.WriteLine($"Public API difference: not shown, {baseRef} has no PublicAPI.Shipped.txt to compare with.");
        return exit;
    }
    finally
    {
        File.Delete(baseFile);
    }
}

static int Report(OpenApiDocument before, OpenApiDocument after, string? baseVersion, string? version)
{
    var changes = SpecComparer.Compare(before, after).OrderByDescending(c => c.Breaking).ToList();
    var breaking = changes.Count(c => c.Breaking);
    if (changes.Count == 0) Console.WriteLine("No change in the spec.");
    foreach (var change in changes) Console.WriteLine(change);
    Console.WriteLine($"{breaking} breaking, {changes.Count - breaking} non-breaking spec change(s).");

    if (breaking > 0 && baseVersion is { Length: > 0 } && version is { Length: > 0 } &&
        VersionRule.CheckBreakingBump(baseVersion, version) is { } problem)
    {
        Console.WriteLine($"error: {breaking} breaking spec change(s), but {problem}");
        return 1;
    }

    return 0;
}

static string? VersionIn(string? props) =>
    props is null ? null : Regex.Match(props, "<Version>([^<]+)</Version>") is { Success: true } match ? match.Groups[1].Value : null;
