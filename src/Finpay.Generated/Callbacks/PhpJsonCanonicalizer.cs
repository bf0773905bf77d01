using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Finpay.Generated.Callbacks;

/// <summary>
/// Re-encodes a callback body the way Finpay's PHP reference does before signing it:
/// <c>json_encode(json_decode($body, true))</c> with the top-level <c>signature</c> removed. That means compact output,
/// key order kept, <c>/</c> escaped as <c>\/</c>, everything outside ASCII as lower-case <c>\uXXXX</c> (surrogate pairs
/// for astral characters), numbers as PHP prints them, and PHP's associative arrays: an empty object becomes <c>[]</c> and an
/// object whose keys are exactly "0", "1", ... becomes a list.
/// </summary>
/// <remarks>
/// Strict RFC 8259 parsing, never throws: whatever PHP's <c>json_decode</c> would reject (lone surrogates, control characters
/// in strings, numbers PHP cannot encode back) is reported as a failure. Duplicate keys are rejected too: Finpay never sends
/// them, and a body whose meaning depends on which duplicate wins must not be trusted.
/// </remarks>
internal sealed class PhpJsonCanonicalizer
{
    public const int MaxDepth = 64;

    private readonly string _text;
    private int _position;
    private string? _error;

    private PhpJsonCanonicalizer(string text) => _text = text;

    /// <summary>The canonical payload (what is signed), the same members as an object (to append a signature to) and the signature found.</summary>
    internal sealed class Outcome
    {
        public Outcome(string payload, string objectMembers, bool hasSignature, string? signature)
        {
            Payload = payload;
            ObjectMembers = objectMembers;
            HasSignature = hasSignature;
            Signature = signature;
        }

        /// <summary>PHP's <c>json_encode</c> of the decoded body without <c>signature</c>.</summary>
        public string Payload { get; }

        /// <summary>The same members, PHP-encoded, comma-separated, always as object members (no braces).</summary>
        public string ObjectMembers { get; }

        /// <summary>Whether the body had a top-level <c>signature</c> member at all.</summary>
        public bool HasSignature { get; }

        /// <summary>The signature when it was a JSON string; null when missing or of another type.</summary>
        public string? Signature { get; }
    }

    public static bool TryCanonicalize(string json, out Outcome? outcome, out string error)
    {
        var parser = new PhpJsonCanonicalizer(json);
        outcome = parser.ParseTopLevel();
        error = parser._error ?? string.Empty;
        return outcome is not null;
    }

    private Outcome? ParseTopLevel()
    {
        SkipWhitespace();
        if (_position >= _text.Length) return FailTopLevel("the body is empty");
        if (_text[_position] != '{') return FailTopLevel("the body is not a JSON object");
        _position++;

        var members = new List<KeyValuePair<string, string>>();
        var keys = new HashSet<string>();
        var hasSignature = false;
        string? signature = null;
        if (!ReadMembers(1, keys, (key, valueStart, encoded) =>
            {
                if (key == "signature")
                {
                    hasSignature = true;
                    signature = _text[valueStart] == '"' ? DecodedString : null;
                    return;
                }

                members.Add(new KeyValuePair<string, string>(key, encoded));
            }))
        {
            return null;
        }

        SkipWhitespace();
        if (_position != _text.Length) return FailTopLevel($"unexpected content after the JSON object at character {_position}");

        return new Outcome(EncodeObject(members), EncodeMembers(members), hasSignature, signature);
    }

    // The last decoded string value, so the top level can read the signature without decoding twice.
    private string? DecodedString { get; set; }

    private delegate void MemberSink(string key, int valueStart, string encodedValue);

    private bool ReadMembers(int depth, HashSet<string> keys, MemberSink sink)
    {
        SkipWhitespace();
        if (Peek() == '}')
        {
            _position++;
            return true;
        }

        while (true)
        {
            SkipWhitespace();
            if (Peek() != '"') return FailBool($"expected a member name at character {_position}");
            var key = ReadString();
            if (key is null) return false;
            if (!keys.Add(key)) return FailBool($"duplicate member \"{Shorten(key)}\"");
            SkipWhitespace();
            if (Peek() != ':') return FailBool($"expected ':' at character {_position}");
            _position++;
            SkipWhitespace();
            var valueStart = _position;
            var value = ReadValue(depth);
            if (value is null) return false;
            sink(key, valueStart, value);
            SkipWhitespace();
            var next = Peek();
            _position++;
            if (next == '}') return true;
            if (next != ',') return FailBool($"expected ',' or '}}' at character {_position - 1}");
        }
    }

    private string? ReadValue(int depth)
    {
        if (depth > MaxDepth) return Fail($"nested deeper than {MaxDepth} levels");
        switch (Peek())
        {
            case '{':
                _position++;
                var members = new List<KeyValuePair<string, string>>();
                if (!ReadMembers(depth + 1, new HashSet<string>(), (k, _, v) => members.Add(new KeyValuePair<string, string>(k, v))))
                    return null;
                return EncodeObject(members);
            case '[':
                _position++;
                return ReadArray(depth + 1);
            case '"':
                var text = ReadString();
                DecodedString = text;
                return text is null ? null : EncodeString(text);
            case 't':
                return ReadLiteral("true");
            case 'f':
                return ReadLiteral("false");
            case 'n':
                return ReadLiteral("null");
            case '\0':
                return Fail("the body ends in the middle of a value");
            default:
                return ReadNumber();
        }
    }

