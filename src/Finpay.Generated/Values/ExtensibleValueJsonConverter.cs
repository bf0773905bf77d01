using System;
using Newtonsoft.Json;

namespace Finpay.Generated.Values;

/// <summary>Writes the open-set value structs as their plain string and reads any string into them, known or not.</summary>
internal sealed class ExtensibleValueJsonConverter : JsonConverter
{
    public override bool CanConvert(Type objectType) => objectType.IsValueType;

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        var underlying = Nullable.GetUnderlyingType(objectType);
        if (reader.TokenType == JsonToken.Null)
        {
            if (underlying is not null) return null;
            throw new JsonSerializationException($"Expected a string at '{reader.Path}', found null.");
        }

        var text = reader.TokenType switch
        {
            JsonToken.String => (string)reader.Value!,
            // A code Finpay sends as a number (2000000) keeps its digits.
            JsonToken.Integer or JsonToken.Float => Convert.ToString(reader.Value, System.Globalization.CultureInfo.InvariantCulture)!,
            _ => throw new JsonSerializationException($"Expected a string at '{reader.Path}', found {reader.TokenType}."),
        };
        return Activator.CreateInstance(underlying ?? objectType, text);
    }

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        if (value is null) writer.WriteNull();
        else writer.WriteValue(value.ToString());
    }
}
