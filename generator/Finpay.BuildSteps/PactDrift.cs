using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Finpay.BuildSteps;

/// <summary>
/// Compares the pacts the consumer tests produced with the committed ones, after normalising the produced ones; with
/// <c>accept</c> it writes them into the committed folder instead of failing.
/// </summary>
internal static class PactDrift
{
    public static int Run(string produced, string committed, bool accept)
    {
        var producedNames = Names(produced);
        var committedNames = Names(committed);
        if (producedNames.Count == 0)
        {
            Console.Error.WriteLine($"The consumer tests wrote no pact into {produced}.");
            return 1;
        }

        var drifted = new List<string>();
        foreach (var name in producedNames.Union(committedNames).OrderBy(n => n, StringComparer.Ordinal))
        {
            var committedPath = Path.Combine(committed, name);
            var expected = committedNames.Contains(name) ? File.ReadAllText(committedPath) : null;
            var actual = producedNames.Contains(name) ? Normalise(File.ReadAllText(Path.Combine(produced, name))) : null;
            if (expected == actual) continue;
            drifted.Add(name);
            if (accept)
            {
                if (actual is null) File.Delete(committedPath);
                else File.WriteAllText(committedPath, actual);
                Console.WriteLine($"Accepted pacts/{name}: review and commit it.");
            }
            else if (expected is null) Console.Error.WriteLine($"pacts/{name} is new: the consumer tests produced it but it is not committed.");
            else if (actual is null) Console.Error.WriteLine($"pacts/{name} is committed but no consumer test produces it any more.");
            else Console.Error.WriteLine($"pacts/{name} drifted; the first difference is at line {FirstDifference(expected, actual)}:\n{Around(expected, actual)}");
        }

        if (drifted.Count == 0) Console.WriteLine("pacts/ matches what the consumer tests produce.");
        if (drifted.Count == 0 || accept) return 0;
        Console.Error.WriteLine($"Contract drift in {string.Join(", ", drifted)}. If the change is intended, run with FINPAY_ACCEPT_PACTS=1 and commit pacts/.");
        return 1;
    }

    /// <summary>
    /// The pact as committed: interactions in a stable order, without the Pact core's version stamp (upgrading the pinned
    /// engine is not a contract change), indented with two spaces and with readable regexes.
    /// </summary>
    public static string Normalise(string json)
    {
        var pact = JsonNode.Parse(json)!.AsObject();
        (pact["metadata"] as JsonObject)?.Remove("pactRust");
        if (pact["interactions"] is JsonArray interactions)
        {
            var ordered = interactions
                .Select(i => i!.DeepClone())
                .OrderBy(i => (string?)i["description"], StringComparer.Ordinal)
                .ThenBy(i => i["providerStates"]?.ToJsonString() ?? "", StringComparer.Ordinal)
                .ToArray();
            pact["interactions"] = new JsonArray(ordered);
        }

        var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        return pact.ToJsonString(options).Replace("\r\n", "\n") + "\n";
    }

    private static HashSet<string> Names(string directory) => Directory.Exists(directory)
        ? Directory.EnumerateFiles(directory, "*.json").Select(Path.GetFileName).OfType<string>().ToHashSet(StringComparer.Ordinal)
        : new HashSet<string>(StringComparer.Ordinal);

    private static int FirstDifference(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var line = 0;
        while (line < a.Length && line < b.Length && a[line] == b[line]) line++;
        return line + 1;
    }

    private static string Around(string expected, string actual)
    {
        var at = FirstDifference(expected, actual) - 1;
        string Lines(string text, string mark) => string.Join("\n", text.Split('\n').Skip(Math.Max(0, at - 2)).Take(5).Select(l => mark + l));
        return Lines(expected, "- committed ") + "\n" + Lines(actual, "+ produced  ");
    }
}
