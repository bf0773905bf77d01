using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using YamlDotNet.RepresentationModel;

namespace Finpay.Generated.Tests.Conformance;

/// <summary>The spec's schemas as plain data, read straight from spec/finpay-card.yaml.</summary>
internal sealed class SpecDocument
{
    private SpecDocument(IReadOnlyDictionary<string, SpecSchema> schemas) => Schemas = schemas;

    public IReadOnlyDictionary<string, SpecSchema> Schemas { get; }

    public static SpecDocument Load() => Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "spec", "finpay-card.yaml")));

    public static SpecDocument Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var components = (YamlMappingNode)Child(root, "components")!;
        var schemas = (YamlMappingNode)Child(components, "schemas")!;
        var result = new Dictionary<string, SpecSchema>();
        // A string schema (an open set) is a struct of the SDK, not a DTO: its rules belong to the properties that $ref it.
        var strings = schemas.Children
            .Where(s => Scalar((YamlMappingNode)s.Value, "type") == "string")
            .ToDictionary(s => "#/components/schemas/" + ((YamlScalarNode)s.Key).Value, s => (YamlMappingNode)s.Value);
        foreach (var (key, value) in schemas.Children)
        {
            var schema = (YamlMappingNode)value;
            if (Scalar(schema, "type") == "string")
                continue;
            var required = Child(schema, "required") is YamlSequenceNode list
                ? list.Children.Select(n => ((YamlScalarNode)n).Value!).ToHashSet()
                : new HashSet<string>();
            var properties = new Dictionary<string, SpecProperty>();
            if (Child(schema, "properties") is YamlMappingNode props)
            {
                foreach (var (propKey, propValue) in props.Children)
                {
                    var name = ((YamlScalarNode)propKey).Value!;
                    var prop = (YamlMappingNode)propValue;
                    if (Scalar(prop, "$ref") is { } reference && strings.TryGetValue(reference, out var scalar))
                        prop = scalar;
                    properties[name] = new SpecProperty(
                        name,
                        Scalar(prop, "type"),
                        required.Contains(name),
                        Int(prop, "minLength"),
                        Int(prop, "maxLength"),
                        Scalar(prop, "pattern"),
                        Child(prop, "enum") is not null,
                        Scalar((YamlMappingNode)propValue, "$ref"));
                }
            }

            result[((YamlScalarNode)key).Value!] = new SpecSchema(((YamlScalarNode)key).Value!, properties);
        }

        return new SpecDocument(result);
    }

    private static YamlNode? Child(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static string? Scalar(YamlMappingNode node, string key) => (Child(node, key) as YamlScalarNode)?.Value;

    private static int? Int(YamlMappingNode node, string key) => Scalar(node, key) is { } s ? int.Parse(s) : null;
}

internal sealed record SpecSchema(string Name, IReadOnlyDictionary<string, SpecProperty> Properties);

internal sealed record SpecProperty(
    string Name, string? Type, bool Required, int? MinLength, int? MaxLength, string? Pattern, bool IsEnum, string? Ref);
