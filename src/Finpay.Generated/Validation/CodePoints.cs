namespace Finpay.Generated.Validation;

/// <summary>
/// Counts a string's length as JSON Schema does: in Unicode code points, so a surrogate pair (an emoji) counts 1 where .NET's
/// <c>string.Length</c> and <c>StringLengthAttribute</c> count 2; an unpaired surrogate counts 1. The one home of this rule:
/// the SDK's validators, the FINPAY001 analyzer and the sandbox all compile this file.
/// </summary>
internal static class CodePoints
{
    public static int Count(string value)
    {
        var count = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                i++;
            count++;
        }

        return count;
    }
}
