using System;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Finpay.Generated;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Finpay.Sandbox.Callbacks;

/// <summary>
/// Signs a callback as Finpay's PHP does: <c>hash_hmac('sha512', json_encode($payload), $merchantKey)</c>, then the body is
/// the payload with <c>"signature"</c> added last. Written independently of the SDK's <c>FinpayCallbackSigner</c>, so the
/// SDK's verifier is tested against another implementation, not against itself.
/// </summary>
internal static class SandboxCallbackSigner
{
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        NullValueHandling = NullValueHandling.Ignore,
        DateParseHandling = DateParseHandling.None,
    });

    public static string Sign(Callback callback, string merchantKey)
    {
        var payload = JObject.FromObject(callback, Serializer);
        payload.Remove("signature");
        var encoded = PhpJsonEncoder.Encode(payload);
        var signature = Convert.ToHexString(HMACSHA512.HashData(Encoding.UTF8.GetBytes(merchantKey), Encoding.UTF8.GetBytes(encoded))).ToLower(CultureInfo.InvariantCulture);
        var member = "\"signature\":\"" + signature + "\"";
        return encoded.Length == 2 ? "{" + member + "}" : encoded[..^1] + "," + member + "}";
    }
}
