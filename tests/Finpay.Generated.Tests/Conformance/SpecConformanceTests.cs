using System;
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;
using System.Linq;
using System.Reflection;
using Finpay.Spec;
using Microsoft.OpenApi;
using Newtonsoft.Json;
using Xunit;

namespace Finpay.Generated.Tests.Conformance;

/// <summary>
/// Every generated DTO property against the spec it came from: wire name, required-ness, lengths and pattern. If the spec and
/// the compiled client ever disagree (a stale build, a hand edit, a generator setting), this fails and names the property.
/// </summary>
public class SpecConformanceTests
{
    private static readonly IReadOnlyDictionary<string, IOpenApiSchema> Spec = DtoSchemas(FinpaySpec.Embedded);

    private static readonly Type[] DtoTypes = typeof(IFinpayCardClient).Assembly.GetTypes()
        .Where(t => t.IsClass && t.GetCustomAttributes<System.CodeDom.Compiler.GeneratedCodeAttribute>().Any(a => a.Tool == "NJsonSchema"))
        .ToArray();

    public static IEnumerable<object[]> SchemaNames() => Spec.Keys.Select(k => new object[] { k });

    [Fact]
    public void Every_spec_schema_has_a_generated_type_and_every_generated_dto_has_a_schema()
    {
        var generated = DtoTypes.Select(t => t.Name).ToHashSet();
        var notGenerated = Spec.Keys.Where(n => !generated.Contains(n)).ToList();
        var notInSpec = generated.Where(n => !Spec.ContainsKey(n)).ToList();
        Assert.True(notGenerated.Count == 0, "In the spec but not generated: " + string.Join(", ", notGenerated));
        Assert.True(notInSpec.Count == 0, "Generated but not in the spec: " + string.Join(", ", notInSpec));
    }

    [Theory]
    [MemberData(nameof(SchemaNames))]
    public void Generated_properties_match_the_spec(string schemaName)
    {
        var problems = Problems(Spec, schemaName);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void A_spec_whose_max_length_differs_from_the_compiled_code_is_reported_by_property()
    {
        var yaml = System.IO.File.ReadAllText(System.IO.Path.Combine(AppContext.BaseDirectory, "spec", "finpay-card.yaml"));
        var drifted = DtoSchemas(FinpaySpec.Parse(yaml.Replace(
            "maxLength: 30\n          pattern: '^[A-Za-z0-9_-]+$'\n        amount:",
            "maxLength: 31\n          pattern: '^[A-Za-z0-9_-]+$'\n        amount:")));

        var problems = Problems(drifted, "Order");

        var problem = Assert.Single(problems);
        Assert.Equal("Order.id: spec says length 1..31, generated StringLength(30, MinimumLength = 1)", problem);
    }

    // A string schema (an open set) is a struct of the SDK, not a DTO: its rules belong to the properties that $ref it.
    private static IReadOnlyDictionary<string, IOpenApiSchema> DtoSchemas(OpenApiDocument spec) =>
        spec.Components!.Schemas!.Where(s => TypeOf(s.Value) != JsonSchemaType.String).ToDictionary(s => s.Key, s => s.Value);

    private static JsonSchemaType? TypeOf(IOpenApiSchema schema) => schema.Type & ~JsonSchemaType.Null;

    private static List<string> Problems(IReadOnlyDictionary<string, IOpenApiSchema> spec, string schemaName)
    {
        var schema = spec[schemaName];
        var properties = schema.Properties ?? new Dictionary<string, IOpenApiSchema>();
        var required = schema.Required ?? new HashSet<string>();
        var type = DtoTypes.Single(t => t.Name == schemaName);
        var problems = new List<string>();

        var generated = type.GetProperties()
            .Select(p => (Property: p, Json: p.GetCustomAttribute<JsonPropertyAttribute>()))
            .Where(x => x.Json is not null)
            .ToDictionary(x => x.Json!.PropertyName!, x => x.Property);

        foreach (var name in generated.Keys.Where(n => !properties.ContainsKey(n)))
            problems.Add($"{schemaName}.{name} is generated but not in the spec");

        foreach (var (name, specProperty) in properties)
        {
            if (!generated.TryGetValue(name, out var property))
            {
                problems.Add($"{schemaName}.{name} is in the spec but not generated");
                continue;
            }

            problems.AddRange(Compare($"{schemaName}.{name}", specProperty, required.Contains(name), property));
        }

        return problems;
    }

    // A property that $refs an open set reads as that set's string schema: the reference resolves to it.
    private static IEnumerable<string> Compare(string where, IOpenApiSchema spec, bool specRequired, PropertyInfo property)
    {
        var json = property.GetCustomAttribute<JsonPropertyAttribute>()!;
        var requiredAttribute = property.GetCustomAttribute<RequiredAttribute>();

        var wireRequired = json.Required == Required.Always;
        if (wireRequired != specRequired)
            yield return $"{where}: spec says required={specRequired}, generated JsonProperty.Required={json.Required}";
        // [Required] means nothing on a non-nullable value type, so NJsonSchema leaves it off there.
        var isValueType = property.PropertyType.IsValueType && Nullable.GetUnderlyingType(property.PropertyType) is null;
        if (!isValueType && (requiredAttribute is not null) != specRequired)
            yield return $"{where}: spec says required={specRequired}, generated [Required] present={requiredAttribute is not null}";

        var length = property.GetCustomAttribute<StringLengthAttribute>();
        var (expectedMax, expectedMin) = ExpectedStringLength(spec, specRequired);
        if (expectedMax is null && length is not null)
            yield return $"{where}: spec has no length rule, generated StringLength({length.MaximumLength}, {length.MinimumLength})";
        if (expectedMax is not null && length is null)
            yield return $"{where}: spec says length {spec.MinLength}..{spec.MaxLength}, generated has no StringLength";
        if (expectedMax is not null && length is not null &&
            (length.MaximumLength != expectedMax || length.MinimumLength != expectedMin))
            yield return $"{where}: spec says length {expectedMin}..{expectedMax}, generated StringLength({length.MaximumLength}, MinimumLength = {length.MinimumLength})";

        var pattern = property.GetCustomAttribute<RegularExpressionAttribute>()?.Pattern;
        if (pattern != spec.Pattern)
            yield return $"{where}: spec pattern '{spec.Pattern}', generated '{pattern}'";
    }

    /// <summary>NJsonSchema's mapping from JSON Schema lengths to <see cref="StringLengthAttribute"/>.</summary>
    private static (int? Max, int Min) ExpectedStringLength(IOpenApiSchema spec, bool required)
    {
        if (TypeOf(spec) != JsonSchemaType.String || spec.Enum is { Count: > 0 }) return (null, 0);
        if (spec.MaxLength is { } max) return (max, spec.MinLength ?? 0);
        // A required string with minLength 1 is expressed by [Required] alone; any other bare minLength becomes int.MaxValue.
        if (spec.MinLength is { } min && !(required && min == 1)) return (int.MaxValue, min);
        return (null, 0);
    }
}
