using System;
using System.Collections.Generic;
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
/// <para>
/// Strict RFC 8259 parsing, never throws: whatever PHP's <c>json_decode</c> would reject (lone surrogates, control characters
/// in strings, numbers PHP cannot encode back) is reported as a failure. Duplicate keys are rejected too: Finpay never sends
/// them, and a body whose meaning depends on which duplicate wins must not be trusted.
/// </para>
/// <para>
/// One pass, straight into ASCII bytes (PHP's output is pure ASCII): no string per value. Keys are compared in their encoded
/// form, which is one-to-one with the decoded key. Instances are reused per thread through <see cref="Rent"/>, so a verified
/// callback allocates nothing here.
/// </para>
/// </remarks>
internal sealed partial class PhpJsonCanonicalizer : IDisposable
{
    public const int MaxDepth = 64;

    // Small objects are checked for duplicate keys by comparing bytes; past this many members a hash set takes over.
    private const int LinearDuplicateSearchLimit = 16;

    // Buffers that grew past this (a hostile or unusual body) are not kept for the next callback on the thread.
    private const int MaxRetainedBytes = 256 * 1024;

    private static readonly byte[] SignatureKey = Encoding.ASCII.GetBytes("\"signature\"");

    [ThreadStatic]
    private static PhpJsonCanonicalizer? t_cached;

    private readonly byte[] _signature = new byte[CallbackSignature.ByteLength];
    private string _text = string.Empty;
    private int _position;
    private string? _error;
    private byte[] _output = new byte[2048];
    private int _length;

    // (start, length) of the encoded keys of every object still open, innermost last.
    private int[] _keys = new int[64];
    private int _keyCount;
    private bool _wantObjectMembers;

    private PhpJsonCanonicalizer()
    {
    }

    /// <summary>The canonical payload (what is signed) is <c>Payload[0..PayloadLength)</c>, ASCII.</summary>
    public byte[] Payload => _output;

    public int PayloadLength => _length;

    /// <summary>The payload's members as object members (no braces), even when the payload is a PHP list; for the signer.</summary>
    public string ObjectMembers { get; private set; } = string.Empty;

    /// <summary>Whether the body had a top-level <c>signature</c> member at all.</summary>
    public bool HasSignature { get; private set; }

    /// <summary>Whether that member was a string of 128 hexadecimal characters; its bytes are then in <see cref="Signature"/>.</summary>
    public bool HasWellFormedSignature { get; private set; }

    public byte[] Signature => _signature;

    public string Error => _error ?? string.Empty;

    /// <summary>The thread's instance (or a new one); dispose it to hand it back.</summary>
    public static PhpJsonCanonicalizer Rent()
    {
        var canonicalizer = t_cached ?? new PhpJsonCanonicalizer();
        t_cached = null;
        return canonicalizer;
    }

    public void Dispose()
    {
        _text = string.Empty;
        Array.Clear(_signature, 0, _signature.Length);
        if (_output.Length <= MaxRetainedBytes) t_cached = this;
    }

    /// <summary>The payload as text (for the signer).</summary>
    public string PayloadText() => Encoding.ASCII.GetString(_output, 0, _length);

    public bool TryCanonicalize(string json, bool wantObjectMembers)
    {
        _text = json;
        _position = 0;
        _error = null;
        _length = 0;
        _keyCount = 0;
        _wantObjectMembers = wantObjectMembers;
        ObjectMembers = string.Empty;
        HasSignature = false;
        HasWellFormedSignature = false;
        HasSlash = false;
        HasUnescapableUnicode = false;

        SkipWhitespace();
        if (_position >= _text.Length) return Fail("the body is empty");
        if (_text[_position] != '{') return Fail("the body is not a JSON object");
        _position++;
        if (!ReadObject(1, topLevel: true)) return false;

        SkipWhitespace();
        if (_position != _text.Length) return Fail($"unexpected content after the JSON object at character {_position}");
        return true;
    }

    // The opening brace is consumed; writes the object (or, as PHP does, the list) to the output.
    private bool ReadObject(int depth, bool topLevel)
    {
        var objectStart = _length;
        WriteByte((byte)'{');
        var keysBase = _keyCount;
        var count = 0;
        var isList = true;
        HashSet<string>? seen = null;

        SkipWhitespace();
        if (Peek() == '}')
        {
            _position++;
        }
        else
        {
            while (true)
            {
                SkipWhitespace();
                if (Peek() != '"') return Fail($"expected a member name at character {_position}");
                var memberStart = _length;
                if (count > 0) WriteByte((byte)',');
                var keyStart = _length;
                if (!ReadString()) return false;
                var keyLength = _length - keyStart;

                var isSignature = topLevel && SameBytes(keyStart, keyLength, SignatureKey);
                if (isSignature)
                {
                    if (HasSignature) return Fail("duplicate member \"signature\"");
                    HasSignature = true;
                }
                else if (IsDuplicate(keysBase, keyStart, keyLength, ref seen))
                {
                    return Fail($"duplicate member \"{Shorten(Encoding.ASCII.GetString(_output, keyStart + 1, keyLength - 2))}\"");
                }

                SkipWhitespace();
                if (Peek() != ':') return Fail($"expected ':' at character {_position}");
                _position++;
                WriteByte((byte)':');
                SkipWhitespace();
                var valueStart = _length;
                if (!ReadValue(depth)) return false;

                if (isSignature)
                {
                    ReadSignature(valueStart, _length - valueStart);
                    _length = memberStart;
                }
                else
                {
                    PushKey(keyStart, keyLength);
                    if (isList && !IsIndexKey(count, keyStart, keyLength)) isList = false;
                    count++;
                }

                SkipWhitespace();
                var next = Peek();
                _position++;
                if (next == '}') break;
                if (next != ',') return Fail($"expected ',' or '}}' at character {_position - 1}");
            }
        }

        if (topLevel && _wantObjectMembers) ObjectMembers = Encoding.ASCII.GetString(_output, objectStart + 1, _length - objectStart - 1);
        if (isList) WriteAsList(objectStart, keysBase, count);
        else WriteByte((byte)'}');
        _keyCount = keysBase;
        return true;
    }

