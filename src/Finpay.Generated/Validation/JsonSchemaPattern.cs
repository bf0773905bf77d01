using System;

namespace Finpay.Generated.Validation;

/// <summary>
/// A spec pattern for .NET's regex engine. JSON Schema patterns are ECMA-262, where a final <c>$</c> matches only at the end
/// of the input; .NET's also matches before a final line feed, which would let <c>"1000\n"</c> pass <c>^[0-9]+$</c>. The one
/// home of this rule: the SDK's validators, the FINPAY002 analyzer and the sandbox all compile this file.
/// </summary>
internal static class JsonSchemaPattern
{
    public static string ToDotNet(string pattern)
    {
        if (!pattern.EndsWith("$", StringComparison.Ordinal)) return pattern;
        // An escaped dollar (\$, but not \\$) is a literal character, not an anchor.
        var backslashes = 0;
        for (var i = pattern.Length - 2; i >= 0 && pattern[i] == '\\'; i--) backslashes++;
        return backslashes % 2 == 0 ? pattern.Substring(0, pattern.Length - 1) + "\\z" : pattern;
    }
}
