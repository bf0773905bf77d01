using System;
using Finpay.Generated.Diagnostics;
using Finpay.Generated.Values;

namespace Finpay.Generated.Errors;

/// <summary>Builds the <see cref="FinpayApiException"/> for an answer that is not a success, with secrets already removed.</summary>
internal static class FinpayErrors
{
    public const int MaxBodyChars = 2048;

    private const int MaxMessageChars = 500;

    public static FinpayApiException FromResponse(string operation, int statusCode, string? body, string? problem = null)
    {
        var envelope = FinpayEnvelope.Read(body);
        var responseMessage = envelope.ResponseMessage is null ? null : SecretRedactor.RedactText(envelope.ResponseMessage);
        var code = envelope.ResponseCode is null ? default(ResponseCode?) : new ResponseCode(envelope.ResponseCode);

        string message;
        if (problem is not null)
            message = $"Finpay answered {operation} with {statusCode} and a body the SDK could not read: {problem}.";
        else if (!envelope.IsJsonObject)
            message = $"Finpay answered {operation} with {statusCode} and a body that is not Finpay's JSON ({Describe(body)}).";
        else if (code is null)
            message = $"Finpay answered {operation} with {statusCode} and JSON without a responseCode.";
        else
            message = $"Finpay answered {operation} with {statusCode}, responseCode {code}: {Shorten(responseMessage) ?? "(no responseMessage)"}.";
        var traceId = envelope.TraceId is null ? null : SecretRedactor.RedactText(envelope.TraceId);
        if (traceId is not null) message += $" Trace id {Shorten(traceId)}.";

        return new FinpayApiException(message, statusCode, code, responseMessage, traceId, SecretRedactor.RedactBody(body, MaxBodyChars));
    }

    /// <summary>Finpay's messages are at most 500 characters; a longer one must not make the exception message unbounded.</summary>
    private static string? Shorten(string? text) =>
        text is null || text.Length <= MaxMessageChars ? text : text.Substring(0, MaxMessageChars) + "…(truncated)";

    private static string Describe(string? body)
    {
        if (string.IsNullOrWhiteSpace(body)) return "empty";
        var start = body!.TrimStart();
        return start.StartsWith("<", StringComparison.Ordinal) ? "HTML or XML"
            : start.StartsWith("{", StringComparison.Ordinal) || start.StartsWith("[", StringComparison.Ordinal) ? "malformed or truncated JSON"
            : "text";
    }
}