    // {"0":a,"1":b} becomes [a,b] in place: each value sits between its key and the next member's comma.
    private void WriteAsList(int objectStart, int keysBase, int count)
    {
        _output[objectStart] = (byte)'[';
        var write = objectStart + 1;
        for (var i = 0; i < count; i++)
        {
            var key = keysBase + 2 * i;
            var valueStart = _keys[key] + _keys[key + 1] + 1;
            var valueEnd = i + 1 < count ? _keys[key + 2] - 1 : _length;
            if (i > 0) _output[write++] = (byte)',';
            Buffer.BlockCopy(_output, valueStart, _output, write, valueEnd - valueStart);
            write += valueEnd - valueStart;
        }

        _length = write;
        WriteByte((byte)']');
    }

    private bool ReadArray(int depth)
    {
        WriteByte((byte)'[');
        SkipWhitespace();
        if (Peek() == ']')
        {
            _position++;
            WriteByte((byte)']');
            return true;
        }

        while (true)
        {
            SkipWhitespace();
            if (!ReadValue(depth)) return false;
            SkipWhitespace();
            var next = Peek();
            _position++;
            if (next == ']')
            {
                WriteByte((byte)']');
                return true;
            }

            if (next != ',') return Fail($"expected ',' or ']' at character {_position - 1}");
            WriteByte((byte)',');
        }
    }

    private bool ReadValue(int depth)
    {
        if (depth > MaxDepth) return Fail($"nested deeper than {MaxDepth} levels");
        switch (Peek())
        {
            case '{':
                _position++;
                return ReadObject(depth + 1, topLevel: false);
            case '[':
                _position++;
                return ReadArray(depth + 1);
            case '"':
                return ReadString();
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

    private bool ReadLiteral(string literal)
    {
        if (string.CompareOrdinal(_text, _position, literal, 0, literal.Length) != 0)
            return Fail($"unexpected token at character {_position}");
        _position += literal.Length;
        WriteAscii(literal);
        return true;
    }

    // The signature member's value as written: a string of exactly 128 hex digits encodes as itself between quotes.
    private void ReadSignature(int start, int length) =>
        HasWellFormedSignature = CallbackSignature.TryReadQuotedHex(new ReadOnlySpan<byte>(_output, start, length), _signature);

    private bool IsDuplicate(int keysBase, int keyStart, int keyLength, ref HashSet<string>? seen)
    {
        var count = (_keyCount - keysBase) / 2;
        if (seen is null && count < LinearDuplicateSearchLimit)
        {
            for (var key = keysBase; key < _keyCount; key += 2)
            {
                if (_keys[key + 1] == keyLength && SameBytes(_keys[key], keyStart, keyLength)) return true;
            }

            return false;
        }

        if (seen is null)
        {
            seen = new HashSet<string>(StringComparer.Ordinal);
            for (var key = keysBase; key < _keyCount; key += 2) seen.Add(Encoding.ASCII.GetString(_output, _keys[key], _keys[key + 1]));
        }

        return !seen.Add(Encoding.ASCII.GetString(_output, keyStart, keyLength));
    }

    private bool IsIndexKey(int index, int keyStart, int keyLength)
    {
        // "0", "1", ... "10": the decimal digits of index between quotes, nothing else (PHP's integer keys).
        var digits = 1;
        for (var rest = index / 10; rest > 0; rest /= 10) digits++;
        if (keyLength != digits + 2) return false;
        for (var at = keyStart + digits; at > keyStart; at--, index /= 10)
        {
            if (_output[at] != '0' + (index % 10)) return false;
        }

        return true;
    }

    private bool SameBytes(int start, int length, byte[] expected)
    {
        if (length != expected.Length) return false;
        for (var i = 0; i < length; i++)
        {
            if (_output[start + i] != expected[i]) return false;
        }

        return true;
    }

    private bool SameBytes(int left, int right, int length)
    {
        for (var i = 0; i < length; i++)
        {
            if (_output[left + i] != _output[right + i]) return false;
        }

        return true;
    }

    private void PushKey(int start, int length)
    {
        if (_keyCount + 2 > _keys.Length) Array.Resize(ref _keys, _keys.Length * 2);
        _keys[_keyCount++] = start;
        _keys[_keyCount++] = length;
    }

    private void SkipWhitespace()
    {
        while (_position < _text.Length && _text[_position] is ' ' or '\t' or '\n' or '\r') _position++;
    }

    private char Peek() => _position < _text.Length ? _text[_position] : '\0';

    private static string Shorten(string text) => text.Length <= 40 ? text : text.Substring(0, 40) + "...";

    private bool Fail(string error)
    {
        _error ??= error;
        return false;
    }
}
