using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Finpay.Generated.Analyzers.Validators;
using Finpay.Generated.SpecGenerator.Model;
using YamlDotNet.RepresentationModel;

namespace Finpay.Generated.SpecGenerator.Reading;

/// <summary>
/// Reads the open sets from the properties of <c>components.schemas</c>: <c>x-finpay-open-set: Name</c> on every string
/// property whose values the struct names, and on one of them <c>x-finpay-known-values</c> with the struct's
/// <c>summary</c> and its <c>values</c> (each a <c>value</c>, a <c>name</c> and an optional <c>description</c>).
/// </summary>
internal static class OpenSetReader
{
    public const string RuleId = SpecDiagnostics.OpenSetRuleId;
    public const string OpenSetExtension = "x-finpay-open-set";
    public const string KnownValuesExtension = "x-finpay-known-values";

    private static readonly Regex TypeName = new("^[A-Z][A-Za-z0-9]*$", RegexOptions.CultureInvariant);

    // Members every open-set struct has; a known value may not take their names.
    private static readonly HashSet<string> ReservedNames = new(StringComparer.Ordinal) { "Equals", "GetHashCode", "ToString", "GetType" };

    private sealed class Definition
    {
        public string? Summary;
        public ImmutableArray<KnownValueModel> Values;
        public bool Valid = true;
        public readonly List<OpenSetUse> Uses = new();
        public YamlNode? FirstUse;
        public string? FirstUsePath;
        public bool Defined;
    }

    public static ImmutableArray<OpenSetModel> Read(SpecDocument spec)
    {
        var sets = new Dictionary<string, Definition>(StringComparer.Ordinal);
        var order = new List<string>();
        var schemas = spec.Mapping(RuleId, spec.Mapping(RuleId, spec.Root, "components", "components"), "schemas", "components.schemas");
        foreach (var (schemaName, schemaNode) in SpecDocument.Entries(schemas))
        {
            var properties = SpecDocument.Get(schemaNode as YamlMappingNode, "properties") as YamlMappingNode;
            foreach (var (propertyName, propertyNode) in SpecDocument.Entries(properties))
            {
                if (propertyNode is not YamlMappingNode property)
                    continue;
                var path = "components.schemas." + schemaName + ".properties." + propertyName;
                var marker = SpecDocument.Get(property, OpenSetExtension);
                var known = SpecDocument.Get(property, KnownValuesExtension);
                if (marker is null)
                {
                    if (known is not null)
                        spec.Report(RuleId, known, path + "." + KnownValuesExtension, "needs " + OpenSetExtension + ": <StructName> beside it, to name the struct.");
                    continue;
                }

                var name = spec.String(RuleId, property, OpenSetExtension, path + "." + OpenSetExtension, required: true);
                if (name is null)
                    continue;
                if (!TypeName.IsMatch(name))
                {
                    spec.Report(RuleId, marker, path + "." + OpenSetExtension, "must be a PascalCase type name (letters and digits); found '" + name + "'.");
                    continue;
                }

                if (SpecDocument.Get(property, "type") is not YamlScalarNode { Value: "string" })
                {
                    spec.Report(RuleId, marker, path + "." + OpenSetExtension, "is on a property that is not of type string; open sets are strings.");
                    continue;
                }

                if (!sets.TryGetValue(name, out var set))
                {
                    sets[name] = set = new Definition { FirstUse = marker, FirstUsePath = path + "." + OpenSetExtension };
                    order.Add(name);
                }

                set.Uses.Add(new OpenSetUse(schemaName, propertyName));
                if (known is null)
                    continue;
                if (set.Defined)
                {
                    spec.Report(RuleId, known, path + "." + KnownValuesExtension, "defines " + name + " a second time; give its values in one place only.");
                    continue;
                }

                set.Defined = true;
                ReadDefinition(spec, name, known, path + "." + KnownValuesExtension, set);
            }
        }

        var models = ImmutableArray.CreateBuilder<OpenSetModel>();
        foreach (var name in order)
        {
            var set = sets[name];
            if (!set.Defined)
            {
                spec.Report(RuleId, set.FirstUse!, set.FirstUsePath!, "names " + name + ", but no property gives its " + KnownValuesExtension + ".");
                continue;
            }

            if (set.Valid)
                models.Add(new OpenSetModel(name, set.Summary!, new EquatableArray<KnownValueModel>(set.Values),
                    new EquatableArray<OpenSetUse>(set.Uses.ToImmutableArray())));
        }

        return models.ToImmutable();
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
