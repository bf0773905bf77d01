using System;
using System.IO;
using System.Linq;
using Finpay.SpecChanges;

// finpay-spec-changes <spec at base> <spec now> [--base-version X --version Y]
// Prints every change with its path, breaking ones first; exits 1 when a breaking change comes without the version bump
// semantic versioning asks for, 2 on bad input.
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: Finpay.SpecChanges <spec at base> <spec now> [--base-version X --version Y]");
    return 2;
}

string? Option(string name)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}

try
{
    var changes = SpecComparer.Compare(SpecDocument.Load(args[0]), SpecDocument.Load(args[1]))
        .OrderByDescending(c => c.Breaking).ToList();
    var breaking = changes.Count(c => c.Breaking);
    if (changes.Count == 0) Console.WriteLine("No change in the spec.");
    foreach (var change in changes) Console.WriteLine(change);
    Console.WriteLine($"{breaking} breaking, {changes.Count - breaking} non-breaking spec change(s).");

    if (breaking > 0 && Option("--base-version") is { } baseVersion && Option("--version") is { } version &&
        VersionRule.CheckBreakingBump(baseVersion, version) is { } problem)
    {
        Console.WriteLine($"error: {breaking} breaking spec change(s), but {problem}");
        return 1;
    }

    return 0;
}
catch (Exception e) when (e is IOException or InvalidDataException or FormatException or YamlDotNet.Core.YamlException)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 2;
}
