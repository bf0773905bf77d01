using System;
using System.IO;
using System.Net.Http;
using System.Threading;
using Finpay.Generated.Diagnostics;
using Newtonsoft.Json;
using Finpay.Generated.Values;

namespace Finpay.Generated.Errors;

/// <summary>
/// Every failure as the caller sees it: the <see cref="FinpayApiException"/> for an answer that is not a success (secrets
/// already removed), and the <see cref="FinpayException"/> for a time-out, a broken connection or a request that cannot be
/// written. Used by the client, the one place where failures are translated.
/// </summary>
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

    /// <summary>An answer larger than <c>FinpayOptions.MaxResponseBodyBytes</c>: refused unread.</summary>
    public static FinpayApiException TooLarge(int statusCode, int maxBytes) => new(
        $"Finpay answered {statusCode} with a body larger than FinpayOptions.MaxResponseBodyBytes ({maxBytes} bytes); it was not read.",
        statusCode, responseCode: null, responseMessage: null, traceId: null, body: string.Empty);

    /// <summary>
    /// The exception the caller sees instead of <paramref name="exception"/>, or null to let it pass unchanged: a
    /// <see cref="FinpayException"/> (one raised by a user's handler too), an argument error, and the caller's own cancellation.
    /// </summary>
    public static Exception? FromException(string operation, Exception exception, CancellationToken cancellationToken)
    {
        switch (exception)
        {
            case FinpayException:
            case ArgumentException:
                return null;
            case OperationCanceledException when cancellationToken.IsCancellationRequested:
                return null;
            case TimeoutException:
            case OperationCanceledException:
                return new FinpayTimeoutException(
                    $"Finpay did not answer {operation} in time (FinpayOptions.Timeout per attempt, TotalTimeout in all).", exception);
            case HttpRequestException:
            case IOException:
                return new FinpayConnectionException(
                    $"The connection to Finpay failed during {operation}: {SecretRedactor.RedactText(exception.Message)}", exception);
            default:
                return null;
        }
    }

    /// <summary>What the caller sees when a request body cannot be written as JSON: the validation failure inside, or an argument error.</summary>
    public static Exception Unwritable(string operation, JsonException exception)
    {
        // A FinpayException wrapped by the serializer (a validation failure while writing the request) reaches the caller as itself.
        for (Exception? inner = exception; inner is not null; inner = inner.InnerException)
        {
            if (inner is FinpayException finpay) return finpay;
        }

        return new ArgumentException($"The {operation} request cannot be written as JSON{At(exception)}: a required member is missing or a value has the wrong type.");
    }

    /// <summary>Where in the JSON a reader or serializer failed, as " (at 'path')", or nothing.</summary>
    public static string At(JsonException json)
    {
        var path = json switch
        {
            JsonReaderException reader => reader.Path,
            JsonSerializationException serialization => serialization.Path,
            _ => null,
        };
        return string.IsNullOrEmpty(path) ? string.Empty : $" (at '{path}')";
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
