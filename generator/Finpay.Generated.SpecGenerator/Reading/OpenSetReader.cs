using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Finpay.Generated.Analyzers.Validators;
using Finpay.Generated.SpecGenerator.Model;
using YamlDotNet.RepresentationModel;

namespace Finpay.Generated.SpecGenerator.Reading;

/// <summary>
/// Reads the open sets from <c>components.schemas</c>: a string schema with <c>x-finpay-known-values</c> (its <c>summary</c>
/// and its <c>values</c>, each a <c>value</c>, a <c>name</c> and an optional <c>description</c>) is a struct named after the
/// schema, and the schema properties that <c>$ref</c> it are its uses.
/// </summary>
internal static class OpenSetReader
{
    public const string RuleId = SpecDiagnostics.OpenSetRuleId;
    public const string KnownValuesExtension = "x-finpay-known-values";
    private const string SchemaReference = "#/components/schemas/";

    private static readonly Regex TypeName = new("^[A-Z][A-Za-z0-9]*$", RegexOptions.CultureInvariant);

    // Members every open-set struct has; a known value may not take their names.
    private static readonly HashSet<string> ReservedNames = new(StringComparer.Ordinal) { "Equals", "GetHashCode", "ToString", "GetType" };

    private sealed class Definition
    {
        public string? Summary;
        public ImmutableArray<KnownValueModel> Values;
        public bool Valid = true;
    }

    public static ImmutableArray<OpenSetModel> Read(SpecDocument spec)
    {
        var schemas = spec.Mapping(RuleId, spec.Mapping(RuleId, spec.Root, "components", "components"), "schemas", "components.schemas");
        var sets = new List<(string Name, Definition Set)>();
        var uses = new Dictionary<string, List<OpenSetUse>>(StringComparer.Ordinal);
        foreach (var (schemaName, schemaNode) in SpecDocument.Entries(schemas))
        {
            var path = "components.schemas." + schemaName;
            if (schemaNode is YamlMappingNode schema && SpecDocument.Get(schema, KnownValuesExtension) is { } known)
            {
                var set = new Definition();
                if (!TypeName.IsMatch(schemaName))
                    Fail(spec, set, known, path + "." + KnownValuesExtension, "makes a struct named after the schema, so '" + schemaName + "' must be a PascalCase type name (letters and digits).");
                else if (SpecDocument.Get(schema, "type") is not YamlScalarNode { Value: "string" })
                    Fail(spec, set, known, path + "." + KnownValuesExtension, "is on a schema that is not of type string; open sets are strings.");
                else
                    ReadDefinition(spec, schemaName, known, path + "." + KnownValuesExtension, set);
                sets.Add((schemaName, set));
            }

            var properties = SpecDocument.Get(schemaNode as YamlMappingNode, "properties") as YamlMappingNode;
            foreach (var (propertyName, propertyNode) in SpecDocument.Entries(properties))
            {
                if (propertyNode is not YamlMappingNode property)
                    continue;
                if (SpecDocument.Get(property, KnownValuesExtension) is { } inline)
                    spec.Report(RuleId, inline, path + ".properties." + propertyName + "." + KnownValuesExtension,
                        "belongs on a string schema of components.schemas, named as the struct, that the property references with $ref.");
                if (SpecDocument.Get(property, "$ref") is YamlScalarNode { Value: { } reference } && reference.StartsWith(SchemaReference, StringComparison.Ordinal))
                {
                    var target = reference.Substring(SchemaReference.Length);
                    if (!uses.TryGetValue(target, out var list))
                        uses[target] = list = new List<OpenSetUse>();
                    list.Add(new OpenSetUse(schemaName, propertyName));
                }
            }
        }

        var models = ImmutableArray.CreateBuilder<OpenSetModel>();
        foreach (var (name, set) in sets)
        {
            if (set.Valid)
                models.Add(new OpenSetModel(name, set.Summary!, new EquatableArray<KnownValueModel>(set.Values),
                    new EquatableArray<OpenSetUse>((uses.TryGetValue(name, out var list) ? list : new List<OpenSetUse>()).ToImmutableArray())));
        }

        return models.ToImmutable();
    }

    private static void Fail(SpecDocument spec, Definition set, YamlNode node, string path, string message)
    {
        spec.Report(RuleId, node, path, message);
        set.Valid = false;
    }

    private static void ReadDefinition(SpecDocument spec, string typeName, YamlNode node, string path, Definition set)
    {
        if (node is not YamlMappingNode definition)
        {
            spec.Report(RuleId, node, path, "must be a mapping with summary and values; found " + SpecDocument.Describe(node) + ".");
            set.Valid = false;
            return;
        }

        set.Summary = spec.String(RuleId, definition, "summary", path + ".summary", required: true);
        var valuesNode = SpecDocument.Get(definition, "values");
        if (valuesNode is not YamlSequenceNode { Children.Count: > 0 } list)
        {
            spec.Report(RuleId, valuesNode ?? definition, path + ".values", "must be a non-empty list of { value, name, description }.");
            set.Valid = false;
            return;
        }

        var values = ImmutableArray.CreateBuilder<KnownValueModel>();
        // The structs compare ignoring case, so two values that differ only in case would be the same constant.
        var seenValues = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var seenNames = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < list.Children.Count; i++)
        {
            var itemPath = path + ".values[" + i + "]";
            if (list.Children[i] is not YamlMappingNode item)
            {
                spec.Report(RuleId, list.Children[i], itemPath, "must be a mapping with value, name and description; found " + SpecDocument.Describe(list.Children[i]) + ".");
                set.Valid = false;
                continue;
            }

            var value = spec.String(RuleId, item, "value", itemPath + ".value", required: true);
            var name = spec.String(RuleId, item, "name", itemPath + ".name", required: true);
            var description = spec.String(RuleId, item, "description", itemPath + ".description", required: false);
            if (value is null || name is null)
            {
                set.Valid = false;
                continue;
            }

            var problem =
                !TypeName.IsMatch(name) ? "must be a PascalCase member name (letters and digits); found '" + name + "'." :
                ReservedNames.Contains(name) || name == typeName ? "'" + name + "' is already a member of every open-set struct or its type name." :
                !seenNames.Add(name) ? "'" + name + "' names another value too." :
                null;
            if (problem is not null)
            {
                spec.Report(RuleId, SpecDocument.Get(item, "name")!, itemPath + ".name", problem);
                set.Valid = false;
                continue;
            }

            if (!seenValues.Add(value))
            {
                spec.Report(RuleId, SpecDocument.Get(item, "value")!, itemPath + ".value", "'" + value + "' is listed twice (values compare ignoring case).");
                set.Valid = false;
                continue;
            }

            values.Add(new KnownValueModel(value, name, description));
        }

        set.Values = values.ToImmutable();
        set.Valid &= set.Summary is not null;
    }
}
