using System;
using System.IO;
using System.Runtime.CompilerServices;
using Xunit.Sdk;

namespace Finpay.Generated.Analyzers.Tests.Generator;

/// <summary>
/// Text snapshots with Verify's conventions (<c>&lt;Class&gt;.&lt;Method&gt;.verified.txt</c> beside the test,
/// <c>.received.txt</c> on a mismatch, FINPAY_ACCEPT_SNAPSHOTS=1 to accept), like the JSON snapshots of the SDK's tests.
/// </summary>
internal static class TextSnapshot
{
    public const string AcceptVariable = "FINPAY_ACCEPT_SNAPSHOTS";

    public static void Match(string actual, [CallerFilePath] string sourceFile = "", [CallerMemberName] string method = "")
    {
        var name = Path.GetFileNameWithoutExtension(sourceFile) + "." + method;
        var directory = Path.GetDirectoryName(sourceFile)!;
        var verifiedPath = Path.Combine(directory, name + ".verified.txt");
        var receivedPath = Path.Combine(directory, name + ".received.txt");
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);

        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            File.WriteAllText(verifiedPath, actual);
            File.Delete(receivedPath);
            return;
        }

        if (File.Exists(verifiedPath) && File.ReadAllText(verifiedPath).Replace("\r\n", "\n", StringComparison.Ordinal) == actual)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, actual);
        var expected = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath) : null;
        throw new XunitException(expected is null
            ? $"No approved snapshot {verifiedPath}. The value was written to {receivedPath}; review and rename it, or run with {AcceptVariable}=1."
            : $"Snapshot {name} does not match {verifiedPath}; first difference at line {FirstDifferentLine(expected, actual)}. " +
              $"Received written to {receivedPath}. Accept with {AcceptVariable}=1 if the change is intended.");
    }

    private static int FirstDifferentLine(string expected, string actual)
    {
        var left = expected.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var right = actual.Split('\n');
        var line = 0;
        while (line < left.Length && line < right.Length && left[line] == right[line])
            line++;
        return line + 1;
    }
}
