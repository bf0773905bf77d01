using Microsoft.CodeAnalysis;

namespace Finpay.Generated.Analyzers.Constraints;

/// <summary>
/// Reads NSwag's <c>[StringLength(max, MinimumLength = min)]</c> back into the spec's minLength and maxLength. The one home of
/// this reading for the FINPAY rules and the validator generator.
/// </summary>
internal static class StringLengthReader
{
    /// <summary>False when the attribute is not <c>StringLength(int)</c>. NJsonSchema writes int.MaxValue for a bare minLength,
    /// and MinimumLength 0 (the default) for no minLength: both come back as null.</summary>
    public static bool TryRead(AttributeData stringLength, out int? minLength, out int? maxLength)
    {
        minLength = null;
        maxLength = null;
        var args = stringLength.ConstructorArguments;
        if (args.Length != 1 || args[0].Value is not int maximum)
            return false;
        maxLength = maximum == int.MaxValue ? null : maximum;
        foreach (var named in stringLength.NamedArguments)
        {
            if (named.Key == "MinimumLength" && named.Value.Value is int minimum && minimum > 0)
                minLength = minimum;
        }

        return true;
    }
}
