using System;
using System.Collections.Generic;
using System.Linq;

namespace Finpay.SpecChanges;

/// <summary>The SDK's public surface as <c>PublicAPI.Shipped.txt</c> + <c>PublicAPI.Unshipped.txt</c> declare it, at two points.</summary>
internal static class PublicApiDifference
{
    private const string Removed = "*REMOVED*";

    /// <returns>The declared public API, or null when the base has no <c>PublicAPI.Shipped.txt</c>.</returns>
    public static SortedSet<string>? Declared(Func<string, string?> read)
    {
        if (read("src/Finpay.Generated/PublicAPI.Shipped.txt") is not { } shipped) return null;
        var lines = (shipped + "\n" + read("src/Finpay.Generated/PublicAPI.Unshipped.txt")).Split('\n')
            .Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        var declared = new SortedSet<string>(lines.Where(l => !l.StartsWith(Removed, StringComparison.Ordinal)), StringComparer.Ordinal);
        foreach (var removed in lines.Where(l => l.StartsWith(Removed, StringComparison.Ordinal))) declared.Remove(removed[Removed.Length..]);
        return declared;
    }

    public static void Print(SortedSet<string> before, SortedSet<string> now, string baseRef)
    {
        var removed = before.Except(now).ToList();
        var added = now.Except(before).ToList();
        Console.WriteLine($"Public API difference since {baseRef}: {removed.Count} removed, {added.Count} added.");
        foreach (var line in removed) Console.WriteLine("- " + line);
        foreach (var line in added) Console.WriteLine("+ " + line);
    }
}
