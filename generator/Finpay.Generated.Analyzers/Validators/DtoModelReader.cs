using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using Finpay.Generated.Analyzers.Constraints;
using Microsoft.CodeAnalysis;

namespace Finpay.Generated.Analyzers.Validators;

/// <summary>Reads a generated DTO's rules from the DataAnnotations NSwag put on its properties (they mirror the spec).</summary>
internal static class DtoModelReader
{
    private const string DataAnnotations = "System.ComponentModel.DataAnnotations.";

    public static DtoModel? Read(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        if (!NSwagDto.Is(type))
            return null;

        var properties = ImmutableArray.CreateBuilder<PropertyModel>();
        foreach (var member in type.GetMembers())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (member is not IPropertySymbol { DeclaredAccessibility: Accessibility.Public, IsStatic: false, IsIndexer: false } property)
                continue;
            if (ReadProperty(property) is { } model)
                properties.Add(model);
        }

        var ns = type.ContainingNamespace.IsGlobalNamespace ? string.Empty : type.ContainingNamespace.ToDisplayString();
        return new DtoModel(ns, type.Name, new EquatableArray<PropertyModel>(properties.ToImmutable()));
    }

    private static PropertyModel? ReadProperty(IPropertySymbol property)
    {
        string wireName = property.Name;
        bool required = false;
        int? min = null, max = null;
        string? pattern = null, rangeMin = null, rangeMax = null;
        var stringOnWire = false;

        foreach (var attribute in property.GetAttributes())
        {
            var args = attribute.ConstructorArguments;
            switch (AsDataAnnotation(attribute.AttributeClass)?.ToDisplayString())
            {
                case "Newtonsoft.Json.JsonExtensionDataAttribute":
                case "Newtonsoft.Json.JsonIgnoreAttribute":
                    return null;
                case "Newtonsoft.Json.JsonPropertyAttribute" when args.Length > 0 && args[0].Value is string name:
                    wireName = name;
                    break;
                case DataAnnotations + "RequiredAttribute":
                    required = true;
                    break;
                case DataAnnotations + "StringLengthAttribute" when StringLengthReader.TryRead(attribute, out var minLength, out var maxLength):
                    (min, max, stringOnWire) = (minLength, maxLength, true);
                    break;
                case DataAnnotations + "MinLengthAttribute" when args.Length == 1 && args[0].Value is int minItems:
                    min = minItems;
                    break;
                case DataAnnotations + "MaxLengthAttribute" when args.Length == 1 && args[0].Value is int maxItems:
                    max = maxItems;
                    break;
                case DataAnnotations + "RegularExpressionAttribute" when args.Length == 1 && args[0].Value is string regex:
                    (pattern, stringOnWire) = (regex, true);
                    break;
                case DataAnnotations + "RangeAttribute" when args.Length == 2 && IsNumber(args[0].Value) && IsNumber(args[1].Value):
                    rangeMin = FormatNumber(args[0].Value!);
                    rangeMax = FormatNumber(args[1].Value!);
                    break;
            }
        }

        var type = property.Type;
        var canBeNull = type.IsReferenceType || type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T;
        // The open-set structs come from the spec generator, whose output a generator cannot see: to this one they are unknown
        // types, and only the string attributes NSwag wrote tell that they carry text; their '?' says whether they are optional.
        if (type.TypeKind == TypeKind.Error && stringOnWire)
        {
            return new PropertyModel(
                property.Name, wireName, PropertyKind.WireText, type.NullableAnnotation == NullableAnnotation.Annotated, required,
                min, max, pattern, null, new EquatableArray<EnumMemberModel>(ImmutableArray<EnumMemberModel>.Empty), rangeMin, rangeMax);
        }

        var valueType = UnwrapNullable(type);
        var kind = KindOf(valueType, out var enumMembers);
        // NSwag writes string attributes only where the spec's type is string: such a number or struct has a text on the wire.
        if (stringOnWire && kind == PropertyKind.Number && valueType.SpecialType == SpecialType.System_Decimal)
            kind = PropertyKind.Amount;
        else if (stringOnWire && kind == PropertyKind.Other && valueType.IsValueType)
            kind = PropertyKind.WireText;
        var enumType = kind == PropertyKind.Enum ? valueType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) : null;

        return new PropertyModel(
            property.Name, wireName, kind, canBeNull, required, min, max, pattern, enumType,
            new EquatableArray<EnumMemberModel>(enumMembers), rangeMin, rangeMax);
    }

    private static PropertyKind KindOf(ITypeSymbol type, out ImmutableArray<EnumMemberModel> enumMembers)
    {
        enumMembers = ImmutableArray<EnumMemberModel>.Empty;
        if (type.SpecialType == SpecialType.System_String)
            return PropertyKind.String;
        if (type.TypeKind == TypeKind.Enum)
        {
            enumMembers = type.GetMembers().OfType<IFieldSymbol>()
                .Where(f => f.HasConstantValue)
                .Select(f => new EnumMemberModel(f.Name, EnumWireName(f)))
                .ToImmutableArray();
            return PropertyKind.Enum;
        }

        if (IsNumber(type))
            return PropertyKind.Number;
        if (NSwagDto.Is(type))
            return PropertyKind.Dto;
        if (ListElementOf(type) is { } element)
            return NSwagDto.Is(element) ? PropertyKind.DtoList : PropertyKind.List;
        return PropertyKind.Other;
    }

    private static ITypeSymbol? ListElementOf(ITypeSymbol type)
    {
        if (type is not INamedTypeSymbol named)
            return null;
        foreach (var candidate in new[] { named }.Concat(named.AllInterfaces))
        {
            if (candidate.OriginalDefinition.ToDisplayString() == "System.Collections.Generic.IList<T>")
                return candidate.TypeArguments[0];
        }

        return null;
    }

    private static string EnumWireName(IFieldSymbol field)
    {
        foreach (var attribute in field.GetAttributes())
        {
            if (attribute.AttributeClass?.ToDisplayString() != "System.Runtime.Serialization.EnumMemberAttribute")
                continue;
            foreach (var named in attribute.NamedArguments)
            {
                if (named.Key == "Value" && named.Value.Value is string value)
                    return value;
            }
        }

        return field.Name;
    }

    /// <summary>
    /// The SDK's WireLength and WirePattern (the rules of a decimal amount or an open-set value, checked on the text sent) read as
    /// the DataAnnotations attributes they derive from.
    /// </summary>
    private static INamedTypeSymbol? AsDataAnnotation(INamedTypeSymbol? attributeClass) =>
        attributeClass?.BaseType is { } baseType && baseType.ToDisplayString().StartsWith(DataAnnotations, System.StringComparison.Ordinal) &&
        attributeClass.ContainingNamespace?.ToDisplayString() == "Finpay.Generated.Validation"
            ? baseType
            : attributeClass;

    private static ITypeSymbol UnwrapNullable(ITypeSymbol type) =>
        type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
            ? nullable.TypeArguments[0]
            : type;

    private static bool IsNumber(ITypeSymbol type) => type.SpecialType is
        SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_Double or
        SpecialType.System_Single or SpecialType.System_Decimal;

    private static bool IsNumber(object? value) => value is int or long or double;

    private static string FormatNumber(object value) =>
        value is double d ? d.ToString("R", CultureInfo.InvariantCulture) : System.Convert.ToString(value, CultureInfo.InvariantCulture)!;
}
