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

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        switch (reader.TokenType)
        {
            case JsonToken.Null when objectType == typeof(decimal?):
                return null;
            case JsonToken.Integer:
            case JsonToken.Float:
                return Convert.ToDecimal(reader.Value, CultureInfo.InvariantCulture);
            case JsonToken.String when decimal.TryParse((string?)reader.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed):
                return parsed;
            default:
                var line = reader as IJsonLineInfo;
                throw new JsonSerializationException(
                    $"Expected an amount (a number or a string of digits) at '{reader.Path}', found {reader.TokenType}.",
                    reader.Path, line?.LineNumber ?? 0, line?.LinePosition ?? 0, null);
        }
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
