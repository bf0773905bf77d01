using Finpay.Generated.Values;

namespace Finpay.Generated.Errors;

/// <summary>
/// Finpay answered, but not with success: a non-2xx status (with or without Finpay's error envelope), a 200 whose
/// <c>responseCode</c> is not <see cref="Values.ResponseCode.Success"/>, or a body the SDK could not read (HTML, truncated or wrongly typed JSON, too large).
/// </summary>
public sealed class FinpayApiException : FinpayException
{
    /// <summary>Creates the exception; <paramref name="body"/> must already be truncated and redacted.</summary>
    public FinpayApiException(string message, int statusCode, ResponseCode? responseCode, string? responseMessage, string? traceId, string body)
        : base(message)
    {
        StatusCode = statusCode;
        ResponseCode = responseCode;
        ResponseMessage = responseMessage;
        TraceId = traceId;
        Body = body;
    }

    /// <summary>The HTTP status Finpay answered with.</summary>
    public int StatusCode { get; }

    /// <summary>Finpay's seven-digit response code, when the body carried one.</summary>
    public ResponseCode? ResponseCode { get; }

    /// <summary>Finpay's explanation (<c>responseMessage</c>), when the body carried one, redacted.</summary>
    public string? ResponseMessage { get; }

    /// <summary>Finpay's trace id, when the body carried one; quote it to Finpay's support.</summary>
    public string? TraceId { get; }

    /// <summary>The start of the response body, with card tokens, card numbers, CVVs and keys replaced by <c>***</c>.</summary>
    public string Body { get; }
}
