using System;
using Newtonsoft.Json;

namespace Finpay.Generated.Serialization;

/// <summary>
/// Writes an amount as the string of digits the spec asks for in requests (<c>"1000"</c>, as in Finpay's samples) and reads
/// it as <see cref="PlainDecimalConverter"/> does, from a string or a number. <see cref="FinpayContractResolver"/> puts it on
/// the decimal properties the spec declares as strings.
/// </summary>
internal sealed class DigitStringAmountConverter : JsonConverter
{
    public static readonly DigitStringAmountConverter Instance = new();

    public override bool CanConvert(Type objectType) => objectType == typeof(decimal) || objectType == typeof(decimal?);

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer) =>
        PlainDecimalConverter.Read(reader, objectType);

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        if (value is null)
            writer.WriteNull();
        else
            writer.WriteValue(AmountText.Format((decimal)value));
    }
}
