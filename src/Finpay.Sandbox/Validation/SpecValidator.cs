using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Finpay.Generated.Validation;
using Finpay.Sandbox.Api;
using Newtonsoft.Json.Linq;
using YamlDotNet.RepresentationModel;

namespace Finpay.Sandbox.Validation;

/// <summary>
/// Checks a request body against its schema in spec/finpay-card.yaml (embedded), the way Finpay answers: the first problem
/// only, as "Invalid Mandatory Field order.id" or "Invalid Field Format order.amount: ...", paths dotted with array indexes
/// (order.item.0.category). Independent of the SDK's own pre-send validation: the sandbox plays the other party.
/// </summary>
internal sealed class SpecValidator
{
    private readonly Dictionary<string, YamlMappingNode> _schemas;
    private readonly Dictionary<string, Regex> _patterns = new(StringComparer.Ordinal);

    private SpecValidator(Dictionary<string, YamlMappingNode> schemas) => _schemas = schemas;

    public static SpecValidator Load()
    {
        using var stream = typeof(SpecValidator).Assembly.GetManifestResourceStream("finpay-card.yaml")
                           ?? throw new InvalidOperationException("The embedded spec finpay-card.yaml is missing.");
        var yaml = new YamlStream();
        yaml.Load(new StreamReader(stream));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var schemas = (YamlMappingNode)((YamlMappingNode)root["components"])["schemas"];
        return new SpecValidator(schemas.Children.ToDictionary(c => ((YamlScalarNode)c.Key).Value!, c => (YamlMappingNode)c.Value));
    }

    /// <summary>The first problem with <paramref name="body"/> against the named schema, or null.</summary>
    public FinpayError? Validate(JToken? body, string schemaName) =>
        body is JObject ? Check(body, _schemas[schemaName], "") : FinpayError.BadRequest("The body must be a JSON object");

    private FinpayError? Check(JToken value, YamlMappingNode schema, string path)
    {
        schema = Resolve(schema);
        var type = Scalar(schema, "type");
        if (type == "object" || Child(schema, "properties") is not null) return CheckObject(value, schema, path);
        return type switch
        {
            "array" => CheckArray(value, schema, path),
            "string" => CheckString(value, schema, path),
            "boolean" => value.Type == JTokenType.Boolean ? null : FinpayError.FieldFormat(path, "expected true or false"),
            "number" or "integer" => value.Type is JTokenType.Integer or JTokenType.Float ? null : FinpayError.FieldFormat(path, "expected a number"),
            _ => null,
        };
    }

    private FinpayError? CheckObject(JToken value, YamlMappingNode schema, string path)
    {
        if (value is not JObject obj) return FinpayError.FieldFormat(path, "expected an object");
        var properties = Child(schema, "properties") as YamlMappingNode;
        var names = properties?.Children.Select(p => ((YamlScalarNode)p.Key).Value!).ToList() ?? new List<string>();
        var required = (Child(schema, "required") as YamlSequenceNode)?.Children.Select(n => ((YamlScalarNode)n).Value!).ToHashSet()
                       ?? new HashSet<string>();

        if (Scalar(schema, "additionalProperties") == "false")
        {
            var unknown = obj.Properties().FirstOrDefault(p => !names.Contains(p.Name));
            if (unknown is not null) return FinpayError.FieldFormat(Join(path, unknown.Name), "not a field of this object");
        }

        foreach (var name in names)
        {
            var child = obj[name];
            var childPath = Join(path, name);
            var absent = child is null || child.Type == JTokenType.Null || (child.Type == JTokenType.String && (string)child! == "");
            if (absent)
            {
                if (required.Contains(name)) return FinpayError.MandatoryField(childPath);
                if (child is null || child.Type == JTokenType.Null) continue;
            }

            var problem = Check(child!, (YamlMappingNode)properties!.Children[new YamlScalarNode(name)], childPath);
            if (problem is not null) return problem;
        }

        return null;
    }

    private FinpayError? CheckArray(JToken value, YamlMappingNode schema, string path)
    {
        if (value is not JArray array) return FinpayError.FieldFormat(path, "expected an array");
        if (Int(schema, "minItems") is { } min && array.Count < min) return FinpayError.FieldFormat(path, $"at least {min} item(s)");
        if (Int(schema, "maxItems") is { } max && array.Count > max) return FinpayError.FieldFormat(path, $"at most {max} items");
        if (Child(schema, "items") is not YamlMappingNode items) return null;
        for (var i = 0; i < array.Count; i++)
        {
            var itemPath = Join(path, i.ToString(CultureInfo.InvariantCulture));
            if (array[i].Type == JTokenType.Null) return FinpayError.MandatoryField(itemPath);
            var problem = Check(array[i], items, itemPath);
            if (problem is not null) return problem;
        }

        return null;
    }

    private FinpayError? CheckString(JToken value, YamlMappingNode schema, string path)
    {
        var pattern = Scalar(schema, "pattern");
        string text;
        if (value.Type == JTokenType.String) text = (string)value!;
        // Numeric fields travel as strings of digits; a plain JSON integer says the same thing and is taken too.
        else if (value.Type == JTokenType.Integer && pattern == "^[0-9]+$") text = value.ToString();
        else return FinpayError.FieldFormat(path, "expected a string");

        if (Child(schema, "enum") is YamlSequenceNode allowed)
        {
            var values = allowed.Children.Select(n => ((YamlScalarNode)n).Value!).ToList();
            return values.Contains(text) ? null : FinpayError.FieldFormat(path, "must be one of " + string.Join(", ", values));
        }

        var length = CodePoints.Count(text);
        if (Int(schema, "minLength") is { } min && length < min) return FinpayError.FieldFormat(path, $"at least {min} characters, got {length}");
        if (Int(schema, "maxLength") is { } max && length > max) return FinpayError.FieldFormat(path, $"at most {max} characters, got {length}");
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

    private YamlMappingNode Resolve(YamlMappingNode schema)
    {
        while (Scalar(schema, "$ref") is { } reference) schema = _schemas[reference.Substring(reference.LastIndexOf('/') + 1)];
        return schema;
    }

    private static string Join(string path, string name) => path.Length == 0 ? name : path + "." + name;

    private static YamlNode? Child(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static string? Scalar(YamlMappingNode node, string key) => (Child(node, key) as YamlScalarNode)?.Value;

    private static int? Int(YamlMappingNode node, string key) =>
        Scalar(node, key) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : null;
}
