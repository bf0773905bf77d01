using System;
using System.Diagnostics;
using Finpay.Generated.Client;
using Finpay.Generated.Errors;
using Finpay.Generated.Http;
using Finpay.Generated.Values;
using Microsoft.Extensions.Logging;

namespace Finpay.Generated.Diagnostics;

/// <summary>
/// What a call reports, once per call around all its attempts: the span, the log line and the duration metric, each with
/// the call's money outcome. The client calls it (as Azure's generated clients open a diagnostic scope per operation),
/// because only the client, having read the answer, knows the outcome.
/// </summary>
internal sealed partial class FinpayCallTelemetry
{
    private const int MaxLoggedBodyChars = 16 * 1024;

    private readonly ILogger _logger;
    private readonly FinpayMetrics _metrics;

    public FinpayCallTelemetry(ILoggerFactory loggerFactory, FinpayMetrics metrics, TimeProvider time)
    {
        _logger = loggerFactory.CreateLogger(FinpayTelemetry.LoggerCategory);
        _metrics = metrics;
        Time = time;
    }

    /// <summary>The registered clock: call durations, and the time left to retry, are measured on it.</summary>
    public TimeProvider Time { get; }

    /// <summary>Opens the call's span (when anyone listens) and logs the request body at Trace, redacted.</summary>
    public Activity? Start(FinpayCall call, Uri? baseAddress, byte[]? requestBody)
    {
        if (requestBody is not null && _logger.IsEnabled(LogLevel.Trace))
            RequestBodyLog(_logger, call.Operation.Id, SecretRedactor.RedactBody(FinpayAnswer.Text(new ArraySegment<byte>(requestBody)), MaxLoggedBodyChars), null);
        if (!FinpayTelemetry.Source.HasListeners()) return null;

        var activity = FinpayTelemetry.Source.StartActivity("Finpay " + call.Operation.Id, ActivityKind.Client);
        if (activity is null) return null;
        activity.SetTag("http.request.method", call.Operation.Method.Method);
        activity.SetTag("url.path", Path(call));
        activity.SetTag("server.address", baseAddress is { IsAbsoluteUri: true } uri ? uri.Host : null);
        activity.SetTag("finpay.operation", call.Operation.Id);
        activity.SetTag("finpay.order_id", call.OrderId);
        if (call.ClientName.Length > 0) activity.SetTag("finpay.client.name", call.ClientName);
        return activity;
    }

    public void Succeeded(FinpayCall call, Activity? activity, FinpayAnswer answer)
    {
        var elapsed = Time.GetElapsedTime(call.StartTimestamp);
        activity?.SetTag("http.response.status_code", answer.StatusCode);
        activity?.SetTag("finpay.response_code", answer.ResponseCode);
        activity?.SetTag("finpay.outcome", FinpayOutcome.Succeeded);
        if (_metrics.DurationEnabled)
            _metrics.Completed(call, elapsed.TotalSeconds, answer.StatusCode, ClassOf(answer.ResponseCode), null, FinpayOutcome.Succeeded);
        if (_logger.IsEnabled(LogLevel.Information))
            SuccessLog(_logger, call.Operation.Method.Method, Path(call), answer.StatusCode, answer.ResponseCode, elapsed.TotalMilliseconds, call.OrderId, null);
        if (_logger.IsEnabled(LogLevel.Trace))
            ResponseBodyLog(_logger, call.Operation.Id, SecretRedactor.RedactBody(answer.Text(), MaxLoggedBodyChars), null);
    }

    public void Failed(FinpayCall call, Activity? activity, Exception exception, bool cancelled, string outcome)
    {
        var elapsed = Time.GetElapsedTime(call.StartTimestamp);
        var method = call.Operation.Method.Method;
        activity?.SetTag("finpay.outcome", outcome);
        if (exception is FinpayApiException api)
        {
            var code = api.ResponseCode?.ToString();
            activity?.SetTag("http.response.status_code", api.StatusCode);
            activity?.SetTag("finpay.response_code", code);
            MarkFailed(activity, nameof(FinpayApiException));
            if (_metrics.DurationEnabled) _metrics.Completed(call, elapsed.TotalSeconds, api.StatusCode == 0 ? null : api.StatusCode, ClassOf(code), nameof(FinpayApiException), outcome);
            if (_logger.IsEnabled(LogLevel.Warning))
                ApiErrorLog(_logger, method + " " + Path(call), api.StatusCode, code, outcome, elapsed.TotalMilliseconds, call.OrderId, null);
            if (_logger.IsEnabled(LogLevel.Trace))
                ResponseBodyLog(_logger, call.Operation.Id, api.Body, null);
            return;
        }

        var errorType = cancelled ? "cancelled" : exception.GetType().Name;
        MarkFailed(activity, errorType);
        if (_metrics.DurationEnabled) _metrics.Completed(call, elapsed.TotalSeconds, null, null, errorType, outcome);
        if (cancelled)
        {
            if (_logger.IsEnabled(LogLevel.Debug))
                CancelledLog(_logger, method, Path(call), outcome, elapsed.TotalMilliseconds, call.OrderId, null);
        }
        else if (_logger.IsEnabled(LogLevel.Warning))
        {
            FailureLog(_logger, method, Path(call), errorType, outcome, elapsed.TotalMilliseconds, call.OrderId, exception);
        }
    }

    private static string Path(FinpayCall call) => FinpayRequestPath.Redacted(call.Operation, call.PathValue);

    /// <summary>The class of Finpay's response code by its HTTP-like first digit: <c>2xx</c>, <c>4xx</c>, <c>5xx</c>.</summary>
    private static string? ClassOf(string? responseCode) => new ResponseCode(responseCode ?? "").Category switch
    {
        >= 100 and < 200 => "1xx",
        >= 200 and < 300 => "2xx",
        >= 300 and < 400 => "3xx",
        >= 400 and < 500 => "4xx",
        >= 500 and < 600 => "5xx",
        _ => null,
    };

    private static void MarkFailed(Activity? activity, string errorType)
    {
        if (activity is null) return;
        activity.SetTag("error.type", errorType);
        activity.SetStatus(ActivityStatusCode.Error);
    }
}
