using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Finpay.Generated.Analyzers.Constraints;

/// <summary>
/// A compile-time constant string assigned to a property of a generated DTO: an object initializer entry (nested ones too), a
/// plain assignment, a const field or local, a concatenation of constants or a constant interpolated string. The compiler has
/// already folded every one of these into the value's ConstantValue, so one operation kind covers them all.
/// </summary>
internal readonly struct ConstantStringAssignment
{
    private ConstantStringAssignment(IPropertySymbol property, string value, Location location, PropertyConstraints constraints)
    {
        Property = property;
        Value = value;
        Location = location;
        Constraints = constraints;
    }

    public IPropertySymbol Property { get; }

    public string Value { get; }

    /// <summary>The assigned expression: where a fix belongs.</summary>
    public Location Location { get; }

    public PropertyConstraints Constraints { get; }

    public string PropertyDisplayName => Property.ContainingType.Name + "." + Property.Name;

    public static bool TryRead(IOperation operation, GeneratedDtoSymbols symbols, out ConstantStringAssignment assignment)
    {
        assignment = default;
        if (operation is not ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } simple)
            return false;
        if (simple.Value.ConstantValue is not { HasValue: true, Value: string value })
            return false;
        if (symbols.ConstraintsOf(target.Property) is not { } constraints)
            return false;

        assignment = new ConstantStringAssignment(target.Property, value, simple.Value.Syntax.GetLocation(), constraints);
        return true;
    }
}
