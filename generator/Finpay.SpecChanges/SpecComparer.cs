using System;
using System.Collections.Generic;
using System.Linq;
using YamlDotNet.RepresentationModel;
using static Finpay.SpecChanges.SpecDocument;

namespace Finpay.SpecChanges;

/// <summary>
/// Classifies the differences between two versions of the spec for SDK users. Breaking: a removed or renamed field, a
/// tightened request constraint, a new required request field, a changed type, a removed operation or path. Not breaking: an
/// added optional field, a loosened request constraint, an added operation. A changed path shows as one removed operation and
/// one added.
/// </summary>
public sealed partial class SpecComparer
{
    private readonly SpecDocument _before;
    private readonly SpecDocument _after;
    private readonly List<SpecChange> _changes = new();
    private readonly HashSet<string> _inProgress = new(StringComparer.Ordinal);

    private SpecComparer(SpecDocument before, SpecDocument after)
    {
        _before = before;
        _after = after;
    }

    public static IReadOnlyList<SpecChange> Compare(SpecDocument before, SpecDocument after)
    {
        var comparer = new SpecComparer(before, after);
        comparer.CompareOperations();
        return comparer._changes;
    }

    private void CompareOperations()
    {
        var before = _before.Operations().ToDictionary(o => o.Key, o => o.Operation, StringComparer.Ordinal);
        var after = _after.Operations().ToDictionary(o => o.Key, o => o.Operation, StringComparer.Ordinal);
        foreach (var key in before.Keys.Except(after.Keys).OrderBy(k => k, StringComparer.Ordinal))
            Add(true, key, "operation removed (or its path or method changed)");
        foreach (var key in after.Keys.Except(before.Keys).OrderBy(k => k, StringComparer.Ordinal))
            Add(false, key, "operation added");
        foreach (var key in before.Keys.Intersect(after.Keys).OrderBy(k => k, StringComparer.Ordinal))
            CompareOperation(key, before[key], after[key]);
    }

    private void CompareOperation(string key, YamlMappingNode before, YamlMappingNode after)
    {
        CompareParameters(key, before, after);
        CompareBody(key + " request body", _before.Resolve(Child(before, "requestBody")), _after.Resolve(Child(after, "requestBody")), Direction.Request);

        var responsesBefore = Child(before, "responses") as YamlMappingNode;
        var responsesAfter = Child(after, "responses") as YamlMappingNode;
        var statusesBefore = responsesBefore is null ? new List<string>() : Entries(responsesBefore).Select(e => e.Key).ToList();
        var statusesAfter = responsesAfter is null ? new List<string>() : Entries(responsesAfter).Select(e => e.Key).ToList();
        foreach (var status in statusesBefore.Except(statusesAfter))
            Add(true, $"{key} response {status}", "response removed");
        foreach (var status in statusesAfter.Except(statusesBefore))
            Add(false, $"{key} response {status}", "response added");
        foreach (var status in statusesBefore.Intersect(statusesAfter))
        {
            CompareBody($"{key} response {status}",
                _before.Resolve(Child(responsesBefore!, status)), _after.Resolve(Child(responsesAfter!, status)), Direction.Response);
        }

        // A callback's body is written by Finpay and read by the merchant through the SDK: a response, for this purpose.
        if (Child(before, "callbacks") is YamlMappingNode callbacksBefore && Child(after, "callbacks") is YamlMappingNode callbacksAfter)
        {
            foreach (var (name, callbackBefore) in Entries(callbacksBefore))
            {
                if (Child(callbacksAfter, name) is not { } callbackAfter) { Add(true, $"{key} callback {name}", "callback removed"); continue; }
                foreach (var (expression, itemBefore) in Entries((YamlMappingNode)_before.Resolve(callbackBefore)!))
                {
                    if (Child((YamlMappingNode)_after.Resolve(callbackAfter)!, expression) is not YamlMappingNode itemAfter) continue;
                    foreach (var (method, operationBefore) in Entries((YamlMappingNode)itemBefore))
                    {
                        if (Child(itemAfter, method) is YamlMappingNode operationAfter && operationBefore is YamlMappingNode ob)
                        {
                            CompareBody($"{key} callback {name} body", _before.Resolve(Child(ob, "requestBody")),
                                _after.Resolve(Child(operationAfter, "requestBody")), Direction.Response);
                        }
                    }
                }
            }
        }
    }

    private void CompareParameters(string key, YamlMappingNode before, YamlMappingNode after)
    {
        Dictionary<string, YamlMappingNode> Read(SpecDocument document, YamlMappingNode operation) =>
            (Child(operation, "parameters") as YamlSequenceNode)?.Children
                .Select(p => document.Resolve(p) as YamlMappingNode)
                .Where(p => p is not null)
                .ToDictionary(p => $"{Scalar(p!, "in")} parameter {Scalar(p!, "name")}", p => p!, StringComparer.Ordinal)
            ?? new Dictionary<string, YamlMappingNode>();

        var parametersBefore = Read(_before, before);
        var parametersAfter = Read(_after, after);
        foreach (var name in parametersBefore.Keys.Except(parametersAfter.Keys))
            Add(true, $"{key} {name}", "parameter removed");
        foreach (var name in parametersAfter.Keys.Except(parametersBefore.Keys))
        {
            var required = Scalar(parametersAfter[name], "required") == "true";
            Add(required, $"{key} {name}", required ? "required parameter added" : "optional parameter added");
        }

        foreach (var name in parametersBefore.Keys.Intersect(parametersAfter.Keys))
        {
            var wasRequired = Scalar(parametersBefore[name], "required") == "true";
            var isRequired = Scalar(parametersAfter[name], "required") == "true";
            if (!wasRequired && isRequired) Add(true, $"{key} {name}", "now required");
            if (wasRequired && !isRequired) Add(false, $"{key} {name}", "no longer required");
            CompareSchema($"{key} {name}", string.Empty, Child(parametersBefore[name], "schema"), Child(parametersAfter[name], "schema"), Direction.Request);
        }
    }

    private void CompareBody(string where, YamlNode? before, YamlNode? after, Direction direction)
    {
        var schemaBefore = JsonSchemaOf(before);
        var schemaAfter = JsonSchemaOf(after);
        if (schemaBefore is null && schemaAfter is null) return;
        if (schemaAfter is null) { Add(true, where, "JSON body removed"); return; }
        if (schemaBefore is null)
        {
            var required = direction == Direction.Request && after is YamlMappingNode body && Scalar(body, "required") == "true";
            Add(required, where, required ? "required JSON body added" : "JSON body added");
            return;
        }

        CompareSchema(where, string.Empty, schemaBefore, schemaAfter, direction);
    }

    private static YamlNode? JsonSchemaOf(YamlNode? bodyOrResponse) =>
        bodyOrResponse is YamlMappingNode node && Child(node, "content") is YamlMappingNode content &&
        Child(content, "application/json") is YamlMappingNode json
            ? Child(json, "schema")
            : null;

    private void Add(bool breaking, string path, string what)
    {
        var change = new SpecChange(breaking, path, what);
        if (!_changes.Contains(change)) _changes.Add(change);
    }
}
