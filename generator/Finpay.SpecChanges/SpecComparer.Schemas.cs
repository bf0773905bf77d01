using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using Finpay.Spec;
using Microsoft.OpenApi;

namespace Finpay.SpecChanges;

/// <summary>The schema half of the comparison: types, enums, constraints and properties, in the direction the data flows.</summary>
public sealed partial class SpecComparer
{
    private static readonly (string Name, Func<IOpenApiSchema, decimal?> Read)[] Lower =
    {
        ("minLength", s => s.MinLength), ("minimum", s => Number(s.Minimum)), ("minItems", s => s.MinItems),
    };

    private static readonly (string Name, Func<IOpenApiSchema, decimal?> Read)[] Upper =
    {
        ("maxLength", s => s.MaxLength), ("maximum", s => Number(s.Maximum)), ("maxItems", s => s.MaxItems),
    };

    private void CompareSchema(string where, string field, IOpenApiSchema? before, IOpenApiSchema? after, Direction direction)
    {
        // Recursive schemas: each pair of named components is compared once per place it is reached from.
        var guard = $"{RefName(before)}|{RefName(after)}|{direction}|{where}";
        if (RefName(before) is not null && !_inProgress.Add(guard)) return;
        try
        {
            if (before is null || after is null) return;
            var path = field.Length == 0 ? where : $"{where}: {field}";
            var (csharpBefore, csharpAfter) = (CSharpType(before), CSharpType(after));
            if (csharpBefore != csharpAfter)
                Add(true, path, $"C# type changed from {csharpBefore ?? "NSwag's"} to {csharpAfter ?? "NSwag's"}");
            if (!CompareType(path, before, after)) return;
            CompareEnum(path, before, after);
            CompareConstraints(path, before, after, direction);
            CompareProperties(where, field, before, after, direction);
            if (before.Items is { } itemsBefore && after.Items is { } itemsAfter)
                CompareSchema(where, field + "[]", itemsBefore, itemsAfter, direction);
        }
        finally
        {
            _inProgress.Remove(guard);
        }
    }

    /// <returns>False when the type changed: nothing inside it is comparable any more.</returns>
    private bool CompareType(string path, IOpenApiSchema before, IOpenApiSchema after)
    {
        // OpenAPI 3.0's "nullable: true" reads as the Null flag of the type: a change of its own, not of the type.
        var typeBefore = TypeName(before.Type & ~JsonSchemaType.Null);
        var typeAfter = TypeName(after.Type & ~JsonSchemaType.Null);
        if (typeBefore != typeAfter)
        {
            Add(true, path, $"type changed from {typeBefore ?? "(none)"} to {typeAfter ?? "(none)"}");
            return false;
        }

        if (before.Format != after.Format)
            Add(true, path, $"format changed from {before.Format ?? "(none)"} to {after.Format ?? "(none)"}");

        var nullableBefore = before.Type?.HasFlag(JsonSchemaType.Null) == true;
        var nullableAfter = after.Type?.HasFlag(JsonSchemaType.Null) == true;
        if (nullableBefore && !nullableAfter) Add(false, path, "no longer nullable");
        if (!nullableBefore && nullableAfter) Add(true, path, "now nullable");
        return true;
    }

    private static string? TypeName(JsonSchemaType? type) =>
        type is { } flags && flags != 0 ? flags.ToString().ToLowerInvariant() : null;

