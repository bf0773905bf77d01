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
public sealed class SpecComparer
{
    private static readonly string[] Lower = { "minLength", "minimum", "minItems" };
    private static readonly string[] Upper = { "maxLength", "maximum", "maxItems" };

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

    private void CompareSchema(string where, string field, YamlNode? rawBefore, YamlNode? rawAfter, Direction direction)
    {
        // Recursive schemas: each pair of named components is compared once per place it is reached from.
        var guard = $"{RefName(rawBefore)}|{RefName(rawAfter)}|{direction}|{where}";
        if (RefName(rawBefore) is not null && !_inProgress.Add(guard)) return;
        try
        {
            if (_before.Resolve(rawBefore) is not YamlMappingNode before || _after.Resolve(rawAfter) is not YamlMappingNode after) return;
            var path = field.Length == 0 ? where : $"{where}: {field}";
            if (!CompareType(path, before, after)) return;
            CompareEnum(path, before, after, direction);
            CompareConstraints(path, before, after, direction);
            CompareProperties(where, field, before, after, direction);
            if (Child(before, "items") is { } itemsBefore && Child(after, "items") is { } itemsAfter)
                CompareSchema(where, field + "[]", itemsBefore, itemsAfter, direction);
        }
        finally
        {
            _inProgress.Remove(guard);
        }
    }

    /// <returns>False when the type changed: nothing inside it is comparable any more.</returns>
    private bool CompareType(string path, YamlMappingNode before, YamlMappingNode after)
    {
        var typeBefore = Scalar(before, "type");
        var typeAfter = Scalar(after, "type");
        if (typeBefore != typeAfter)
        {
            Add(true, path, $"type changed from {typeBefore ?? "(none)"} to {typeAfter ?? "(none)"}");
            return false;
        }

        var formatBefore = Scalar(before, "format");
        var formatAfter = Scalar(after, "format");
        if (formatBefore != formatAfter)
            Add(true, path, $"format changed from {formatBefore ?? "(none)"} to {formatAfter ?? "(none)"}");

        var nullableBefore = Scalar(before, "nullable") == "true";
        var nullableAfter = Scalar(after, "nullable") == "true";
        if (nullableBefore && !nullableAfter) Add(false, path, "no longer nullable");
        if (!nullableBefore && nullableAfter) Add(true, path, "now nullable");
        return true;
    }

    private void CompareEnum(string path, YamlMappingNode before, YamlMappingNode after, Direction direction)
    {
        static List<string>? Values(YamlMappingNode schema) =>
            (Child(schema, "enum") as YamlSequenceNode)?.Children.Select(v => ((YamlScalarNode)v).Value ?? string.Empty).ToList();

        var valuesBefore = Values(before);
        var valuesAfter = Values(after);
        if (valuesBefore is null && valuesAfter is null) return;
        if (valuesBefore is null) { Add(true, path, $"now limited to {string.Join(", ", valuesAfter!)}"); return; }
        if (valuesAfter is null) { Add(true, path, "no longer an enum (its generated type changes)"); return; }
        foreach (var removed in valuesBefore.Except(valuesAfter))
            Add(true, path, $"enum value '{removed}' removed");
        foreach (var added in valuesAfter.Except(valuesBefore))
            Add(false, path, $"enum value '{added}' added");
        _ = direction;
    }

    private void CompareConstraints(string path, YamlMappingNode before, YamlMappingNode after, Direction direction)
    {
        // The SDK checks requests against these before sending: a tighter one rejects what used to pass. In a response they
        // describe Finpay's data and change nothing a caller wrote.
        var isRequest = direction == Direction.Request;
        foreach (var name in Lower)
        {
            var (was, now) = (Number(before, name), Number(after, name));
            if (was == now) continue;
            var tighter = now is not null && (was is null || now > was);
            Add(isRequest && tighter, path, Describe(name, was, now, isRequest, tighter));
        }

        foreach (var name in Upper)
        {
            var (was, now) = (Number(before, name), Number(after, name));
            if (was == now) continue;
            var tighter = now is not null && (was is null || now < was);
            Add(isRequest && tighter, path, Describe(name, was, now, isRequest, tighter));
        }

        var patternBefore = Scalar(before, "pattern");
        var patternAfter = Scalar(after, "pattern");
        if (patternBefore != patternAfter)
        {
            // Whether one pattern accepts more than another is undecidable in general: any change but a removal counts as tighter.
            var tighter = patternAfter is not null;
            Add(isRequest && tighter, path, Describe("pattern", patternBefore, patternAfter, isRequest, tighter));
        }
    }

