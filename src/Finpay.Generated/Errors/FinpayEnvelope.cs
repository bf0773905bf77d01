using System.Globalization;
using Finpay.Generated.Diagnostics;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Finpay.Generated.Errors;

/// <summary>The parts of Finpay's answer every response shares: <c>responseCode</c>, <c>responseMessage</c>, <c>traceId</c>.</summary>
internal sealed class FinpayEnvelope
{
    private FinpayEnvelope(bool isJsonObject, string? responseCode, string? responseMessage, string? traceId)
    {
        IsJsonObject = isJsonObject;
        ResponseCode = responseCode;
        ResponseMessage = responseMessage;
        TraceId = traceId;
    }

    /// <summary>Whether the body is one well-formed JSON object.</summary>
    public bool IsJsonObject { get; }

    public string? ResponseCode { get; }

    public string? ResponseMessage { get; }

    public string? TraceId { get; }

    public static FinpayEnvelope Read(string? body)
    {
        if (string.IsNullOrWhiteSpace(body)) return new FinpayEnvelope(false, null, null, null);
        try
        {
            if (SecretRedactor.Parse(body!) is not JObject obj) return new FinpayEnvelope(false, null, null, null);
            return new FinpayEnvelope(true, Text(obj["responseCode"]), Text(obj["responseMessage"]), Text(obj["traceId"]));
        }
        catch (JsonException)
        {
            return new FinpayEnvelope(false, null, null, null);
        }
    }

    private static string? Text(JToken? token) => token is JValue { Value: { } value } ? System.Convert.ToString(value, CultureInfo.InvariantCulture) : null;
}
