using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Finpay.Generated.Validation;

/// <summary>
/// A spec pattern, searched as JSON Schema does. Most of the spec's patterns are one ASCII class repeated between anchors
/// (<c>^[0-9]+$</c>, <c>^[A-Z]{3}$</c>, <c>^\+?[0-9]{6,19}$</c>) or a literal start (<c>^https?://</c>): those are checked by a
/// loop, several times faster than the regex interpreter. Anything else goes to <see cref="Regex"/>. Both read a final <c>$</c>
/// as JSON Schema (ECMA-262) does, at the very end of the input; a test compares them on every spec pattern.
/// </summary>
internal sealed class StringPattern
{
    private readonly string _pattern;
    private readonly Regex? _regex;
    private readonly ulong _low;
    private readonly ulong _high;
    private readonly char _optionalFirst;
    private readonly int _min;
    private readonly int _max;
    private readonly string? _prefix;
    private readonly bool[]? _optional;

    private StringPattern(string pattern, Regex regex)
    {
        _pattern = pattern;
        _regex = regex;
    }

    private StringPattern(string pattern, ulong low, ulong high, char optionalFirst, int min, int max)
    {
        _pattern = pattern;
        _low = low;
        _high = high;
        _optionalFirst = optionalFirst;
        _min = min;
        _max = max;
        MatchesAnyDigits = optionalFirst == '\0';
        for (var digit = '0'; digit <= '9'; digit++)
            MatchesAnyDigits &= InClass(digit);
    }

    private StringPattern(string pattern, string prefix, bool[] optional)
    {
        _pattern = pattern;
        _prefix = prefix;
        _optional = optional;
    }

    /// <summary>Whether every string of digits whose length <see cref="AllowsLength"/> allows matches: true for <c>^[0-9]+$</c>.</summary>
    internal bool MatchesAnyDigits { get; }

    /// <summary>Whether a simple pattern's repetition allows this many characters.</summary>
    internal bool AllowsLength(int length) => length >= _min && length <= _max;

    /// <summary>Whether the loop, not the regex, checks this pattern.</summary>
    internal bool IsSimple => _regex is null;

    public static StringPattern Create(string pattern) =>
        TryParseSimple(pattern) ?? TryParsePrefix(pattern) ?? new StringPattern(pattern, new Regex(JsonSchemaPattern.ToDotNet(pattern), RegexOptions.CultureInvariant));

    public bool IsMatch(string value)
    {
        if (_regex is not null)
            return _regex.IsMatch(value);
        if (_prefix is not null)
            return StartsWithPrefix(value);

        var start = 0;
        if (_optionalFirst != '\0' && value.Length > 0 && value[0] == _optionalFirst)
            start = 1;
        // The pattern is anchored at both ends, as JSON Schema reads '$': the whole rest of the value must be in the class.
        var end = value.Length;
        var count = end - start;
        if (count < _min || count > _max)
            return false;
        for (var i = start; i < end; i++)
        {
            if (!InClass(value[i]))
                return false;
        }

        return true;
    }

    public override string ToString() => _pattern;

    private bool StartsWithPrefix(string value)
    {
        var at = 0;
        for (var i = 0; i < _prefix!.Length; i++)
        {
            if (at < value.Length && value[at] == _prefix[i])
                at++;
            else if (!_optional![i])
                return false;
        }

        return true;
    }

    private bool InClass(char c) => c < 64 ? (_low & (1UL << c)) != 0 : c < 128 && (_high & (1UL << (c - 64))) != 0;

    // ^ [optional literal ?] [ASCII class without escapes or negation] [+ * {n} {m,n} {m,}] $
    private static StringPattern? TryParseSimple(string pattern)
    {
        var i = 0;
        if (!Take(pattern, ref i, '^'))
            return null;

        var optionalFirst = '\0';
        if (i < pattern.Length && pattern[i] != '[')
        {
            // One optional literal before the class: an ASCII letter or digit, or escaped punctuation such as \+.
            var escaped = pattern[i] == '\\';
            var literal = escaped ? (i + 1 < pattern.Length ? pattern[i + 1] : '\0') : pattern[i];
            var valid = escaped ? IsEscapedPunctuation(literal) : literal < 128 && char.IsLetterOrDigit(literal);
            i += escaped ? 2 : 1;
            if (!valid || !Take(pattern, ref i, '?'))
                return null;
            optionalFirst = literal;
        }

        if (!ParseClass(pattern, ref i, out var low, out var high) || !ParseQuantifier(pattern, ref i, out var min, out var max))
            return null;
        if (!Take(pattern, ref i, '$') || i != pattern.Length)
            return null;

        var simple = new StringPattern(pattern, low, high, optionalFirst, min, max);
        // The literal must not belong to the class (or taking it greedily could be wrong), and the class must not hold '\n'.
        if ((optionalFirst != '\0' && simple.InClass(optionalFirst)) || simple.InClass('\n'))
            return null;
        return simple;
    }

