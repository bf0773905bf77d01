using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using YamlDotNet.RepresentationModel;

namespace Finpay.SpecChanges;

/// <summary>An OpenAPI 3 document read with YamlDotNet, with local <c>$ref</c>s resolved on demand.</summary>
public sealed class SpecDocument
{
    private readonly YamlMappingNode _root;

    private SpecDocument(YamlMappingNode root) => _root = root;

    public static SpecDocument Load(string path)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(path)) stream.Load(reader);
        return stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode root
            ? new SpecDocument(root)
            : throw new InvalidDataException($"{path} is not an OpenAPI document (no mapping at the top).");
    }

    /// <summary>Every operation: its method and path ("POST /…/initiate") and its node.</summary>
    public IEnumerable<(string Key, YamlMappingNode Operation)> Operations()
    {
        if (Child(_root, "paths") is not YamlMappingNode paths) yield break;
        foreach (var (path, item) in Entries(paths))
        {
            if (Resolve(item) is not YamlMappingNode pathItem) continue;
            foreach (var (method, operation) in Entries(pathItem))
            {
                if (method is "get" or "put" or "post" or "delete" or "patch" or "head" or "options" && operation is YamlMappingNode op)
                    yield return ($"{method.ToUpperInvariant()} {path}", op);
            }
        }
    }

    /// <summary>Follows <c>$ref</c> (local, <c>#/...</c>) until a node without one.</summary>
    public YamlNode? Resolve(YamlNode? node)
    {
        for (var hops = 0; node is YamlMappingNode map && Scalar(map, "$ref") is { } reference; hops++)
        {
            if (hops > 32 || !reference.StartsWith("#/", StringComparison.Ordinal))
                throw new InvalidDataException($"Cannot follow $ref '{reference}'.");
            YamlNode? target = _root;
            foreach (var part in reference.Substring(2).Split('/'))
                target = target is YamlMappingNode m ? Child(m, part.Replace("~1", "/").Replace("~0", "~")) : null;
            node = target ?? throw new InvalidDataException($"$ref '{reference}' points nowhere.");
        }

        return node;
    }

    /// <summary>The name of the component a schema node refers to, for messages: "Order" for <c>#/components/schemas/Order</c>.</summary>
    public static string? RefName(YamlNode? node) =>
        node is YamlMappingNode map && Scalar(map, "$ref") is { } reference ? reference.Substring(reference.LastIndexOf('/') + 1) : null;

    public static YamlNode? Child(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public static string? Scalar(YamlMappingNode node, string key) => (Child(node, key) as YamlScalarNode)?.Value;

    public static IEnumerable<(string Key, YamlNode Value)> Entries(YamlMappingNode node) =>
        node.Children.Select(pair => (((YamlScalarNode)pair.Key).Value ?? string.Empty, pair.Value));
}
