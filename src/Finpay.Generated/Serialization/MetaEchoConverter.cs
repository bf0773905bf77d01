using System;
using Newtonsoft.Json;

namespace Finpay.Generated.Serialization;

/// <summary>
/// Reads the numbers inside the echoed, free-form <c>meta.data</c> as doubles, as Finpay's PHP decodes them, so a number beyond
/// decimal's range (valid JSON) does not make a whole status answer or callback unreadable. Amounts elsewhere stay decimals.
/// </summary>
internal sealed class MetaEchoConverter : JsonConverter
{
    public override bool CanWrite => false;

    public override bool CanConvert(Type objectType) => objectType == typeof(MetaEcho);

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        if (reader.TokenType == JsonToken.Null) return null;
        if (reader.TokenType != JsonToken.StartObject)
            throw new JsonSerializationException($"Expected an object at '{reader.Path}', found {reader.TokenType}.");

        var numbers = reader.FloatParseHandling;
        reader.FloatParseHandling = FloatParseHandling.Double;
        try
        {
            var echo = existingValue as MetaEcho ?? new MetaEcho();
            serializer.Populate(reader, echo);
            return echo;
        }
        finally
        {
            reader.FloatParseHandling = numbers;
        }
    }

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer) =>
        throw new NotSupportedException("MetaEcho is written by the default contract.");
}
