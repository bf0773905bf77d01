using System;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Finpay.Generated.Diagnostics;
using Finpay.Generated.Errors;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Finpay.Generated.Http;

/// <summary>
/// One log line and one span per call (not per attempt): operation, method, redacted path, status, response code, duration and
/// order id. Bodies only at Trace, redacted. Never the Authorization header.
/// </summary>
internal sealed class FinpayTelemetryHandler : DelegatingHandler
{
    private readonly ILogger _logger;

    public FinpayTelemetryHandler(ILogger logger) => _logger = logger;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // A call made through IFinpayCardClient says what it is; a request sent some other way is identified by its path.
        using var scope = FinpayCallContext.Current is null ? FinpayCallContext.Begin(FinpayOperation.Identify(request.RequestUri).Name, null) : default;
        var call = FinpayCallContext.Current!;
        var operation = call.Operation;
        var orderId = call.OrderId ?? FinpayOperation.Identify(request.RequestUri).OrderIdInPath;
        var path = request.RequestUri is null ? "" : SecretRedactor.RedactPath(request.RequestUri.AbsolutePath);
        var method = request.Method.Method;

        using var activity = FinpayTelemetry.Source.StartActivity("Finpay " + operation, ActivityKind.Client);
        if (activity is not null)
        {
            activity.SetTag("http.request.method", method);
            activity.SetTag("url.path", path);
            activity.SetTag("server.address", request.RequestUri?.Host);
            activity.SetTag("finpay.operation", operation);
            activity.SetTag("finpay.order_id", orderId);
        }

        if (request.Content is not null && _logger.IsEnabled(LogLevel.Trace))
        {
            var requestBody = await request.Content.ReadAsStringAsync().ConfigureAwait(false);
            RequestBodyLog(_logger, operation, SecretRedactor.RedactBody(requestBody, 16 * 1024), null);
        }

        var stopwatch = Stopwatch.StartNew();
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            var responseCode = call.ResponseCode;
            activity?.SetTag("http.response.status_code", status);
            activity?.SetTag("finpay.response_code", responseCode);
            SuccessLog(_logger, method, path, status, responseCode, stopwatch.Elapsed.TotalMilliseconds, orderId, null);
            if (_logger.IsEnabled(LogLevel.Trace) && response.Content is not null)
            {
                var body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
                ResponseBodyLog(_logger, operation, SecretRedactor.RedactBody(body, 16 * 1024), null);
            }

            return response;
        }
        catch (FinpayApiException exception)
        {
            var code = exception.ResponseCode?.ToString();
            activity?.SetTag("http.response.status_code", exception.StatusCode);
            activity?.SetTag("finpay.response_code", code);
            MarkFailed(activity, nameof(FinpayApiException));
            ApiErrorLog(_logger, method, path, exception.StatusCode, code, stopwatch.Elapsed.TotalMilliseconds, orderId, null);
            if (_logger.IsEnabled(LogLevel.Trace))
                ResponseBodyLog(_logger, operation, exception.Body, null);
            throw;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            MarkFailed(activity, "cancelled");
            CancelledLog(_logger, method, path, stopwatch.Elapsed.TotalMilliseconds, orderId, null);
            throw;
        }
        catch (Exception exception)
        {
            MarkFailed(activity, exception.GetType().Name);
            FailureLog(_logger, method, path, exception.GetType().Name, stopwatch.Elapsed.TotalMilliseconds, orderId, exception);
            throw;
        }
    }

    private static void MarkFailed(Activity? activity, string errorType)
    {
        if (activity is null) return;
        activity.SetTag("error.type", errorType);
        activity.SetStatus(ActivityStatusCode.Error);
    }

    private static readonly Action<ILogger, string, string, int, string?, double, string?, Exception?> SuccessLog =
        LoggerMessage.Define<string, string, int, string?, double, string?>(LogLevel.Information, new EventId(1, "FinpayCall"),
            "Finpay {Method} {Path} answered {StatusCode} with responseCode {ResponseCode} in {ElapsedMs:0} ms (order {OrderId})");

    private static readonly Action<ILogger, string, string, int, string?, double, string?, Exception?> ApiErrorLog =
        LoggerMessage.Define<string, string, int, string?, double, string?>(LogLevel.Warning, new EventId(2, "FinpayCallFailed"),
            "Finpay {Method} {Path} failed: {StatusCode} with responseCode {ResponseCode} in {ElapsedMs:0} ms (order {OrderId})");

    private static readonly Action<ILogger, string, string, string, double, string?, Exception?> FailureLog =
        LoggerMessage.Define<string, string, string, double, string?>(LogLevel.Warning, new EventId(4, "FinpayCallError"),
            "Finpay {Method} {Path} failed with {ErrorType} after {ElapsedMs:0} ms (order {OrderId})");

    private static readonly Action<ILogger, string, string, double, string?, Exception?> CancelledLog =
        LoggerMessage.Define<string, string, double, string?>(LogLevel.Debug, new EventId(5, "FinpayCallCancelled"),
            "Finpay {Method} {Path} was cancelled by the caller after {ElapsedMs:0} ms (order {OrderId})");

    private static readonly Action<ILogger, string, string, Exception?> RequestBodyLog =
        LoggerMessage.Define<string, string>(LogLevel.Trace, new EventId(6, "FinpayRequestBody"), "Finpay {Operation} request body (redacted): {Body}");

    private static readonly Action<ILogger, string, string, Exception?> ResponseBodyLog =
        LoggerMessage.Define<string, string>(LogLevel.Trace, new EventId(7, "FinpayResponseBody"), "Finpay {Operation} response body (redacted): {Body}");
}
