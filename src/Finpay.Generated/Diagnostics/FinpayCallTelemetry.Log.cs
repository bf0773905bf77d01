using System;
using Microsoft.Extensions.Logging;

namespace Finpay.Generated.Diagnostics;

/// <summary>The per-call log lines. Paths are redacted from the operation table; bodies appear only at Trace, redacted.</summary>
internal sealed partial class FinpayCallTelemetry
{
    private static readonly Action<ILogger, string, string, int, string?, double, string?, Exception?> SuccessLog =
        LoggerMessage.Define<string, string, int, string?, double, string?>(LogLevel.Information, new EventId(1, "FinpayCall"),
            "Finpay {Method} {Path} answered {StatusCode} with responseCode {ResponseCode} in {ElapsedMs:0} ms (order {OrderId})");

    // {Outcome} is the call's money outcome: succeeded, refused (Finpay said no, or nothing can have changed) or unknown.
    // Method and path as one field ("GET /…/check/X"): a log template takes at most six values.
    private static readonly Action<ILogger, string, int, string?, string, double, string?, Exception?> ApiErrorLog =
        LoggerMessage.Define<string, int, string?, string, double, string?>(LogLevel.Warning, new EventId(2, "FinpayCallFailed"),
            "Finpay {Request} failed: {StatusCode} with responseCode {ResponseCode}, outcome {Outcome}, in {ElapsedMs:0} ms (order {OrderId})");

    private static readonly Action<ILogger, string, string, string, string, double, string?, Exception?> FailureLog =
        LoggerMessage.Define<string, string, string, string, double, string?>(LogLevel.Warning, new EventId(4, "FinpayCallError"),
            "Finpay {Method} {Path} failed with {ErrorType}, outcome {Outcome}, after {ElapsedMs:0} ms (order {OrderId})");

    private static readonly Action<ILogger, string, string, string, double, string?, Exception?> CancelledLog =
        LoggerMessage.Define<string, string, string, double, string?>(LogLevel.Debug, new EventId(5, "FinpayCallCancelled"),
            "Finpay {Method} {Path} was cancelled by the caller, outcome {Outcome}, after {ElapsedMs:0} ms (order {OrderId})");

    private static readonly Action<ILogger, string, string, Exception?> RequestBodyLog =
        LoggerMessage.Define<string, string>(LogLevel.Trace, new EventId(6, "FinpayRequestBody"), "Finpay {Operation} request body (redacted): {Body}");

    private static readonly Action<ILogger, string, string, Exception?> ResponseBodyLog =
        LoggerMessage.Define<string, string>(LogLevel.Trace, new EventId(7, "FinpayResponseBody"), "Finpay {Operation} response body (redacted): {Body}");
}
