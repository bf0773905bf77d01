using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace Finpay.BuildSteps;

/// <summary>
/// Sums the TRX files of a test run into the one closing line CI reads (<c>N passed, N failed, N skipped</c>), written to
/// <c>summary.txt</c> beside them; exits 1 when a test failed or none ran.
/// </summary>
internal static class TestSummary
{
    public static int Run(string directory, string prefix)
    {
        var (passed, failed, skipped) = Count(directory, prefix);
        var line = $"{passed} passed, {failed} failed, {skipped} skipped";
        if (prefix.Length == 0) File.WriteAllText(Path.Combine(directory, "summary.txt"), line + "\n");
        Console.WriteLine(line);
        return failed > 0 || passed == 0 ? 1 : 0;
    }

    public static (int Passed, int Failed, int Skipped) Count(string directory, string prefix)
    {
        int passed = 0, failed = 0, skipped = 0;
        if (!Directory.Exists(directory)) return (0, 0, 0);
        foreach (var trx in Directory.EnumerateFiles(directory, prefix + "*.trx", SearchOption.AllDirectories))
        {
            var counters = XDocument.Load(trx).Descendants().FirstOrDefault(e => e.Name.LocalName == "Counters");
            if (counters is null) continue;
            int Get(string name) => int.TryParse(counters.Attribute(name)?.Value, out var n) ? n : 0;
            passed += Get("passed");
            failed += Get("failed") + Get("error") + Get("timeout") + Get("aborted");
            // xunit's TRX counts a skipped test in total but not in executed, and leaves notExecuted at 0.
            skipped += Math.Max(Get("notExecuted"), Get("total") - Get("executed"));
        }

        return (passed, failed, skipped);
    }
}
