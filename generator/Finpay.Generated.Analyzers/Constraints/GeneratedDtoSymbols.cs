using System;
using System.Collections.Concurrent;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Finpay.Generated.Analyzers.Constraints;

/// <summary>
/// The attribute symbols the FINPAY rules read, resolved once per compilation, plus per-compilation caches of what each DTO
/// type and property allows. Which types are DTOs is <see cref="NSwagDto"/>'s call.
/// Works for DTOs in source (the SDK itself) and in metadata (a merchant's project referencing the SDK).
/// </summary>
internal sealed class GeneratedDtoSymbols
{
    private readonly INamedTypeSymbol _stringLength;
    private readonly INamedTypeSymbol? _regularExpression;
    private readonly INamedTypeSymbol? _jsonExtensionData;
    private readonly ConcurrentDictionary<INamedTypeSymbol, bool> _isDto = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<INamedTypeSymbol, bool> _isRequestDto = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IPropertySymbol, PropertyConstraints?> _constraints = new(SymbolEqualityComparer.Default);

    // Held once: passing the method group to GetOrAdd would allocate a delegate on every call, and ConstraintsOf runs for
    // every property assignment in the compilation.
    private readonly Func<INamedTypeSymbol, bool> _computeIsDto;
    private readonly Func<IPropertySymbol, PropertyConstraints?> _computeConstraints;

    private GeneratedDtoSymbols(
        INamedTypeSymbol stringLength,
        INamedTypeSymbol? regularExpression,
        INamedTypeSymbol? jsonExtensionData)
    {
        _stringLength = stringLength;
        _regularExpression = regularExpression;
        _jsonExtensionData = jsonExtensionData;
        _computeIsDto = ComputeIsDto;
        _computeConstraints = ComputeConstraints;
    }

    /// <summary>Null when the compilation cannot contain constrained DTOs (no DataAnnotations), so the rules register nothing.</summary>
    public static GeneratedDtoSymbols? TryCreate(Compilation compilation)
    {
        var generatedCode = compilation.GetTypeByMetadataName("System.CodeDom.Compiler.GeneratedCodeAttribute");
        var stringLength = compilation.GetTypeByMetadataName("System.ComponentModel.DataAnnotations.StringLengthAttribute");
        if (generatedCode is null || stringLength is null)
            return null;
        return new GeneratedDtoSymbols(
            stringLength,
            compilation.GetTypeByMetadataName("System.ComponentModel.DataAnnotations.RegularExpressionAttribute"),
            compilation.GetTypeByMetadataName("Newtonsoft.Json.JsonExtensionDataAttribute"));
    }

    public bool IsDto(INamedTypeSymbol type) => _isDto.TryGetValue(type, out var isDto) ? isDto : _isDto.GetOrAdd(type, _computeIsDto);

    /// <summary>
    /// A request DTO has no extension-data bag: the spec marks request objects <c>additionalProperties: false</c>, and NSwag then
    /// drops the <c>AdditionalProperties</c> dictionary it gives every tolerant (response) object. Same test as the Spectral rule.
    /// </summary>
    public bool IsRequestDto(INamedTypeSymbol type) => IsDto(type) && _isRequestDto.GetOrAdd(type, ComputeIsRequestDto);

    /// <summary>
    /// The constraints of a DTO property that is a string on the wire (a string, an open-set struct or a request amount), or null
    /// when it is not one or has none.
    /// </summary>
    public PropertyConstraints? ConstraintsOf(IPropertySymbol property)
    {
        // Only strings and value types can carry length or pattern constraints: a field read, no dictionary lookup, for the rest.
        if (!CanBeTextOnTheWire(property.Type))
            return null;
        return _constraints.TryGetValue(property, out var constraints) ? constraints : _constraints.GetOrAdd(property, _computeConstraints);
    }

    public bool HasLengthAttribute(IPropertySymbol property) =>
        property.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, _stringLength));

    private static bool CanBeTextOnTheWire(ITypeSymbol type) => type.SpecialType == SpecialType.System_String || type.IsValueType;

    /// <summary>Whether the property is an amount: a decimal whose wire text the constraints describe.</summary>
    public static bool IsAmount(IPropertySymbol property) =>
        property.Type.SpecialType == SpecialType.System_Decimal ||
        property.Type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable &&
        nullable.TypeArguments[0].SpecialType == SpecialType.System_Decimal;

    private static bool ComputeIsDto(INamedTypeSymbol type) => NSwagDto.Is(type);

    private bool ComputeIsRequestDto(INamedTypeSymbol type) =>
        _jsonExtensionData is null ||
        !type.GetMembers().OfType<IPropertySymbol>().Any(p =>
            p.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, _jsonExtensionData)));

    private PropertyConstraints? ComputeConstraints(IPropertySymbol property)
    {
        if (!CanBeTextOnTheWire(property.Type) || !IsDto(property.ContainingType))
            return null;

        int? min = null, max = null;
        string? pattern = null;
        foreach (var attribute in property.GetAttributes())
        {
            // NSwag's StringLength and RegularExpression, or the SDK's WireLength and WirePattern derived from them on a decimal
            // amount or an open-set value.
            if (IsOrDerivesFrom(attribute.AttributeClass, _stringLength))
            {
                StringLengthReader.TryRead(attribute, out min, out max);
            }
            else if (IsOrDerivesFrom(attribute.AttributeClass, _regularExpression) &&
                     attribute.ConstructorArguments.Length == 1)
            {
                pattern = attribute.ConstructorArguments[0].Value as string;
            }
        }

        return min is null && max is null && pattern is null ? null : new PropertyConstraints(min, max, pattern);
    }

    private static bool IsOrDerivesFrom(INamedTypeSymbol? attributeClass, INamedTypeSymbol? annotation) =>
        annotation is not null && attributeClass is not null &&
        (SymbolEqualityComparer.Default.Equals(attributeClass, annotation) || SymbolEqualityComparer.Default.Equals(attributeClass.BaseType, annotation));
}
