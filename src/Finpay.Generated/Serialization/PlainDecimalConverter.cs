using System;
using System.Globalization;
using Newtonsoft.Json;

namespace Finpay.Generated.Serialization;

/// <summary>
/// Writes amounts as Finpay does (<c>1000</c>, not Newtonsoft's default <c>1000.0</c>) and reads them from a JSON number or
/// from a string of digits, since Finpay's samples use both.
/// </summary>
internal sealed class PlainDecimalConverter : JsonConverter
{
    public override bool CanConvert(Type objectType) => objectType == typeof(decimal) || objectType == typeof(decimal?);

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer) =>
        Read(reader, objectType);

    /// <summary>An amount from a JSON number or a string of digits; null only where the type is nullable.</summary>
    public static object? Read(JsonReader reader, Type objectType)
    {
        switch (reader.TokenType)
        {
            case JsonToken.Null when objectType == typeof(decimal?):
                return null;
            case JsonToken.Integer:
            case JsonToken.Float:
                try
                {
                    return Convert.ToDecimal(reader.Value, CultureInfo.InvariantCulture);
                }
                catch (Exception exception) when (exception is InvalidCastException or OverflowException)
                {
                    // A number beyond decimal arrives as a BigInteger: an unreadable answer, not a crash of the serializer.
                    throw Unreadable(reader, $"The amount at '{reader.Path}' is out of range.", exception);
                }
            case JsonToken.String when decimal.TryParse((string?)reader.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed):
                return parsed;
            default:
                throw Unreadable(reader, $"Expected an amount (a number or a string of digits) at '{reader.Path}', found {reader.TokenType}.", null);
        }
    }

    private static JsonSerializationException Unreadable(JsonReader reader, string message, Exception? inner)
    {
        var line = reader as IJsonLineInfo;
        return new JsonSerializationException(message, reader.Path, line?.LineNumber ?? 0, line?.LinePosition ?? 0, inner);
    }

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        if (value is null)
        {
            writer.WriteNull();
            return;
        }

        writer.WriteRawValue(((decimal)value).ToString(CultureInfo.InvariantCulture));
    }
}
