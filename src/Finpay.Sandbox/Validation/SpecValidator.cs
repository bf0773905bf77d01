using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Finpay.Generated.Validation;
using Finpay.Sandbox.Api;
using Finpay.Spec;
using Microsoft.OpenApi;
using Newtonsoft.Json.Linq;

namespace Finpay.Sandbox.Validation;

/// <summary>
/// Checks a request body against its schema in spec/finpay-card.yaml (read by <see cref="FinpaySpec"/>), the way Finpay
/// answers: the first problem only, as "Invalid Mandatory Field order.id" or "Invalid Field Format order.amount: ...", paths
/// dotted with array indexes (order.item.0.category). Independent of the SDK's own pre-send validation: the sandbox plays
/// the other party.
/// </summary>
internal sealed class SpecValidator
{
    private readonly IDictionary<string, IOpenApiSchema> _schemas;
    private readonly Dictionary<string, Regex> _patterns = new(StringComparer.Ordinal);

    private SpecValidator(IDictionary<string, IOpenApiSchema> schemas) => _schemas = schemas;

    public static SpecValidator Load() =>
        new(FinpaySpec.Embedded.Components?.Schemas ?? throw new InvalidOperationException("The spec has no component schemas."));

    /// <summary>The first problem with <paramref name="body"/> against the named schema, or null.</summary>
    public FinpayError? Validate(JToken? body, string schemaName) =>
        body is JObject ? Check(body, _schemas[schemaName], "") : FinpayError.BadRequest("The body must be a JSON object");

    private FinpayError? Check(JToken value, IOpenApiSchema schema, string path)
    {
        var type = schema.Type ?? 0;
        if (type.HasFlag(JsonSchemaType.Object) || schema.Properties is { Count: > 0 }) return CheckObject(value, schema, path);
        if (type.HasFlag(JsonSchemaType.Array)) return CheckArray(value, schema, path);
        if (type.HasFlag(JsonSchemaType.String)) return CheckString(value, schema, path);
        if (type.HasFlag(JsonSchemaType.Boolean))
            return value.Type == JTokenType.Boolean ? null : FinpayError.FieldFormat(path, "expected true or false");
        if (type.HasFlag(JsonSchemaType.Number) || type.HasFlag(JsonSchemaType.Integer))
            return value.Type is JTokenType.Integer or JTokenType.Float ? null : FinpayError.FieldFormat(path, "expected a number");
        return null;
    }

    private FinpayError? CheckObject(JToken value, IOpenApiSchema schema, string path)
    {
        if (value is not JObject obj) return FinpayError.FieldFormat(path, "expected an object");
        var properties = schema.Properties ?? new Dictionary<string, IOpenApiSchema>();
        var required = schema.Required ?? new HashSet<string>();

        if (!schema.AdditionalPropertiesAllowed)
        {
            var unknown = obj.Properties().FirstOrDefault(p => !properties.ContainsKey(p.Name));
            if (unknown is not null) return FinpayError.FieldFormat(Join(path, unknown.Name), "not a field of this object");
        }

        foreach (var (name, propertySchema) in properties)
        {
            var child = obj[name];
            var childPath = Join(path, name);
            var absent = child is null || child.Type == JTokenType.Null || (child.Type == JTokenType.String && (string)child! == "");
            if (absent)
            {
                if (required.Contains(name)) return FinpayError.MandatoryField(childPath);
                if (child is null || child.Type == JTokenType.Null) continue;
            }

            var problem = Check(child!, propertySchema, childPath);
            if (problem is not null) return problem;
        }

        return null;
    }

    private FinpayError? CheckArray(JToken value, IOpenApiSchema schema, string path)
    {
        if (value is not JArray array) return FinpayError.FieldFormat(path, "expected an array");
        if (schema.MinItems is { } min && array.Count < min) return FinpayError.FieldFormat(path, $"at least {min} item(s)");
        if (schema.MaxItems is { } max && array.Count > max) return FinpayError.FieldFormat(path, $"at most {max} items");
        if (schema.Items is not { } items) return null;
        for (var i = 0; i < array.Count; i++)
        {
            var itemPath = Join(path, i.ToString(CultureInfo.InvariantCulture));
            if (array[i].Type == JTokenType.Null) return FinpayError.MandatoryField(itemPath);
            var problem = Check(array[i], items, itemPath);
            if (problem is not null) return problem;
        }

        return null;
    }

    private FinpayError? CheckString(JToken value, IOpenApiSchema schema, string path)
    {
        var pattern = schema.Pattern;
        string text;
        if (value.Type == JTokenType.String) text = (string)value!;
        // Numeric fields travel as strings of digits; a plain JSON integer says the same thing and is taken too.
        else if (value.Type == JTokenType.Integer && pattern == "^[0-9]+$") text = value.ToString();
        else return FinpayError.FieldFormat(path, "expected a string");

        if (schema.Enum is { Count: > 0 } allowed)
        {
            var values = allowed.Select(v => v?.GetValue<string>() ?? string.Empty).ToList();
            return values.Contains(text) ? null : FinpayError.FieldFormat(path, "must be one of " + string.Join(", ", values));
        }

        var length = CodePoints.Count(text);
        if (schema.MinLength is { } min && length < min) return FinpayError.FieldFormat(path, $"at least {min} characters, got {length}");
        if (schema.MaxLength is { } max && length > max) return FinpayError.FieldFormat(path, $"at most {max} characters, got {length}");
        if (pattern is not null && !PatternOf(pattern).IsMatch(text)) return FinpayError.FieldFormat(path, $"does not match {pattern}");
        return null;
    }

    private Regex PatternOf(string pattern)
    {
        lock (_patterns)
        {
            if (!_patterns.TryGetValue(pattern, out var regex))
                // Linear-time matching guards against hostile input without a wall-clock time-out, which a busy machine can
                // exceed on a harmless input (under the load test, a few payments were answered with a bare 500).
                _patterns[pattern] = regex = new Regex(JsonSchemaPattern.ToDotNet(pattern), RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
            return regex;
        }
    }

    private static string Join(string path, string name) => path.Length == 0 ? name : path + "." + name;
}
