using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Finpay.Generated.Diagnostics;

/// <summary>
/// Hides secrets (card tokens, card numbers, CVVs, keys) in bodies and text before they reach a log, a span or an exception.
/// Errs on the side of hiding: any 32+ hex run and any Luhn-valid 12–19 digit run is treated as a secret.
/// </summary>
internal static class SecretRedactor
{
    public const string Mask = "***";

    private static readonly HashSet<string> SecretNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "token", "cardToken", "number", "cardNumber", "pan", "cvv", "cvv2", "cvc", "securityCode", "merchantKey", "key",
        "password", "secret", "authorization",
    };

    private static readonly Regex SecretProperty = new(
        "\"(token|cardToken|number|cardNumber|pan|cvv|cvv2|cvc|securityCode|merchantKey|key|password|secret|authorization)\"\\s*:\\s*(\"(?:[^\"\\\\]|\\\\.)*\"?|[0-9]+)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // A CVV named in prose ("invalid cvv 123"): three or four digits are too common to mask on their own.
    private static readonly Regex CvvInText = new(
        "(?<label>\\b(?:cvv2?|cvc2?|cvn|cid|security\\s*code)\\b[^0-9a-zA-Z]{0,3})[0-9]{3,4}(?![0-9])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex HexRun = new("[0-9a-fA-F]{32,}", RegexOptions.CultureInvariant);

    private static readonly Regex DigitRun = new("(?<![0-9])[0-9](?:[ -]?[0-9]){11,18}(?![0-9])", RegexOptions.CultureInvariant);

    /// <summary>A body for a log or an exception: JSON with secret members masked, or text with secret-looking runs masked; at most <paramref name="maxChars"/>.</summary>
    public static string RedactBody(string? body, int maxChars)
    {
        if (string.IsNullOrEmpty(body)) return string.Empty;
        string redacted;
        try
        {
            var token = Parse(body!);
            Redact(token);
            redacted = token.ToString(Formatting.None);
        }
        catch (JsonException)
        {
            redacted = RedactText(body!);
        }

        return redacted.Length <= maxChars ? redacted : redacted.Substring(0, maxChars) + "…(truncated)";
    }

    /// <summary>Free text (an HTML page, truncated JSON, a message) with secret-looking parts masked.</summary>
    public static string RedactText(string text)
    {
        var result = SecretProperty.Replace(text, m => "\"" + m.Groups[1].Value + "\":\"" + Mask + "\"");
        result = HexRun.Replace(result, Mask);
        result = CvvInText.Replace(result, m => m.Groups["label"].Value + Mask);
        return DigitRun.Replace(result, m => IsLuhnValid(m.Value) ? Mask : m.Value);
    }

    /// <summary>Whether a single value (a path segment, a JSON string) looks like a card token or a card number.</summary>
    public static bool LooksSecret(string value) => HexRun.IsMatch(value) || DigitRun.Matches(value).Cast<Match>().Any(m => IsLuhnValid(m.Value));

    internal static JToken Parse(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { MaxDepth = 64, DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Decimal };
        var token = JToken.ReadFrom(reader);
        // Trailing garbage after the first value is a broken body, not JSON.
        if (reader.Read() && reader.TokenType != JsonToken.Comment)
            throw new JsonReaderException("Additional text after the JSON value.");
        return token;
    }

    private static void Redact(JToken token)
    {
        switch (token)
        {
            case JObject obj:
                foreach (var property in obj.Properties().ToList())
                {
                    if (SecretNames.Contains(property.Name) && property.Value.Type != JTokenType.Null)
                        property.Value = Mask;
                    else
                        Redact(property.Value);
                }

                break;
            case JArray array:
                foreach (var item in array) Redact(item);
                break;
            case JValue { Type: JTokenType.String or JTokenType.Integer } value when LooksSecret(Convert.ToString(value.Value, System.Globalization.CultureInfo.InvariantCulture) ?? ""):
                value.Value = Mask;
                break;
            case JValue { Type: JTokenType.String, Value: string text } value when CvvInText.IsMatch(text):
                value.Value = CvvInText.Replace(text, m => m.Groups["label"].Value + Mask);
                break;
        }
    }

    private static bool IsLuhnValid(string candidate)
    {
        var digits = new StringBuilder(candidate.Length);
        foreach (var c in candidate)
            if (c >= '0' && c <= '9') digits.Append(c);
        if (digits.Length < 12 || digits.Length > 19) return false;
        var sum = 0;
        var doubleIt = false;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var d = digits[i] - '0';
            if (doubleIt)
            {
                d *= 2;
                if (d > 9) d -= 9;
            }

            sum += d;
            doubleIt = !doubleIt;
        }

        return sum % 10 == 0;
    }
}
