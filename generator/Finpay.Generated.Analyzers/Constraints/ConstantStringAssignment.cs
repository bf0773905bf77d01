using Microsoft.CodeAnalysis;

namespace Finpay.Generated.Analyzers.Constraints;

/// <summary>
/// A compile-time constant string assigned to a property of a generated DTO: an object initializer entry (nested ones too), a
/// plain assignment, a const field or local, a concatenation of constants or a constant interpolated string. The compiler has
/// already folded every one of these into the value's ConstantValue, so one operation kind covers them all.
/// </summary>
internal readonly struct ConstantStringAssignment
{
    private readonly SyntaxNode _valueSyntax;

    public ConstantStringAssignment(IPropertySymbol property, string value, SyntaxNode valueSyntax, PropertyConstraints constraints)
    {
        Property = property;
        Value = value;
        _valueSyntax = valueSyntax;
        Constraints = constraints;
    }

    public IPropertySymbol Property { get; }

    public string Value { get; }

    /// <summary>The assigned expression: where a fix belongs. Computed only for a diagnostic.</summary>
    public Location Location => _valueSyntax.GetLocation();

    public PropertyConstraints Constraints { get; }

    public string PropertyDisplayName => Property.ContainingType.Name + "." + Property.Name;
}