    private string? ReadArray(int depth)
    {
        var builder = new StringBuilder("[");
        SkipWhitespace();
        if (Peek() == ']')
        {
            _position++;
            return "[]";
        }

        while (true)
        {
            SkipWhitespace();
            var value = ReadValue(depth);
            if (value is null) return null;
            builder.Append(value);
            SkipWhitespace();
            var next = Peek();
            _position++;
            if (next == ']') return builder.Append(']').ToString();
            if (next != ',') return Fail($"expected ',' or ']' at character {_position - 1}");
            builder.Append(',');
        }
    }

    private string? ReadLiteral(string literal)
    {
        if (string.CompareOrdinal(_text, _position, literal, 0, literal.Length) != 0)
            return Fail($"unexpected token at character {_position}");
        _position += literal.Length;
        return literal;
    }

    private string? ReadNumber()
    {
        var start = _position;
        var isInteger = true;
        if (Peek() == '-') _position++;
        if (Peek() == '0')
        {
            _position++;
        }
        else if (IsDigit(Peek()))
        {
            while (IsDigit(Peek())) _position++;
        }
        else
        {
            return Fail($"unexpected token at character {start}");
        }

        if (Peek() == '.')
        {
            isInteger = false;
            _position++;
            if (!IsDigit(Peek())) return Fail($"a number without digits after '.' at character {_position}");
            while (IsDigit(Peek())) _position++;
        }

        if (Peek() is 'e' or 'E')
        {
            isInteger = false;
            _position++;
            if (Peek() is '+' or '-') _position++;
            if (!IsDigit(Peek())) return Fail($"a number without exponent digits at character {_position}");
            while (IsDigit(Peek())) _position++;
        }

        var token = _text.Substring(start, _position - start);
        // PHP keeps integers that fit in 64 bits and turns every other number into a double.
        if (isInteger && long.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
            return integer.ToString(CultureInfo.InvariantCulture);

        var value = double.Parse(token, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (double.IsInfinity(value)) return Fail($"the number {Shorten(token)} is too large for PHP to encode");
        return PhpDoubleFormat.Format(value);
    }

    private string? ReadString()
    {
        _position++; // opening quote
        var builder = new StringBuilder();
        while (true)
        {
            if (_position >= _text.Length) return Fail("a string is not terminated");
            var c = _text[_position++];
            if (c == '"') break;
            if (c < 0x20) return Fail($"an unescaped control character in a string at character {_position - 1}");
            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            if (_position >= _text.Length) return Fail("a string is not terminated");
            var escape = _text[_position++];
            switch (escape)
            {
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case '/': builder.Append('/'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u':
                    if (_position + 4 > _text.Length ||
                        !ushort.TryParse(_text.Substring(_position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var unit))
                        return Fail($"a malformed \\u escape at character {_position - 2}");
                    _position += 4;
                    builder.Append((char)unit);
                    break;
                default:
                    return Fail($"an unknown escape '\\{escape}' at character {_position - 2}");
            }
        }

        var text = builder.ToString();
        return HasLoneSurrogate(text) ? Fail("a string holds an unpaired UTF-16 surrogate") : text;
    }

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                    continue;
                }

                return true;
            }

            if (char.IsLowSurrogate(text[i])) return true;
        }

        return false;
    }

    private static string EncodeObject(List<KeyValuePair<string, string>> members)
    {
        if (IsPhpList(members))
        {
            var list = new StringBuilder("[");
            for (var i = 0; i < members.Count; i++)
            {
                if (i > 0) list.Append(',');
                list.Append(members[i].Value);
            }

            return list.Append(']').ToString();
        }

        return "{" + EncodeMembers(members) + "}";
    }

    private static string EncodeMembers(List<KeyValuePair<string, string>> members)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < members.Count; i++)
        {
            if (i > 0) builder.Append(',');
            builder.Append(EncodeString(members[i].Key)).Append(':').Append(members[i].Value);
        }

        return builder.ToString();
    }

    // PHP turns decimal-integer keys into integer keys; an array whose keys are 0..n-1 in order is a list (empty included).
    private static bool IsPhpList(List<KeyValuePair<string, string>> members)
    {
        for (var i = 0; i < members.Count; i++)
        {
            if (members[i].Key != i.ToString(CultureInfo.InvariantCulture)) return false;
        }

        return true;
    }

    internal static string EncodeString(string text)
    {
        var builder = new StringBuilder(text.Length + 2);
        builder.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '/': builder.Append("\\/"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < 0x20 || c > 0x7f)
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else
                        builder.Append(c);
                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    private void SkipWhitespace()
    {
        while (_position < _text.Length && _text[_position] is ' ' or '\t' or '\n' or '\r') _position++;
    }

    private char Peek() => _position < _text.Length ? _text[_position] : '\0';

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private static string Shorten(string text) => text.Length <= 40 ? text : text.Substring(0, 40) + "...";

    private string? Fail(string error)
    {
        _error ??= error;
        return null;
    }

    private Outcome? FailTopLevel(string error)
    {
        _error ??= error;
        return null;
    }

    private bool FailBool(string error)
    {
        _error ??= error;
        return false;
    }
}
