using System;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Finpay.Generated.ContractTests.Dsl;

/// <summary>Turns body descriptions (anonymous objects, dictionaries, matchers) into the JSON pact_ffi reads.</summary>
internal static class PactJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        // Regexes are full of '+' and '\'; keep them readable in the pact file.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new MatcherConverter() },
    };

    public static JsonNode? ToNode(object? value) => value switch
    {
        null => null,
        JsonNode node => node.DeepClone(),
        Matcher matcher => matcher.ToJson(),
        _ => JsonSerializer.SerializeToNode(value, value.GetType(), Options),
    };

    public static string Serialize(object? value) => ToNode(value)?.ToJsonString(Options) ?? "null";

    private sealed class MatcherConverter : JsonConverter<Matcher>
    {
        public override Matcher Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("Matchers are written into pacts, never read back.");

        public override void Write(Utf8JsonWriter writer, Matcher value, JsonSerializerOptions options) =>
            value.ToJson().WriteTo(writer, options);
    }
}
