using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Finpay.Generated.Configuration;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Finpay.Generated.Http;

/// <summary>
/// The SDK's resilience policy and the rule behind it. GETs (check, cancel, void, delete card) are retried on transient
/// failures; a POST (initiate, pay, refund) is retried only when its body was never written, because <c>order.id</c> is the
/// only idempotency Finpay has and a second payment could follow. Build your own pipeline on <see cref="IsSafeToRetry"/> and
/// set it as <see cref="FinpayOptions.ResiliencePipeline"/>.
/// </summary>
public static class FinpayResilience
{
    /// <summary>The request being sent, in the <see cref="ResilienceContext"/> of every execution of the pipeline.</summary>
    public static ResiliencePropertyKey<HttpRequestMessage> RequestKey { get; } = new("Finpay.Request");

    /// <summary>
    /// Whether the failed attempt described by <paramref name="outcome"/> may be sent again: a GET on a 408, 429, 500, 502,
    /// 503, 504, a connection failure or an attempt time-out; any other request only when nothing of its body was written.
    /// Never on the caller's own cancellation.
    /// </summary>
    public static bool IsSafeToRetry(ResilienceContext context, Outcome<HttpResponseMessage> outcome)
    {
        if (context is null) throw new ArgumentNullException(nameof(context));
        if (context.CancellationToken.IsCancellationRequested) return false;
        if (!context.Properties.TryGetValue(RequestKey, out var request)) return false;

        var transientException = outcome.Exception is HttpRequestException or TimeoutRejectedException or IOException;
        if (request.Method == HttpMethod.Get)
            return transientException || (outcome.Result is { } response && IsTransientStatus(response.StatusCode));

        // Once a byte of the body may have left, Finpay may have the request: a second send could charge twice.
        return transientException && request.Content is SendTrackingContent { WriteStarted: false };
    }

    /// <summary>
    /// The default pipeline: a total time-out (<see cref="FinpayOptions.TotalTimeout"/>), then up to
    /// <see cref="FinpayOptions.MaxRetries"/> retries with jittered exponential back-off from
    /// <see cref="FinpayOptions.RetryDelay"/> where <see cref="IsSafeToRetry"/> allows, each attempt limited to
    /// <see cref="FinpayOptions.Timeout"/>.
    /// </summary>
    public static ResiliencePipeline<HttpResponseMessage> CreateDefaultPipeline(FinpayOptions options, ILogger? logger = null)
    {
        if (options is null) throw new ArgumentNullException(nameof(options));
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>().AddTimeout(options.TotalTimeout);
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxRetries,
                Delay = options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                MaxDelay = TimeSpan.FromSeconds(30),
                ShouldHandle = args => new ValueTask<bool>(IsSafeToRetry(args.Context, args.Outcome)),
                OnRetry = args =>
                {
                    if (logger is not null && args.Context.Properties.TryGetValue(RequestKey, out var request))
                        RetryLog(logger, Diagnostics.FinpayOperation.Identify(request.RequestUri).Name, Describe(args.Outcome), args.AttemptNumber + 1, args.RetryDelay.TotalMilliseconds, null);
                    return default;
                },
            });
        }

        return builder.AddTimeout(options.Timeout).Build();
    }

    private static bool IsTransientStatus(HttpStatusCode status) =>
        (int)status is 408 or 429 or 500 or 502 or 503 or 504;

    private static string Describe(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is { } exception ? exception.GetType().Name : ((int)outcome.Result!.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static readonly Action<ILogger, string, string, int, double, Exception?> RetryLog = LoggerMessage.Define<string, string, int, double>(
        LogLevel.Warning, new EventId(3, "FinpayRetry"),
        "Finpay {Operation} failed with {Outcome}; retry {Retry} in {DelayMs:0} ms");
}
