using System;
using System.Globalization;

namespace Finpay.Generated.Callbacks;

/// <summary>Strings and numbers, decoded from the body and written back the way PHP's <c>json_encode</c> prints them.</summary>
internal sealed partial class PhpJsonCanonicalizer
{
    private const string LongMax = "9223372036854775807";
    private const string LongMinMagnitude = "9223372036854775808";
    private const string HexDigits = "0123456789abcdef";

    // Decodes the string at the opening quote and writes PHP's encoding of it, quotes included.
    private bool ReadString()
    {
        _position++; // opening quote
        WriteByte((byte)'"');
        var pendingHigh = false;
        while (true)
        {
            if (_position >= _text.Length) return Fail("a string is not terminated");
            var c = _text[_position++];
            if (c == '"') break;
            if (c < 0x20) return Fail($"an unescaped control character in a string at character {_position - 1}");
            if (c == '\\')
            {
                if (_position >= _text.Length) return Fail("a string is not terminated");
                var escape = _text[_position++];
                switch (escape)
                {
                    case '"': c = '"'; break;
                    case '\\': c = '\\'; break;
                    case '/': c = '/'; break;
                    case 'b': c = '\b'; break;
                    case 'f': c = '\f'; break;
                    case 'n': c = '\n'; break;
                    case 'r': c = '\r'; break;
                    case 't': c = '\t'; break;
                    case 'u':
                        if (!TryReadHexUnit(out c)) return Fail($"a malformed \\u escape at character {_position - 2}");
                        break;
                    default:
                        return Fail($"an unknown escape '\\{escape}' at character {_position - 2}");
                }
            }

            // PHP refuses strings with an unpaired UTF-16 surrogate, raw or escaped.
            if (pendingHigh)
            {
                if (!char.IsLowSurrogate(c)) return Fail("a string holds an unpaired UTF-16 surrogate");
                pendingHigh = false;
            }
            else if (char.IsHighSurrogate(c))
            {
                pendingHigh = true;
            }
            else if (char.IsLowSurrogate(c))
            {
                return Fail("a string holds an unpaired UTF-16 surrogate");
            }

            WriteEncodedChar(c);
        }

        if (pendingHigh) return Fail("a string holds an unpaired UTF-16 surrogate");
        WriteByte((byte)'"');
        return true;
    }

    private bool TryReadHexUnit(out char unit)
    {
        unit = '\0';
        if (_position + 4 > _text.Length) return false;
        var value = 0;
        for (var i = 0; i < 4; i++)
        {
            var c = _text[_position + i];
            var digit = c >= '0' && c <= '9' ? c - '0' :
                c >= 'a' && c <= 'f' ? c - 'a' + 10 :
                c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (digit < 0) return false;
            value = (value << 4) | digit;
        }

        _position += 4;
        unit = (char)value;
        return true;
    }

    private void WriteEncodedChar(char c)
    {
        switch (c)
        {
            case '"': WriteByte((byte)'\\'); WriteByte((byte)'"'); break;
            case '\\': WriteByte((byte)'\\'); WriteByte((byte)'\\'); break;
            case '/': WriteByte((byte)'\\'); WriteByte((byte)'/'); HasSlash = true; break;
            case '\b': WriteByte((byte)'\\'); WriteByte((byte)'b'); break;
            case '\f': WriteByte((byte)'\\'); WriteByte((byte)'f'); break;
            case '\n': WriteByte((byte)'\\'); WriteByte((byte)'n'); break;
            case '\r': WriteByte((byte)'\\'); WriteByte((byte)'r'); break;
            case '\t': WriteByte((byte)'\\'); WriteByte((byte)'t'); break;
            default:
                if (c < 0x20 || c > 0x7f)
                {
                    if (c > 0x7f && c != LineSeparator && c != ParagraphSeparator) HasUnescapableUnicode = true;
                    WriteByte((byte)'\\');
                    WriteByte((byte)'u');
                    WriteByte((byte)HexDigits[c >> 12]);
                    WriteByte((byte)HexDigits[(c >> 8) & 0xf]);
                    WriteByte((byte)HexDigits[(c >> 4) & 0xf]);
                    WriteByte((byte)HexDigits[c & 0xf]);
                }
                else
                {
                    WriteByte((byte)c);
                }

                break;
        }
    }

    private bool ReadNumber()
    {
        var start = _position;
        var isInteger = true;
        if (Peek() == '-') _position++;
        var digitsStart = _position;
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

        var digitsEnd = _position;
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

        // PHP keeps integers that fit in 64 bits as written (the grammar allows no leading zeros; -0 is the integer 0)
        // and turns every other number into a double.
        var negative = digitsStart > start;
        if (isInteger && FitsInLong(digitsStart, digitsEnd - digitsStart, negative))
        {
            if (negative && digitsEnd - digitsStart == 1 && _text[digitsStart] == '0') start = digitsStart;
            for (var i = start; i < _position; i++) WriteByte((byte)_text[i]);
            return true;
        }

        var token = _text.Substring(start, _position - start);
        var value = double.Parse(token, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (double.IsInfinity(value)) return Fail($"the number {Shorten(token)} is too large for PHP to encode");
        WriteAscii(PhpDoubleFormat.Format(value));
        return true;
    }

    private bool FitsInLong(int digitsStart, int digitCount, bool negative)
    {
        if (digitCount < LongMax.Length) return true;
        if (digitCount > LongMax.Length) return false;
        return string.CompareOrdinal(_text, digitsStart, negative ? LongMinMagnitude : LongMax, 0, digitCount) <= 0;
    }

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private void WriteAscii(string text)
    {
        foreach (var c in text) WriteByte((byte)c);
    }

    private void WriteByte(byte value)
    {
        if (_length == _output.Length) Array.Resize(ref _output, _output.Length * 2);
        _output[_length++] = value;
    }
}
