using System.Linq;
using Newtonsoft.Json;

namespace Finpay.Generated.Serialization;

/// <summary>
/// The JSON settings the SDK uses on the wire, in one place, so the client, the callback verifier and the tests serialize
/// exactly alike.
/// </summary>
public static class FinpayJson
{
    /// <summary>Settings shared by every serializer call. Treat as read-only.</summary>
    public static JsonSerializerSettings Settings { get; } = Create();

    private static readonly JsonSerializer Serializer = JsonSerializer.Create(Settings);

    /// <summary>Serializes a DTO to compact JSON as the client sends it.</summary>
    public static string Serialize(object value) => JsonConvert.SerializeObject(value, Settings);

    /// <summary>Deserializes JSON into a DTO with the client's settings.</summary>
    public static T? Deserialize<T>(string json) => JsonConvert.DeserializeObject<T>(json, Settings);

    /// <summary>The shared serializer instance, for streaming reads and writes.</summary>
    public static JsonSerializer SharedSerializer => Serializer;

    /// <summary>Applies the SDK's settings to an existing settings object (used by the generated client).</summary>
    public static void Apply(JsonSerializerSettings settings)
    {
        // Strings such as expiryLink ("2023-07-15 14:42:01") stay strings inside free-form data; amounts keep every digit.
        settings.DateParseHandling = DateParseHandling.None;
        settings.FloatParseHandling = FloatParseHandling.Decimal;
        settings.Formatting = Formatting.None;
        // A hostile response must not be able to nest deeply enough to exhaust the stack.
        settings.MaxDepth = 64;
        // "{...}{...}" or "{...}<html>" is a broken answer, not the first object: a payment answer must not be half-read.
        settings.CheckAdditionalContent = true;
        if (!settings.Converters.Any(c => c is PlainDecimalConverter))
            settings.Converters.Add(new PlainDecimalConverter());
        if (!settings.Converters.Any(c => c is MetaEchoConverter))
            settings.Converters.Add(new MetaEchoConverter());
    }

    private static JsonSerializerSettings Create()
    {
        var settings = new JsonSerializerSettings { ContractResolver = FinpayContractResolver.Instance };
        Apply(settings);
        return settings;
    }
}
