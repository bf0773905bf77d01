using System;
using System.Globalization;
using System.Text;
using Newtonsoft.Json.Linq;

namespace Finpay.Sandbox.Callbacks;

/// <summary>
/// PHP's <c>json_encode($value)</c> with default flags, written here from PHP's rules rather than taken from the SDK, so a
/// canonicalisation bug in the SDK's verifier shows as a failed test instead of agreeing with itself: compact, members in
/// the order given, <c>/</c> escaped as <c>\/</c>, every non-ASCII character as <c>\uXXXX</c> (lower-case hex, surrogate
/// pairs for characters beyond the BMP), floats as PHP 7.1+ prints doubles (<c>serialize_precision = -1</c>: the shortest
/// form that reads back, no <c>.0</c> on whole numbers, <c>1.0e+25</c> and <c>1.0e-5</c> outside php_gcvt's plain range).
/// </summary>
internal static class PhpJsonEncoder
{
    public static string Encode(JToken value)
    {
        var text = new StringBuilder();
        Write(text, value);
        return text.ToString();
    }

    private static void Write(StringBuilder text, JToken value)
    {
        switch (value.Type)
        {
            case JTokenType.Object:
                text.Append('{');
                var first = true;
                foreach (var property in ((JObject)value).Properties())
                {
                    if (!first) text.Append(',');
                    first = false;
                    WriteString(text, property.Name);
                    text.Append(':');
                    Write(text, property.Value);
                }

                text.Append('}');
                return;
            case JTokenType.Array:
                text.Append('[');
                for (var i = 0; i < ((JArray)value).Count; i++)
                {
                    if (i > 0) text.Append(',');
                    Write(text, value[i]!);
                }

                text.Append(']');
                return;
            case JTokenType.Integer:
                text.Append(((JValue)value).ToString(CultureInfo.InvariantCulture));
                return;
            case JTokenType.Float:
                text.Append(PhpDouble(Convert.ToDouble(((JValue)value).Value, CultureInfo.InvariantCulture)));
                return;
            case JTokenType.Boolean:
                text.Append((bool)value ? "true" : "false");
                return;
            case JTokenType.Null:
            case JTokenType.Undefined:
                text.Append("null");
                return;
            default:
                WriteString(text, (string)value!);
                return;
        }
    }

    private static void WriteString(StringBuilder text, string value)
    {
        text.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '/': text.Append("\\/"); break;
                case '\b': text.Append("\\b"); break;
                case '\f': text.Append("\\f"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                default:
                    // UTF-16 code units are exactly what PHP writes for non-ASCII: one \u per unit, pairs for astral characters.
                    if (c < 0x20 || c > 0x7E) text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else text.Append(c);
                    break;
            }
        }

        text.Append('"');
    }

    private static string PhpDouble(double value)
    {
        if (value == 0) return value.ToString("R", CultureInfo.InvariantCulture) == "-0" ? "-0" : "0";
        // php_gcvt(value, 17, '.', 'e'): shortest round-trip digits; exponent notation when the decimal point would sit
        // more than 3 places left of the first digit or more than 17 right of it.
        var magnitude = Math.Abs(value);
        var exponent = (int)Math.Floor(Math.Log10(magnitude));
        if (magnitude < Math.Pow(10, exponent)) exponent--;
        else if (magnitude >= Math.Pow(10, exponent + 1)) exponent++;
        var decpt = exponent + 1;
        var shortest = value.ToString("R", CultureInfo.InvariantCulture);
        if (decpt < -3 || decpt > 17)
        {
            var e = shortest.IndexOf('E', StringComparison.Ordinal);
            var digits = (e < 0 ? shortest : shortest[..e]).Replace("-", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal).Trim('0');
            if (digits.Length == 0) digits = "1";
            var body = digits[..1] + "." + (digits.Length > 1 ? digits[1..] : "0");
            return (value < 0 ? "-" : "") + body + "e" + (exponent < 0 ? "-" : "+") + Math.Abs(exponent).ToString(CultureInfo.InvariantCulture);
        }

        // Plain notation, and no ".0" on a whole number (that needs JSON_PRESERVE_ZERO_FRACTION, which Finpay does not pass).
        return decimal.Parse(shortest, NumberStyles.Float, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture) switch
        {
            var plain when plain.Contains('.', StringComparison.Ordinal) => plain.TrimEnd('0').TrimEnd('.'),
            var plain => plain,
        };
    }
}
