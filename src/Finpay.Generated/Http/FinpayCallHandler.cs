using System;
using System.Diagnostics;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Finpay.Generated.Client;
using Finpay.Generated.Diagnostics;
using Finpay.Generated.Errors;
using Finpay.Generated.Serialization;
using Finpay.Generated.Values;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;

namespace Finpay.Generated.Http;

/// <summary>
/// Runs once per call, around all attempts: the span, the log line and the metrics, the check that the answer is a success
/// (a 2xx with <c>responseCode</c> <c>2000000</c> and a body of the operation's type), and the one place where every failure
/// becomes a <see cref="FinpayException"/>. A request that does not come from <see cref="IFinpayCardClient"/> passes through.
/// </summary>
internal sealed partial class FinpayCallHandler : DelegatingHandler
{
    private readonly ILogger _logger;
    private readonly FinpayMetrics _metrics;
    private readonly TimeProvider _time;

    public FinpayCallHandler(ILogger logger, FinpayMetrics metrics, TimeProvider time)
    {
        _logger = logger;
        _metrics = metrics;
        _time = time;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var call = FinpayCall.Of(request);
        if (call is null) return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);

        call.StartTimestamp = _time.GetTimestamp();
        using var activity = FinpayTelemetry.Source.HasListeners() ? StartActivity(call, request) : null;
        if (request.Content is not null && _logger.IsEnabled(LogLevel.Trace))
        {
            var requestBody = await request.Content.ReadAsStringAsync().ConfigureAwait(false);
            RequestBodyLog(_logger, call.Operation.Id, SecretRedactor.RedactBody(requestBody, 16 * 1024), null);
        }

        HttpResponseMessage? response = null;
        try
        {
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var body = await BodyOf(response).ConfigureAwait(false);
            var responseCode = ResponseCodeScanner.Find(body);
            call.Result = Read(call, (int)response.StatusCode, responseCode, body);
            Succeeded(call, activity, (int)response.StatusCode, responseCode, body);
            return response;
        }
        catch (Exception exception)
        {
            response?.Dispose();
            var failure = FinpayErrors.FromException(call.Operation.Id, exception, cancellationToken);
            var cancelled = exception is OperationCanceledException && cancellationToken.IsCancellationRequested;
            var outcome = FinpayOutcome.Classify(call, failure ?? exception, cancelled);
            Failed(call, activity, failure ?? exception, cancelled, outcome);
            if (failure is null) throw;
            throw failure;
        }
    }

    /// <summary>The typed answer, or the <see cref="FinpayApiException"/> that says why the answer is not a success.</summary>
    private static object Read(FinpayCall call, int status, string? responseCode, ArraySegment<byte> body)
    {
        var operation = call.Operation.Id;
        if (status is < 200 or > 299 || responseCode != ResponseCode.Success.ToString())
            throw FinpayErrors.FromResponse(operation, status, Text(body));
        if (status != 200)
            throw FinpayErrors.FromResponse(operation, status, Text(body), $"status {status}, which this operation does not answer with");
        object? result;
        try
        {
            result = WireJson.Deserialize(body, call.ResponseType);
        }
        catch (JsonException json)
        {
            throw FinpayErrors.FromResponse(operation, status, Text(body), $"a value has the wrong type or a required member is missing{FinpayErrors.At(json)}");
        }
        catch (Exception exception) when (exception is NullReferenceException or InvalidCastException or FormatException or OverflowException)
        {
            throw new FinpayApiException($"Finpay's answer to {operation} could not be read.", 0, null, null, null, string.Empty);
        }

        return result ?? throw FinpayErrors.FromResponse(operation, status, Text(body), "the body is empty or JSON null");
    }

    private static async Task<ArraySegment<byte>> BodyOf(HttpResponseMessage response) => response.Content switch
    {
        BufferedContent buffered => buffered.Body,
        null => new ArraySegment<byte>(Array.Empty<byte>()),
        // Only when a user's handler replaced the SDK's buffered body.
        var other => new ArraySegment<byte>(await other.ReadAsByteArrayAsync().ConfigureAwait(false)),
    };

    private static string Text(ArraySegment<byte> body) => Encoding.UTF8.GetString(body.Array!, body.Offset, body.Count);

    private static Activity? StartActivity(FinpayCall call, HttpRequestMessage request)
    {
        var activity = FinpayTelemetry.Source.StartActivity("Finpay " + call.Operation.Id, ActivityKind.Client);
        if (activity is null) return null;
        activity.SetTag("http.request.method", call.Operation.Method.Method);
        activity.SetTag("url.path", FinpayRequestPath.Redacted(call.Operation, call.PathValue));
        activity.SetTag("server.address", request.RequestUri is { IsAbsoluteUri: true } uri ? uri.Host : null);
        activity.SetTag("finpay.operation", call.Operation.Id);
        activity.SetTag("finpay.order_id", call.OrderId);
        if (call.ClientName.Length > 0) activity.SetTag("finpay.client.name", call.ClientName);
        return activity;
    }

    private void Succeeded(FinpayCall call, Activity? activity, int status, string? responseCode, ArraySegment<byte> body)
    {
        var elapsed = Elapsed(call);
        activity?.SetTag("http.response.status_code", status);
        activity?.SetTag("finpay.response_code", responseCode);
        activity?.SetTag("finpay.outcome", FinpayOutcome.Succeeded);
        if (_metrics.DurationEnabled) _metrics.Completed(call, elapsed.TotalSeconds, status, ClassOf(responseCode), null, FinpayOutcome.Succeeded);
        if (_logger.IsEnabled(LogLevel.Information))
            SuccessLog(_logger, call.Operation.Method.Method, Path(call), status, responseCode, elapsed.TotalMilliseconds, call.OrderId, null);
        if (_logger.IsEnabled(LogLevel.Trace))
            ResponseBodyLog(_logger, call.Operation.Id, SecretRedactor.RedactBody(Text(body), 16 * 1024), null);
    }

    private void Failed(FinpayCall call, Activity? activity, Exception exception, bool cancelled, string outcome)
    {
        var elapsed = Elapsed(call);
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

    private TimeSpan Elapsed(FinpayCall call) => _time.GetElapsedTime(call.StartTimestamp);

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
