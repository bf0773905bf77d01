namespace Finpay.Generated.Analyzers.Constraints;

/// <summary>
/// Counts a string's length as JSON Schema does: in Unicode code points, so a surrogate pair (an emoji) counts 1, where .NET's
/// <c>string.Length</c> and <c>StringLengthAttribute</c> count 2. The SDK's validators count the same way.
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
