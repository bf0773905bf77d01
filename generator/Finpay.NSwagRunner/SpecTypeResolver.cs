using System.Collections.Generic;
using NJsonSchema;
using NJsonSchema.CodeGeneration.CSharp;

namespace Finpay.NSwagRunner;

/// <summary>
/// Gives a property the C# type its schema names, where NSwag would write <c>string</c>: an open set (a
/// <c>components.schemas</c> string schema with <c>x-finpay-known-values</c>) is its value struct, named after the schema;
/// a string with <c>x-finpay-amount: true</c> is <c>decimal</c>, as amounts in answers are. Both are value types, so an
/// optional property is their <see cref="System.Nullable{T}"/>. Everything else resolves as NSwag resolves it.
/// </summary>
internal sealed class SpecTypeResolver : CSharpTypeResolver
{
    public const string KnownValuesExtension = "x-finpay-known-values";
    public const string AmountExtension = "x-finpay-amount";
    // Where Finpay.Generated.SpecGenerator writes the structs (SpecGenerator.ValuesNamespace): the DTOs name them in full.
    public const string ValuesNamespace = "Finpay.Generated.Values";

    private readonly IReadOnlyDictionary<string, JsonSchema> _schemas;

    public SpecTypeResolver(CSharpGeneratorSettings settings, IReadOnlyDictionary<string, JsonSchema> schemas)
        : base(settings)
    {
        _schemas = schemas;
    }

    public override string Resolve(JsonSchema schema, bool isNullable, string? typeNameHint)
    {
        var type = SpecType(schema);
        if (type is null)
            return base.Resolve(schema, isNullable, typeNameHint);
        var optional = isNullable || (Settings.GenerateOptionalPropertiesAsNullable && schema is JsonSchemaProperty { IsRequired: false });
        return optional ? type + "?" : type;
    }

    private string? SpecType(JsonSchema schema)
    {
        if (HasExtension(schema, AmountExtension))
            return "decimal";
        var target = schema.HasReference ? schema.ActualSchema : null;
        if (target is not null && HasExtension(target, KnownValuesExtension))
        {
            foreach (var definition in _schemas)
                if (ReferenceEquals(definition.Value, target))
                    return "global::" + ValuesNamespace + "." + definition.Key;
        }

        return null;
    }

    private static bool HasExtension(JsonSchema schema, string name) =>
        schema.ExtensionData is not null && schema.ExtensionData.TryGetValue(name, out var value) && value is not null && !IsFalse(value);

    // A YAML scalar arrives as a bool or as its text, depending on how NSwag's reader typed it.
    private static bool IsFalse(object value) =>
        value is false || value is string text && string.Equals(text, "false", System.StringComparison.OrdinalIgnoreCase);
}
