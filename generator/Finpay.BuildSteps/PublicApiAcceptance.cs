using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace Finpay.BuildSteps;

/// <summary>
/// Records a packed library's current public surface in its <c>PublicAPI.Unshipped.txt</c>: the lines RS0016 reports
/// (public but undeclared) are added, the lines RS0017 reports (declared but gone) are removed, exactly as the analyzer
/// writes the symbols. The build includes generator-made members that <c>dotnet format</c>'s code fix cannot reach.
/// </summary>
internal static partial class PublicApiAcceptance
{
    private const string Removed = "*REMOVED*";

    public static int Run(string configuration, IEnumerable<string> folders)
    {
        foreach (var folder in folders)
        {
            var project = Path.Combine(folder, Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)) + ".csproj");
            var (added, removed, other) = Difference(project, configuration);
            if (other.Count > 0)
            {
                foreach (var line in other) Console.Error.WriteLine(line);
                Console.Error.WriteLine($"{folder} has build errors other than its own RS0016/RS0017; fix them first.");
                return 1;
            }

            var unshippedFile = Path.Combine(folder, "PublicAPI.Unshipped.txt");
            var shipped = File.ReadAllLines(Path.Combine(folder, "PublicAPI.Shipped.txt")).ToHashSet(StringComparer.Ordinal);
            var unshipped = File.ReadAllLines(unshippedFile).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
            foreach (var api in removed)
            {
                // An unshipped line simply goes; a shipped one stays in Shipped and is marked removed, as the analyzer expects.
                if (!unshipped.Remove(api) && shipped.Contains(api)) unshipped.Add(Removed + api);
            }

            unshipped.AddRange(added.Where(api => !unshipped.Contains(api)));
            var ordered = unshipped.Distinct().OrderBy(l => l.StartsWith(Removed, StringComparison.Ordinal) ? l[Removed.Length..] : l, StringComparer.Ordinal);
            File.WriteAllText(unshippedFile, "#nullable enable\n" + string.Concat(ordered.Select(l => l + "\n")));
            foreach (var api in added) Console.WriteLine("+ " + api);
            foreach (var api in removed) Console.WriteLine("- " + api);

            var check = Difference(project, configuration);
            if (check.Added.Count + check.Removed.Count + check.Other.Count > 0)
            {
                Console.Error.WriteLine($"{folder} still does not build after accepting its public API: a member may differ between target frameworks.");
                return 1;
            }

            Console.WriteLine($"Accepted {added.Count} added and {removed.Count} removed public API line(s) in {unshippedFile}: review the diff and commit it.");
        }

        return 0;
    }

    /// <summary>What RS0016 and RS0017 report for the project itself; errors of any other kind, or of another project, as Other.</summary>
    private static (SortedSet<string> Added, SortedSet<string> Removed, List<string> Other) Difference(string project, string configuration)
    {
        var fullPath = Path.GetFullPath(project);
        var start = new ProcessStartInfo("dotnet", $"build \"{fullPath}\" -c {configuration} -nologo -v:minimal -p:UseSharedCompilation=false")
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using var build = Process.Start(start) ?? throw new IOException("dotnet build did not start.");
        var output = build.StandardOutput.ReadToEnd().Split('\n');
        build.WaitForExit();

        var added = new SortedSet<string>(StringComparer.Ordinal);
        var removed = new SortedSet<string>(StringComparer.Ordinal);
        var other = new List<string>();
        foreach (var line in output)
        {
            var own = line.Contains("[" + fullPath, StringComparison.Ordinal);
            if (own && Undeclared().Match(line) is { Success: true } a) added.Add(a.Groups["api"].Value);
            else if (own && Vanished().Match(line) is { Success: true } r) removed.Add(r.Groups["api"].Value);
            else if (line.Contains(": error ", StringComparison.Ordinal)) other.Add(line.TrimEnd());
        }

        return (added, removed, other.Distinct().ToList());
    }

    [GeneratedRegex(@"error RS0016: Symbol '(?<api>.+)' is not part of the declared public API")]
    private static partial Regex Undeclared();

    [GeneratedRegex(@"error RS0017: Symbol '(?<api>.+)' is part of the declared (public )?API, but is either not public or could not be found")]
    private static partial Regex Vanished();
}
