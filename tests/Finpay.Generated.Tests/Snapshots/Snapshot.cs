using System;
using System.IO;
using System.Runtime.CompilerServices;
using JsonDiffPatchDotNet;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Xunit.Sdk;

namespace Finpay.Generated.Tests.Snapshots;

/// <summary>
/// JSON snapshots with Verify's file conventions, so a move to Verify.Xunit is mechanical: the approved file is
/// <c>&lt;Class&gt;.&lt;Method&gt;.verified.json</c> beside the test's source file; on a mismatch the actual value is written
/// to <c>.received.json</c> next to it and the failure shows a structural diff. Set FINPAY_ACCEPT_SNAPSHOTS=1 to accept.
/// </summary>
internal static class Snapshot
{
    public const string AcceptVariable = "FINPAY_ACCEPT_SNAPSHOTS";

    public static void MatchJson(
        string json,
        [CallerFilePath] string sourceFile = "",
        [CallerMemberName] string method = "")
    {
        var className = Path.GetFileNameWithoutExtension(sourceFile);
        var directory = Path.GetDirectoryName(sourceFile)!;
        MatchJsonFile(json, directory, $"{className}.{method}");
    }

    public static void MatchJsonFile(string json, string directory, string name)
    {
        var verifiedPath = Path.Combine(directory, name + ".verified.json");
        var receivedPath = Path.Combine(directory, name + ".received.json");
        var actual = JToken.Parse(json);
        var actualText = actual.ToString(Formatting.Indented).Replace("\r\n", "\n") + "\n";

        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            File.WriteAllText(verifiedPath, actualText);
            File.Delete(receivedPath);
            return;
        }

        if (!File.Exists(verifiedPath))
        {
            File.WriteAllText(receivedPath, actualText);
            throw new XunitException(
                $"No approved snapshot {verifiedPath}. The value was written to {receivedPath}; review it and rename it, " +
                $"or run with {AcceptVariable}=1.");
        }

        var expected = JToken.Parse(File.ReadAllText(verifiedPath));
        // Text comparison as well as structure: key order is part of what goes on the wire.
        var expectedText = expected.ToString(Formatting.Indented).Replace("\r\n", "\n") + "\n";
        if (expectedText == actualText)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, actualText);
        var diff = new JsonDiffPatch().Diff(expected, actual);
        throw new XunitException(
            $"Snapshot {name} does not match {verifiedPath}.\n" +
            $"Structural diff (left: verified, right: received): {diff?.ToString(Formatting.Indented) ?? "(same structure, different key order)"}\n" +
            $"Received written to {receivedPath}. Accept with {AcceptVariable}=1 if the change is intended.");
    }
}
