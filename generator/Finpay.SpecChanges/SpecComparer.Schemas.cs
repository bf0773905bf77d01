using System;
using System.Collections.Generic;
using System.Linq;
using YamlDotNet.RepresentationModel;
using static Finpay.SpecChanges.SpecDocument;

namespace Finpay.SpecChanges;

/// <summary>The schema half of the comparison: types, enums, constraints and properties, in the direction the data flows.</summary>
public sealed partial class SpecComparer
{
    private static readonly string[] Lower = { "minLength", "minimum", "minItems" };
    private static readonly string[] Upper = { "maxLength", "maximum", "maxItems" };

    private void CompareSchema(string where, string field, YamlNode? rawBefore, YamlNode? rawAfter, Direction direction)
    {
        // Recursive schemas: each pair of named components is compared once per place it is reached from.
        var guard = $"{RefName(rawBefore)}|{RefName(rawAfter)}|{direction}|{where}";
        if (RefName(rawBefore) is not null && !_inProgress.Add(guard)) return;
        try
        {
            if (_before.Resolve(rawBefore) is not YamlMappingNode before || _after.Resolve(rawAfter) is not YamlMappingNode after) return;
            var path = field.Length == 0 ? where : $"{where}: {field}";
            var (csharpBefore, csharpAfter) = (CSharpType(_before, rawBefore), CSharpType(_after, rawAfter));
            if (csharpBefore != csharpAfter)
                Add(true, path, $"C# type changed from {csharpBefore ?? "NSwag's"} to {csharpAfter ?? "NSwag's"}");
            if (!CompareType(path, before, after)) return;
            CompareEnum(path, before, after);
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

    private void CompareEnum(string path, YamlMappingNode before, YamlMappingNode after)
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
            var (nameBefore, nameAfter) = (CSharpName(_before, propertiesBefore[name]), CSharpName(_after, propertiesAfter[name]));
            if (nameBefore != nameAfter)
                Add(true, PathOf(name), $"C# name changed from {nameBefore ?? "NSwag's"} to {nameAfter ?? "NSwag's"}");
            var (was, now) = (requiredBefore.Contains(name), requiredAfter.Contains(name));
            if (!was && now) Add(direction == Direction.Request, PathOf(name), direction == Direction.Request ? "request field now required" : "response field now always present");
            if (was && !now) Add(direction == Direction.Response, PathOf(name), direction == Direction.Request ? "request field no longer required" : "response field may now be absent");
            CompareSchema(where, field.Length == 0 ? name : field + "." + name, propertiesBefore[name], propertiesAfter[name], direction);
        }
    }

    /// <summary>
    /// The C# type the SDK gives a schema where it is not NSwag's choice (generator/Finpay.NSwagRunner): the struct of an open
    /// set it refers to, or decimal for an amount the wire carries as a string; null where NSwag's own mapping applies.
    /// </summary>
    private static string? CSharpType(SpecDocument document, YamlNode? raw)
    {
        if (RefName(raw) is { } name && document.Resolve(raw) is YamlMappingNode target && Child(target, "x-finpay-known-values") is not null)
            return name;
        return document.Resolve(raw) is YamlMappingNode schema && Scalar(schema, "x-finpay-amount") == "true" ? "decimal" : null;
    }

    /// <summary>The C# name the spec gives a property (<c>x-csharp-name</c>), or null where NSwag names it.</summary>
    private static string? CSharpName(SpecDocument document, YamlNode raw) =>
        raw is YamlMappingNode property ? Scalar(property, "x-csharp-name") : null;

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
}
