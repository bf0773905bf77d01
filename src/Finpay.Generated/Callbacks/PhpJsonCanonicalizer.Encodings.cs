using System;

namespace Finpay.Generated.Callbacks;

/// <summary>
/// The payload under PHP's other <c>json_encode</c> flags, derived from the default encoding: <c>\/</c> back to <c>/</c>
/// (JSON_UNESCAPED_SLASHES) and <c>\uXXXX</c> above ASCII back to UTF-8 (JSON_UNESCAPED_UNICODE; PHP keeps U+2028 and
/// U+2029 escaped unless JSON_UNESCAPED_LINE_TERMINATORS is also given, which no known verifier does).
/// </summary>
internal sealed partial class PhpJsonCanonicalizer
{
    private const char LineSeparator = '\u2028';
    private const char ParagraphSeparator = '\u2029';

    private byte[] _variant = new byte[2048];

    /// <summary>Whether a string (key or value) holds <c>/</c>: only then does JSON_UNESCAPED_SLASHES change the bytes.</summary>
    public bool HasSlash { get; private set; }

    /// <summary>Whether a string holds a character JSON_UNESCAPED_UNICODE writes as UTF-8: only then does that flag change the bytes.</summary>
    public bool HasUnescapableUnicode { get; private set; }

    /// <summary>Whether <paramref name="encoding"/> gives other bytes than PHP's default for this payload.</summary>
    public bool Differs(CallbackEncoding encoding) => encoding switch
    {
        CallbackEncoding.UnescapedSlashes => HasSlash,
        CallbackEncoding.UnescapedUnicode => HasUnescapableUnicode,
        CallbackEncoding.UnescapedSlashesAndUnicode => HasSlash && HasUnescapableUnicode,
        _ => false,
    };

    /// <summary>Writes the payload under <paramref name="encoding"/> into a buffer owned by this instance; valid until the next call.</summary>
    public byte[] Variant(CallbackEncoding encoding, out int length)
    {
        var slashes = encoding is CallbackEncoding.UnescapedSlashes or CallbackEncoding.UnescapedSlashesAndUnicode;
        var unicode = encoding is CallbackEncoding.UnescapedUnicode or CallbackEncoding.UnescapedSlashesAndUnicode;
        // Unescaping never lengthens the text: \/ is 2 bytes for 1, \uXXXX is 6 for at most 3, a pair is 12 for 4.
        if (_variant.Length < _length) _variant = new byte[_output.Length];
        var write = 0;
        var read = 0;
        while (read < _length)
        {
            var b = _output[read];
            if (b != '\\')
            {
                _variant[write++] = b;
                read++;
                continue;
            }

            var escape = _output[read + 1];
            if (escape == '/' && slashes)
            {
                _variant[write++] = (byte)'/';
                read += 2;
            }
            else if (escape == 'u' && unicode && HexUnit(read) is var unit && unit > 0x7f && unit != LineSeparator && unit != ParagraphSeparator)
            {
                int codePoint = unit;
                read += 6;
                // The canonicalizer only writes surrogates in pairs, high first.
                if (char.IsHighSurrogate(unit))
                {
                    codePoint = char.ConvertToUtf32(unit, HexUnit(read));
                    read += 6;
                }

                write = WriteUtf8(codePoint, write);
            }
            else
            {
                // Every other escape (\\, \", \n, \u00XX controls, and the flags not asked for) stays as written.
                _variant[write++] = b;
                _variant[write++] = escape;
                read += 2;
            }
        }

        length = write;
        return _variant;
    }

    private char HexUnit(int backslash)
    {
        var value = 0;
        for (var i = backslash + 2; i < backslash + 6; i++)
        {
            var c = _output[i];
            value = (value << 4) | (c <= '9' ? c - '0' : c - 'a' + 10);
        }

        return (char)value;
    }

    private int WriteUtf8(int codePoint, int write)
    {
        if (codePoint < 0x800)
        {
            _variant[write++] = (byte)(0xC0 | (codePoint >> 6));
        }
        else if (codePoint < 0x10000)
        {
            _variant[write++] = (byte)(0xE0 | (codePoint >> 12));
            _variant[write++] = (byte)(0x80 | ((codePoint >> 6) & 0x3F));
        }
        else
        {
            _variant[write++] = (byte)(0xF0 | (codePoint >> 18));
            _variant[write++] = (byte)(0x80 | ((codePoint >> 12) & 0x3F));
            _variant[write++] = (byte)(0x80 | ((codePoint >> 6) & 0x3F));
        }

        _variant[write++] = (byte)(0x80 | (codePoint & 0x3F));
        return write;
    }
}
