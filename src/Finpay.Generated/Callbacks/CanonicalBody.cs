#if NET
using System;
using System.Buffers;

namespace Finpay.Generated.Callbacks;

/// <summary>
/// Proves, in one scan that writes nothing, that a callback body is already byte for byte what
/// <see cref="PhpJsonCanonicalizer"/> would produce (PHP's default <c>json_encode</c>) apart from the top-level
/// <c>signature</c> member, and finds that member. Finpay's own bodies are <c>json_encode</c> output, so the signed payload is
/// then simply the bytes around the member, with nothing decoded or re-encoded.
/// </summary>
/// <remarks>
/// Only what is canonical beyond doubt is accepted: compact structure, ASCII strings with exactly PHP's escapes, integers PHP
/// keeps as written, objects with at most <see cref="MaxMembers"/> distinct keys none of which is <c>"0"</c> (so no object can
/// turn into a PHP list) and no empty object. Anything else (whitespace, <c>/</c> unescaped, raw UTF-8, <c>\u00E9</c>,
/// <c>1.0</c>, duplicate keys, invalid JSON) is not an error here: the caller falls back to the full canonicalizer, which
/// decides.
/// </remarks>
internal ref struct CanonicalBody
{
    public const int MaxDepth = 16;

    private const int MaxMembers = 24;

    // Inside a string, the bytes the plain run stops at: the closing quote, an escape, a raw '/' (PHP writes "\/"), control
    // characters (invalid raw) and everything outside ASCII (PHP writes \uXXXX).
    private static readonly SearchValues<byte> StringStops = SearchValues.Create(StringStopBytes());

    private static ReadOnlySpan<byte> SignatureKey => "\"signature\""u8;

    private readonly ReadOnlySpan<byte> _body;
    private int _position;
    private int _cutStart;
    private int _cutEnd;
    private bool _hasSignature;

    private CanonicalBody(ReadOnlySpan<byte> body)
    {
        _body = body;
        _position = 0;
        _cutStart = 0;
        _cutEnd = 0;
        _hasSignature = false;
    }

    /// <summary>
    /// True when <paramref name="body"/> is canonical apart from a well-formed top-level <c>signature</c>: the signed payload is
    /// then <c>body[..cutStart] + body[cutEnd..]</c> and the signature's bytes are in <paramref name="signature"/>.
    /// </summary>
    public static bool TryProve(ReadOnlySpan<byte> body, Span<byte> signature, out int cutStart, out int cutEnd)
    {
        var scan = new CanonicalBody(body);
        var proven = body.Length > 0 && body[0] == (byte)'{' && scan.ReadObject(1, signature) && scan._position == body.Length && scan._hasSignature;
        cutStart = scan._cutStart;
        cutEnd = scan._cutEnd;
        return proven;
    }

    // At the opening brace; reads through the closing one.
    private bool ReadObject(int depth, Span<byte> signature)
    {
        if (depth > MaxDepth) return false;
        _position++;
        Span<int> keys = stackalloc int[2 * MaxMembers];
        var count = 0;
        var topLevel = depth == 1;
        var hasOtherMember = false;
        while (true)
        {
            var memberStart = _position;
            if (Current != (byte)'"') return false;
            var keyStart = _position;
            if (!ReadString()) return false;
            var keyLength = _position - keyStart;
            var key = _body.Slice(keyStart, keyLength);
            if (key.SequenceEqual("\"0\""u8) || count == MaxMembers) return false;
            for (var i = 0; i < count; i++)
            {
                if (_body.Slice(keys[2 * i], keys[2 * i + 1]).SequenceEqual(key)) return false;
            }

            keys[2 * count] = keyStart;
            keys[2 * count + 1] = keyLength;
            count++;
            if (Current != (byte)':') return false;
            _position++;
            var valueStart = _position;
            if (!Value(depth, signature)) return false;

            if (topLevel && key.SequenceEqual(SignatureKey))
            {
                if (!CallbackSignature.TryReadQuotedHex(_body.Slice(valueStart, _position - valueStart), signature)) return false;
                _hasSignature = true;
                // The member goes together with the comma before it, or after it when it is the first member.
                if (count > 1)
                {
                    _cutStart = memberStart - 1;
                    _cutEnd = _position;
                }
                else
                {
                    _cutStart = memberStart;
                    _cutEnd = _position + 1;
                }
            }
            else
            {
                hasOtherMember = true;
            }

            var next = Current;
            _position++;
            // An object with no member left (empty, or only the signature) is a PHP empty array: "[]".
            if (next == (byte)'}') return hasOtherMember;
            if (next != (byte)',') return false;
        }
    }

    private bool ReadArray(int depth, Span<byte> signature)
    {
        if (depth > MaxDepth) return false;
        _position++;
        if (Current == (byte)']')
        {
            _position++;
            return true;
        }

        while (true)
        {
            if (!Value(depth, signature)) return false;
            var next = Current;
            _position++;
            if (next == (byte)']') return true;
            if (next != (byte)',') return false;
        }
    }

    private bool Value(int depth, Span<byte> signature) => Current switch
    {
        (byte)'{' => ReadObject(depth + 1, signature),
        (byte)'[' => ReadArray(depth + 1, signature),
        (byte)'"' => ReadString(),
        (byte)'t' => ReadLiteral("true"u8),
        (byte)'f' => ReadLiteral("false"u8),
        (byte)'n' => ReadLiteral("null"u8),
        _ => ReadInteger(),
    };

    private bool ReadLiteral(ReadOnlySpan<byte> literal)
    {
        if (!_body.Slice(_position).StartsWith(literal)) return false;
        _position += literal.Length;
        return true;
    }

    // PHP keeps an integer that fits in 64 bits as written; 18 digits always fit. "-0" becomes "0", and a fraction or an
    // exponent makes a double that PHP prints its own way: both are left to the canonicalizer.
    private bool ReadInteger()
    {
        var start = _position;
        if (Current == (byte)'-') _position++;
        var digitsStart = _position;
        if (Current == (byte)'0')
        {
            if (digitsStart > start) return false;
            _position++;
        }
        else
        {
            while (Current - (uint)'0' <= 9) _position++;
        }

        var digits = _position - digitsStart;
        return digits is > 0 and <= 18 && Current is (byte)',' or (byte)'}' or (byte)']';
    }

    // At the opening quote; reads through the closing one.
    private bool ReadString()
    {
        _position++;
        while (true)
        {
            var run = _body.Slice(_position).IndexOfAny(StringStops);
            if (run < 0) return false;
            _position += run;
            var stop = _body[_position];
            if (stop == (byte)'"')
            {
                _position++;
                return true;
            }

            if (stop != (byte)'\\' || _position + 1 >= _body.Length) return false;
            var escape = _body[_position + 1];
            if (escape is (byte)'"' or (byte)'\\' or (byte)'/' or (byte)'b' or (byte)'f' or (byte)'n' or (byte)'r' or (byte)'t')
            {
                _position += 2;
            }
            else if (escape == (byte)'u')
            {
                if (!UnicodeEscape()) return false;
            }
            else
            {
                return false;
            }
        }
    }

    // PHP writes \u with lower-case hex for controls without a short escape and for every UTF-16 unit outside ASCII, a
    // surrogate pair as two escapes, high first.
    private bool UnicodeEscape()
    {
        if (!TryHexUnit(_position, out var unit)) return false;
        _position += 6;
        if (unit < 0x20) return unit is not (0x08 or 0x09 or 0x0a or 0x0c or 0x0d);
        if (unit < 0x80 || char.IsLowSurrogate((char)unit)) return false;
        if (!char.IsHighSurrogate((char)unit)) return true;
        if (!TryHexUnit(_position, out var low) || !char.IsLowSurrogate((char)low)) return false;
        _position += 6;
        return true;
    }

    private readonly bool TryHexUnit(int backslash, out int unit)
    {
        unit = 0;
        if (backslash + 6 > _body.Length || _body[backslash] != (byte)'\\' || _body[backslash + 1] != (byte)'u') return false;
        for (var i = backslash + 2; i < backslash + 6; i++)
        {
            var c = _body[i];
            int digit = c - (uint)'0' <= 9 ? c - '0' : c - (uint)'a' <= 5 ? c - 'a' + 10 : -1;
            if (digit < 0) return false;
            unit = (unit << 4) | digit;
        }

        return true;
    }

    private readonly byte Current => _position < _body.Length ? _body[_position] : (byte)0;

    private static byte[] StringStopBytes()
    {
        var stops = new byte[0x20 + 3 + 0x80];
        var n = 0;
        for (var b = 0; b < 0x20; b++) stops[n++] = (byte)b;
        stops[n++] = (byte)'"';
        stops[n++] = (byte)'\\';
        stops[n++] = (byte)'/';
        for (var b = 0x80; b < 0x100; b++) stops[n++] = (byte)b;
        return stops;
    }
}
#endif
