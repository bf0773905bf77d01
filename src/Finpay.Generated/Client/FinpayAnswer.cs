using System;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Finpay.Generated.Errors;
using Finpay.Generated.Http;
using Finpay.Generated.Serialization;
using Finpay.Generated.Values;
using Newtonsoft.Json;

namespace Finpay.Generated.Client;

/// <summary>
/// Finpay's answer to one call, read once by the client: a success (a 200 with <c>responseCode</c> <c>2000000</c> and a
/// body of the operation's type) becomes the typed result, anything else the <see cref="FinpayApiException"/> that says why.
/// </summary>
internal readonly struct FinpayAnswer
{
    private FinpayAnswer(int statusCode, ArraySegment<byte> body)
    {
        StatusCode = statusCode;
        Body = body;
        ResponseCode = ResponseCodeScanner.Find(body);
    }

    public int StatusCode { get; }

    /// <summary>The body, already read within <c>FinpayOptions.MaxResponseBodyBytes</c> by the per-attempt handler.</summary>
    public ArraySegment<byte> Body { get; }

    /// <summary>The envelope's <c>responseCode</c>, found without parsing the whole body.</summary>
    public string? ResponseCode { get; }

    public static async Task<FinpayAnswer> ReadAsync(HttpResponseMessage response)
    {
        var body = response.Content switch
        {
            BufferedContent buffered => buffered.Body,
            null => new ArraySegment<byte>(Array.Empty<byte>()),
            // Only when a user's handler replaced the SDK's buffered body.
            var other => new ArraySegment<byte>(await other.ReadAsByteArrayAsync().ConfigureAwait(false)),
        };
        return new FinpayAnswer((int)response.StatusCode, body);
    }

    /// <summary>The typed answer of <paramref name="operation"/>.</summary>
    /// <exception cref="FinpayApiException">The answer is not a success, or cannot be read as one.</exception>
    public T Read<T>(string operation) where T : class
    {
        if (StatusCode is < 200 or > 299 || ResponseCode != Values.ResponseCode.Success.ToString())
            throw FinpayErrors.FromResponse(operation, StatusCode, Text());
        if (StatusCode != 200)
            throw FinpayErrors.FromResponse(operation, StatusCode, Text(), $"status {StatusCode}, which this operation does not answer with");
        T? result;
        try
        {
            result = (T?)WireJson.Deserialize(Body, typeof(T));
        }
        catch (JsonException json)
        {
            throw FinpayErrors.FromResponse(operation, StatusCode, Text(), $"a value has the wrong type or a required member is missing{FinpayErrors.At(json)}");
        }
        catch (Exception exception) when (exception is NullReferenceException or InvalidCastException or FormatException or OverflowException)
        {
            throw new FinpayApiException($"Finpay's answer to {operation} could not be read.", 0, null, null, null, string.Empty);
        }

        return result ?? throw FinpayErrors.FromResponse(operation, StatusCode, Text(), "the body is empty or JSON null");
    }

    public string Text() => Text(Body);

    public static string Text(ArraySegment<byte> bytes) => Encoding.UTF8.GetString(bytes.Array!, bytes.Offset, bytes.Count);
}