    private static string Describe<T>(string name, T? was, T? now, bool isRequest, bool tighter)
    {
        var change = $"{name} {(was is null ? "(none)" : was.ToString())} -> {(now is null ? "(none)" : now.ToString())}";
        return isRequest ? $"request constraint {(tighter ? "tightened" : "loosened")}: {change}" : $"response constraint changed: {change}";
    }

    private void CompareProperties(string where, string field, YamlMappingNode before, YamlMappingNode after, Direction direction)
    {
        var propertiesBefore = Properties(_before, before);
        var propertiesAfter = Properties(_after, after);
        if (propertiesBefore.Count == 0 && propertiesAfter.Count == 0) return;
        var requiredBefore = Required(before);
        var requiredAfter = Required(after);
        string PathOf(string name) => $"{where}: {(field.Length == 0 ? name : field + "." + name)}";

        var removed = propertiesBefore.Keys.Except(propertiesAfter.Keys).ToList();
        var added = propertiesAfter.Keys.Except(propertiesBefore.Keys).ToList();
        foreach (var name in removed.ToList())
        {
            // A field that reappears under another name with the same schema was renamed: one breaking change, not two.
            var shape = Canonical(_before, propertiesBefore[name]);
            var renamedTo = added.FirstOrDefault(a => Canonical(_after, propertiesAfter[a]) == shape);
            if (renamedTo is null) continue;
            Add(true, PathOf(name), $"field renamed to '{renamedTo}'");
            removed.Remove(name);
            added.Remove(renamedTo);
        }

        foreach (var name in removed)
            Add(true, PathOf(name), "field removed");
        foreach (var name in added)
        {
            var required = direction == Direction.Request && requiredAfter.Contains(name);
            Add(required, PathOf(name), direction == Direction.Request
                ? (required ? "required request field added" : "optional request field added")
                : "response field added");
        }

        foreach (var name in propertiesBefore.Keys.Intersect(propertiesAfter.Keys))
        {
            var (was, now) = (requiredBefore.Contains(name), requiredAfter.Contains(name));
            if (!was && now) Add(direction == Direction.Request, PathOf(name), direction == Direction.Request ? "request field now required" : "response field now always present");
            if (was && !now) Add(direction == Direction.Response, PathOf(name), direction == Direction.Request ? "request field no longer required" : "response field may now be absent");
            CompareSchema(where, field.Length == 0 ? name : field + "." + name, propertiesBefore[name], propertiesAfter[name], direction);
        }
    }

    private static Dictionary<string, YamlNode> Properties(SpecDocument document, YamlMappingNode schema) =>
        Child(schema, "properties") is YamlMappingNode properties
            ? Entries(properties).ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal)
            : new Dictionary<string, YamlNode>(StringComparer.Ordinal);

    private static HashSet<string> Required(YamlMappingNode schema) =>
        new((Child(schema, "required") as YamlSequenceNode)?.Children.Select(c => ((YamlScalarNode)c).Value ?? string.Empty) ?? Enumerable.Empty<string>(), StringComparer.Ordinal);

    private static decimal? Number(YamlMappingNode schema, string key) =>
        decimal.TryParse(Scalar(schema, key), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;

    // A schema's shape without its prose, to recognise a renamed field.
    private static string Canonical(SpecDocument document, YamlNode node, int depth = 0)
    {
        node = document.Resolve(node) ?? node;
        return node switch
        {
            _ when depth > 16 => "...",
            YamlScalarNode scalar => scalar.Value ?? string.Empty,
            YamlSequenceNode sequence => "[" + string.Join(",", sequence.Children.Select(c => Canonical(document, c, depth + 1))) + "]",
            YamlMappingNode map => "{" + string.Join(",", Entries(map)
                .Where(e => e.Key is not ("description" or "example" or "examples" or "title") && !e.Key.StartsWith("x-", StringComparison.Ordinal))
                .OrderBy(e => e.Key, StringComparer.Ordinal)
                .Select(e => e.Key + ":" + Canonical(document, e.Value, depth + 1))) + "}",
            _ => string.Empty,
        };
    }

    private void Add(bool breaking, string path, string what)
    {
        var change = new SpecChange(breaking, path, what);
        if (!_changes.Contains(change)) _changes.Add(change);
    }
}
