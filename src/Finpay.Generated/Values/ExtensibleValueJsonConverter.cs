using System;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using Newtonsoft.Json;

namespace Finpay.Generated.Values;

/// <summary>Writes the open-set value structs as their plain string and reads any string into them, known or not.</summary>
internal sealed class ExtensibleValueJsonConverter : JsonConverter
{
    // Every answer carries several open-set values (responseCode, status, currency, ...): each struct's string constructor is
    // compiled into a delegate once, instead of being looked up and bound by reflection for every value read.
    private static readonly ConcurrentDictionary<Type, Func<string, object>> Factories = new();

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
        return Factories.GetOrAdd(underlying ?? objectType, CompileFactory)(text);
    }

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        if (value is null) writer.WriteNull();
        else writer.WriteValue(value.ToString());
    }

    private static Func<string, object> CompileFactory(Type type)
    {
        var constructor = type.GetConstructor(new[] { typeof(string) })
                          ?? throw new JsonSerializationException($"{type.Name} has no constructor taking the wire string.");
        var text = Expression.Parameter(typeof(string), "text");
        return Expression.Lambda<Func<string, object>>(Expression.Convert(Expression.New(constructor, text), typeof(object)), text).Compile();
    }
}