    private void CompareEnum(string path, IOpenApiSchema before, IOpenApiSchema after)
    {
        static List<string>? Values(IOpenApiSchema schema) =>
            schema.Enum is { Count: > 0 } values
                ? values.Select(v => v is null || JsonNullSentinel.IsJsonNullSentinel(v) ? "null" : v.ToString()).ToList()
                : null;

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

    private void CompareConstraints(string path, IOpenApiSchema before, IOpenApiSchema after, Direction direction)
    {
        // The SDK checks requests against these before sending: a tighter one rejects what used to pass. In a response they
        // describe Finpay's data and change nothing a caller wrote.
        var isRequest = direction == Direction.Request;
        foreach (var (name, read) in Lower)
        {
            var (was, now) = (read(before), read(after));
            if (was == now) continue;
            var tighter = now is not null && (was is null || now > was);
            Add(isRequest && tighter, path, Describe(name, was, now, isRequest, tighter));
        }

        foreach (var (name, read) in Upper)
        {
            var (was, now) = (read(before), read(after));
            if (was == now) continue;
            var tighter = now is not null && (was is null || now < was);
            Add(isRequest && tighter, path, Describe(name, was, now, isRequest, tighter));
        }

        if (before.Pattern != after.Pattern)
        {
            // Whether one pattern accepts more than another is undecidable in general: any change but a removal counts as tighter.
            var tighter = after.Pattern is not null;
            Add(isRequest && tighter, path, Describe("pattern", before.Pattern, after.Pattern, isRequest, tighter));
        }
    }

    private static string Describe<T>(string name, T? was, T? now, bool isRequest, bool tighter)
    {
        var change = $"{name} {(was is null ? "(none)" : was.ToString())} -> {(now is null ? "(none)" : now.ToString())}";
        return isRequest ? $"request constraint {(tighter ? "tightened" : "loosened")}: {change}" : $"response constraint changed: {change}";
    }

    private void CompareProperties(string where, string field, IOpenApiSchema before, IOpenApiSchema after, Direction direction)
    {
        var propertiesBefore = before.Properties ?? new Dictionary<string, IOpenApiSchema>();
        var propertiesAfter = after.Properties ?? new Dictionary<string, IOpenApiSchema>();
        if (propertiesBefore.Count == 0 && propertiesAfter.Count == 0) return;
        var requiredBefore = before.Required ?? new HashSet<string>();
        var requiredAfter = after.Required ?? new HashSet<string>();
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
            var (nameBefore, nameAfter) = (CSharpName(propertiesBefore[name]), CSharpName(propertiesAfter[name]));
            if (nameBefore != nameAfter)
                Add(true, PathOf(name), $"C# name changed from {nameBefore ?? "NSwag's"} to {nameAfter ?? "NSwag's"}");
            var (was, now) = (requiredBefore.Contains(name), requiredAfter.Contains(name));
            if (!was && now) Add(direction == Direction.Request, PathOf(name), direction == Direction.Request ? "request field now required" : "response field now always present");
            if (was && !now) Add(direction == Direction.Response, PathOf(name), direction == Direction.Request ? "request field no longer required" : "response field may now be absent");
            CompareSchema(where, field.Length == 0 ? name : field + "." + name, propertiesBefore[name], propertiesAfter[name], direction);
        }
    }

    /// <summary>The name of the component a schema refers to, for messages: "Order" for <c>#/components/schemas/Order</c>.</summary>
    private static string? RefName(IOpenApiSchema? schema) => (schema as OpenApiSchemaReference)?.Reference.Id;

    /// <summary>
    /// The C# type the SDK gives a schema where it is not NSwag's choice (generator/Finpay.NSwagRunner): the struct of an open
    /// set it refers to, or decimal for an amount the wire carries as a string; null where NSwag's own mapping applies.
    /// </summary>
    private static string? CSharpType(IOpenApiSchema schema)
    {
        if (RefName(schema) is { } name && FinpaySpec.Extension(schema.Extensions, "x-finpay-known-values") is not null)
            return name;
        return FinpaySpec.FlagExtension(schema.Extensions, "x-finpay-amount") == true ? "decimal" : null;
    }

    /// <summary>The C# name the spec gives a property (<c>x-csharp-name</c>), or null where NSwag names it.</summary>
    // A $ref's siblings are ignored in OpenAPI 3.0: the extensions seen through a reference are its target's, not the property's.
    private static string? CSharpName(IOpenApiSchema property) =>
        property is OpenApiSchemaReference ? null : FinpaySpec.StringExtension(property.Extensions, "x-csharp-name");

    private static decimal? Number(string? text) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    // A schema's shape without its prose, to recognise a renamed field: its JSON with every $ref followed.
    private static string Canonical(OpenApiDocument document, IOpenApiSchema schema) => Canonical(document, FinpaySpec.ToJson(schema), 0);

    private static string Canonical(OpenApiDocument document, JsonNode? node, int depth)
    {
        if (node is JsonObject { Count: 1 } reference && (string?)reference["$ref"] is { } target &&
            document.Components?.Schemas?.TryGetValue(target.Substring(target.LastIndexOf('/') + 1), out var component) == true)
            node = FinpaySpec.ToJson(component);
        return node switch
        {
            _ when depth > 16 => "...",
            JsonObject map => "{" + string.Join(",", map
                .Where(e => e.Key is not ("description" or "example" or "examples" or "title") && !e.Key.StartsWith("x-", StringComparison.Ordinal))
                .OrderBy(e => e.Key, StringComparer.Ordinal)
                .Select(e => e.Key + ":" + Canonical(document, e.Value, depth + 1))) + "}",
            JsonArray list => "[" + string.Join(",", list.Select(c => Canonical(document, c, depth + 1))) + "]",
            null => string.Empty,
            _ => node.ToString(),
        };
    }
}