    // ^ then literal characters, each perhaps optional, and no $: a search that only looks at the start (^https?://). An
    // optional character must differ from the next one, so taking it whenever it is there never needs to be undone.
    private static StringPattern? TryParsePrefix(string pattern)
    {
        if (pattern.Length < 2 || pattern[0] != '^')
            return null;
        var literals = new System.Text.StringBuilder();
        var optional = new System.Collections.Generic.List<bool>();
        for (var i = 1; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '?' && optional.Count > 0 && !optional[optional.Count - 1])
            {
                optional[optional.Count - 1] = true;
                continue;
            }

            if (c == '\\' && i + 1 < pattern.Length && IsEscapedPunctuation(pattern[i + 1]))
                c = pattern[++i];
            else if (!(c < 128 && (char.IsLetterOrDigit(c) || c is ':' or '/')))
                return null;
            literals.Append(c);
            optional.Add(false);
        }

        for (var i = 0; i + 1 < literals.Length; i++)
        {
            if (optional[i] && (optional[i + 1] || literals[i] == literals[i + 1]))
                return null;
        }

        return new StringPattern(pattern, literals.ToString(), optional.ToArray());
    }

    private static bool ParseClass(string pattern, ref int i, out ulong low, out ulong high)
    {
        low = 0;
        high = 0;
        if (!Take(pattern, ref i, '['))
            return false;
        var first = true;
        while (i < pattern.Length && (pattern[i] != ']' || first))
        {
            var from = pattern[i];
            if (from is '\\' or '^' or '[' or ']' || from >= 128)
                return false;
            var to = from;
            if (i + 2 < pattern.Length && pattern[i + 1] == '-' && pattern[i + 2] != ']')
            {
                to = pattern[i + 2];
                if (to is '\\' or '[' || to >= 128 || to < from)
                    return false;
                i += 3;
            }
            else
            {
                i++;
            }

            for (var c = from; c <= to; c++)
            {
                if (c < 64)
                    low |= 1UL << c;
                else
                    high |= 1UL << (c - 64);
            }

            first = false;
        }

        return !first && Take(pattern, ref i, ']');
    }

    private static bool ParseQuantifier(string pattern, ref int i, out int min, out int max)
    {
        (min, max) = (1, 1);
        if (Take(pattern, ref i, '+'))
            (min, max) = (1, int.MaxValue);
        else if (Take(pattern, ref i, '*'))
            (min, max) = (0, int.MaxValue);
        else if (Take(pattern, ref i, '{'))
        {
            var close = pattern.IndexOf('}', i);
            if (close < 0)
                return false;
            var bounds = pattern.Substring(i, close - i).Split(',');
            if (bounds.Length > 2 || !TryCount(bounds[0], out min))
                return false;
            max = min;
            if (bounds.Length == 2 && bounds[1].Length == 0)
                max = int.MaxValue;
            else if (bounds.Length == 2 && !TryCount(bounds[1], out max))
                return false;
            i = close + 1;
        }

        // A lazy or possessive suffix, or a second quantifier, is not this simple form.
        return min <= max && (i >= pattern.Length || pattern[i] is not ('?' or '+' or '*' or '{'));
    }

    private static bool TryCount(string text, out int count) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out count);

    private static bool IsEscapedPunctuation(char c) => c is '+' or '.' or '-' or '#' or '@' or '/' or ':';

    private static bool Take(string pattern, ref int i, char expected)
    {
        if (i >= pattern.Length || pattern[i] != expected)
            return false;
        i++;
        return true;
    }
}
