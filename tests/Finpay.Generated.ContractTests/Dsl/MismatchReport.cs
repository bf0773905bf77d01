using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Finpay.Generated.ContractTests.Dsl;

/// <summary>
/// Turns the mock server's mismatch JSON into a message a reader can act on: which interaction, which part of the request
/// (JSON path, header, query), what was expected and what arrived.
/// </summary>
internal static class MismatchReport
{
    public static string Format(string? mismatchJson, IReadOnlyList<InteractionRecord> interactions)
    {
        var report = new StringBuilder("The consumer's requests broke the contract:\n");
        JsonArray? results = null;
        try
        {
            results = JsonNode.Parse(mismatchJson ?? "[]") as JsonArray;
        }
        catch (JsonException)
        {
            // Fall through with the raw text below.
        }

        if (results is null || results.Count == 0)
            return report.Append("  (the mock server reported no detail: ").Append(mismatchJson ?? "null").Append(')').ToString();

        foreach (var result in results.OfType<JsonObject>())
        {
            var type = Text(result["type"]);
            var method = Text(result["method"]);
            var path = Text(result["path"]);
            switch (type)
            {
                case "missing-request":
                    report.Append($"- Interaction '{NameOf(interactions, method, path)}': expected {method} {path}, but it was never sent.\n");
                    break;
                case "request-not-found":
                    report.Append($"- Unexpected request {method} {path}: no interaction expects it.\n");
                    break;
                case "request-mismatch":
                    report.Append($"- Interaction '{NameOf(interactions, method, path)}' ({method} {path}):\n");
                    foreach (var mismatch in (result["mismatches"] as JsonArray ?? new JsonArray()).OfType<JsonObject>())
                        report.Append("    ").Append(Describe(mismatch)).Append('\n');
                    break;
                default:
                    report.Append($"- {type} {method} {path}: {result.ToJsonString()}\n");
                    break;
            }
        }

        return report.ToString().TrimEnd();
    }

    private static string Describe(JsonObject mismatch)
    {
        var type = Text(mismatch["type"]);
        var detail = Text(mismatch["mismatch"]);
        var expected = Text(mismatch["expected"]);
        var actual = Text(mismatch["actual"]);
        return type switch
        {
            "BodyMismatch" => $"body {Text(mismatch["path"])}: {detail}",
            "HeaderMismatch" => $"header '{Text(mismatch["key"])}': {detail}",
            "QueryMismatch" => $"query parameter '{Text(mismatch["parameter"])}': {detail}",
            "PathMismatch" => $"path: expected {expected}, got {actual}",
            "MethodMismatch" => $"method: expected {expected}, got {actual}",
            "BodyTypeMismatch" => $"body type: expected {expected}, got {actual}. {detail}",
            _ => $"{type}: {mismatch.ToJsonString()}",
        };
    }

    private static string NameOf(IReadOnlyList<InteractionRecord> interactions, string method, string path)
    {
        var match = interactions.FirstOrDefault(i => i.Method == method && i.Path == path)
            ?? (interactions.Count == 1 ? interactions[0] : null);
        return match?.Description ?? "(unknown)";
    }

    private static string Text(JsonNode? node) => node switch
    {
        null => "",
        JsonValue value when value.TryGetValue<string>(out var s) => s,
        _ => node.ToJsonString(),
    };
}
