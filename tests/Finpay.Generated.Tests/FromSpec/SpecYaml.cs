using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using YamlDotNet.RepresentationModel;

namespace Finpay.Generated.Tests.FromSpec;

/// <summary>The spec read straight from spec/finpay-card.yaml, independently of the generator, to hold its output against.</summary>
internal static class SpecYaml
{
    public static YamlMappingNode Root { get; } = Load();

    public static YamlNode? Child(YamlNode? node, string key) =>
        node is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public static string? Scalar(YamlNode? node, string key) => (Child(node, key) as YamlScalarNode)?.Value;

    public static YamlNode Resolve(YamlNode node)
    {
        if (Scalar(node, "$ref") is not { } reference)
            return node;
        YamlNode target = Root;
        foreach (var segment in reference.TrimStart('#', '/').Split('/'))
            target = Child(target, segment) ?? throw new InvalidOperationException("Unresolved " + reference);
        return target;
    }

    public static IEnumerable<(string Path, string Method, YamlMappingNode Operation, YamlMappingNode PathItem)> SpecOperations() =>
        from path in ((YamlMappingNode)Child(Root, "paths")!).Children
        from method in ((YamlMappingNode)path.Value).Children
        where method.Value is YamlMappingNode && Child(method.Value, "operationId") is not null
        select (((YamlScalarNode)path.Key).Value!, ((YamlScalarNode)method.Key).Value!, (YamlMappingNode)method.Value,
            (YamlMappingNode)path.Value);

    /// <summary>Every property of an object schema.</summary>
    public static IEnumerable<(string Schema, string Property, YamlMappingNode Node)> SchemaProperties() =>
        from schema in ((YamlMappingNode)Child(Child(Root, "components"), "schemas")!).Children
        where Child(schema.Value, "properties") is YamlMappingNode
        from property in ((YamlMappingNode)Child(schema.Value, "properties")!).Children
        where property.Value is YamlMappingNode
        select (((YamlScalarNode)schema.Key).Value!, ((YamlScalarNode)property.Key).Value!, (YamlMappingNode)property.Value);

    private static YamlMappingNode Load()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "spec", "finpay-card.yaml"))));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }
}
