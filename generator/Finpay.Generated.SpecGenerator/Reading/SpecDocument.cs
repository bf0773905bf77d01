using System;
using System.Collections.Generic;
using System.Globalization;
using Finpay.Generated.SpecGenerator.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Finpay.Generated.SpecGenerator.Reading;

/// <summary>
/// The parsed spec with typed look-ups that record a problem (naming the spec path, the rule and what was found) instead of
/// throwing, so one bad extension is reported with its line and the rest of the spec is still read.
/// </summary>
internal sealed class SpecDocument
{
    private readonly List<SpecProblem> _problems;

    public SpecDocument(string fileName, YamlMappingNode root, List<SpecProblem> problems)
    {
        FileName = fileName;
        Root = root;
        _problems = problems;
    }

    public string FileName { get; }

    public YamlMappingNode Root { get; }

    public void Report(string ruleId, YamlNode at, string path, string problem) =>
        _problems.Add(Problem(ruleId, FileName + ": " + path + " " + problem, at.Start, at.End));

    public static SpecProblem Problem(string ruleId, string message, Mark start, Mark end) =>
        new(ruleId, message, (int)start.Index, (int)Math.Max(start.Index, end.Index),
            (int)start.Line - 1, (int)start.Column - 1, (int)Math.Max(start.Line, end.Line) - 1, (int)end.Column - 1);

    public static YamlNode? Get(YamlMappingNode? mapping, string key)
    {
        if (mapping is null)
            return null;
        foreach (var entry in mapping.Children)
        {
            if (entry.Key is YamlScalarNode scalar && scalar.Value == key)
                return entry.Value;
        }

        return null;
    }

    public static IEnumerable<(string Key, YamlNode Value)> Entries(YamlMappingNode? mapping)
    {
        if (mapping is null)
            yield break;
        foreach (var entry in mapping.Children)
        {
            if (entry.Key is YamlScalarNode { Value: { } key })
                yield return (key, entry.Value);
        }
    }

    /// <summary>The mapping at <paramref name="key"/>, or null (with a problem when something else is there).</summary>
    public YamlMappingNode? Mapping(string ruleId, YamlMappingNode? parent, string key, string path)
    {
        var node = Get(parent, key);
        if (node is null or YamlMappingNode)
            return (YamlMappingNode?)node;
        Report(ruleId, node, path, "must be a mapping; found " + Describe(node) + ".");
        return null;
    }

    public string? String(string ruleId, YamlMappingNode? parent, string key, string path, bool required)
    {
        var node = Get(parent, key);
        if (node is null)
        {
            if (required && parent is not null)
                Report(ruleId, parent, path, "is missing; it is required.");
            return null;
        }

        if (node is YamlScalarNode { Value: { Length: > 0 } value })
            return value;
        Report(ruleId, node, path, "must be a non-empty string; found " + Describe(node) + ".");
        return null;
    }

    /// <summary>A flag such as <c>x-finpay-secret</c>: absent is <paramref name="absent"/>; anything but a plain true or false is a problem.</summary>
    public bool Flag(string ruleId, YamlMappingNode? parent, string key, string path, bool absent = false)
    {
        var node = Get(parent, key);
        if (node is null)
            return absent;
        if (node is YamlScalarNode { Style: ScalarStyle.Plain, Value: "true" })
            return true;
        if (node is YamlScalarNode { Style: ScalarStyle.Plain, Value: "false" })
            return false;
        Report(ruleId, node, path, "must be true or false; found " + Describe(node) + ".");
        return false;
    }

    public int? NonNegativeInteger(string ruleId, YamlMappingNode? parent, string key, string path)
    {
        var node = Get(parent, key);
        if (node is null)
            return null;
        if (node is YamlScalarNode { Style: ScalarStyle.Plain, Value: { } text } &&
            int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            return value;
        Report(ruleId, node, path, "must be a non-negative integer; found " + Describe(node) + ".");
        return null;
    }

    /// <summary>Follows a local <c>$ref</c> such as <c>#/components/parameters/OrderId</c>; other nodes come back as they are.</summary>
    public YamlMappingNode? Resolve(string ruleId, YamlNode node, string path)
    {
        if (node is not YamlMappingNode mapping)
        {
            Report(ruleId, node, path, "must be a mapping; found " + Describe(node) + ".");
            return null;
        }

        if (Get(mapping, "$ref") is not YamlScalarNode { Value: { } reference } referenceNode)
            return mapping;
        YamlNode? target = reference.StartsWith("#/", StringComparison.Ordinal) ? Root : null;
        if (target is not null)
        {
            foreach (var segment in reference.Substring(2).Split('/'))
                target = Get(target as YamlMappingNode, segment.Replace("~1", "/").Replace("~0", "~"));
        }

        if (target is YamlMappingNode resolved)
            return resolved;
        Report(ruleId, referenceNode, path + ".$ref", "'" + reference + "' does not point to a mapping in this file.");
        return null;
    }

    public static string Describe(YamlNode node) => node switch
    {
        YamlScalarNode { Value: null or "" } => "an empty value",
        YamlScalarNode scalar => "'" + scalar.Value + "'",
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        _ => "something else",
    };
}
