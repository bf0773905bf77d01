using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Finpay.Generated.Configuration;
using Finpay.Generated.Diagnostics;
using Finpay.Generated.Errors;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace Finpay.Generated.Http;

/// <summary>
/// The SDK's resilience (Microsoft.Extensions.Http.Resilience) and the rule behind its retries. A read (check status) is
/// retried on 408, 429, 5xx, a time-out or a connection failure; an operation that changes state (initiate, pay, refund,
/// cancel, void, delete card: <c>x-finpay-changes-state</c> in the spec) only on errors that prove nothing was sent, because
/// <c>order.id</c> is the only idempotency Finpay has.
/// Time limits and retries come from <see cref="FinpayOptions"/>; the retry strategy's options are the library's
/// <see cref="HttpRetryStrategyOptions"/>, named <see cref="RetryOptionsName"/>, so
/// <c>services.Configure&lt;HttpRetryStrategyOptions&gt;(FinpayResilience.RetryOptionsName(name), o => ...)</c> changes
/// them; keep <see cref="ShouldRetry"/> in <c>ShouldHandle</c> so that a payment is never sent twice.
/// </summary>
public static class FinpayResilience
{
    /// <summary>The name of the resilience pipeline within the client's <c>HttpClient</c>.</summary>
    internal const string PipelineName = "finpay";

    /// <summary>
    /// The name of the <see cref="HttpRetryStrategyOptions"/> of the client registered as <paramref name="clientName"/>
    /// (<see cref="Microsoft.Extensions.Options.Options.DefaultName"/> for <c>AddFinpay</c> without a name).
    /// </summary>
    public static string RetryOptionsName(string clientName) =>
        clientName.Length == 0 ? "Finpay.Generated-retry" : "Finpay.Generated-retry:" + clientName;

    /// <summary>
    /// The retry rule as a <see cref="RetryStrategyOptions{TResult}.ShouldHandle"/> predicate: whether the request of this
    /// execution (<c>context.GetRequestMessage()</c>) may be sent again after <c>args.Outcome</c>. See <see cref="IsSafeToRetry"/>.
    /// </summary>
    public static ValueTask<bool> ShouldRetry(RetryPredicateArguments<HttpResponseMessage> args) =>
        new(!args.Context.CancellationToken.IsCancellationRequested
            && args.Context.GetRequestMessage() is { } request
            && IsSafeToRetry(request, args.Outcome));

    /// <summary>
    /// Whether <paramref name="request"/> may be sent again after <paramref name="outcome"/>. A read (check status, or a GET
    /// that is not the card API's) is retried on 408, 429, 5xx, a time-out and a connection failure. One that changes state
    /// (initiate, pay, refund, cancel, void, delete card, and any other request that is not a GET) only when the connection
    /// was never made or the name never resolved, so Finpay cannot have seen it: never after a time-out, a reset, a closed
    /// connection or any answer.
    /// </summary>
    public static bool IsSafeToRetry(HttpRequestMessage request, Outcome<HttpResponseMessage> outcome)
    {
        if (request is null) throw new ArgumentNullException(nameof(request));
        var changesState = FinpayCall.Of(request) is { } call ? call.Operation.ChangesState : request.Method != HttpMethod.Get;
        // A read is also retried when the connection broke while its answer was being read (an IOException).
        if (!changesState) return HttpClientResiliencePredicates.IsTransient(outcome) || outcome.Exception is IOException;
        return outcome.Exception is { } exception && FinpayOutcome.NothingWasSent(exception);
    }

    /// <summary>The retry options <see cref="FinpayOptions"/> stand for; the starting point of the named options.</summary>
    internal static void Apply(FinpayOptions options, HttpRetryStrategyOptions retry)
    {
        retry.MaxRetryAttempts = Math.Max(1, options.MaxRetries);
        retry.Delay = options.RetryDelay;
        retry.BackoffType = DelayBackoffType.Exponential;
        retry.UseJitter = true;
        retry.MaxDelay = TimeSpan.FromSeconds(30);
        retry.ShouldRetryAfterHeader = true;
        retry.ShouldHandle = ShouldRetry;
    }

    /// <summary>
    /// The pipeline, outermost first: the total time-out (<see cref="FinpayOptions.TotalTimeout"/>), the retries (none when
    /// <see cref="FinpayOptions.MaxRetries"/> is 0), the time-out of each attempt (<see cref="FinpayOptions.Timeout"/>).
    /// </summary>
    internal static void Build(ResiliencePipelineBuilder<HttpResponseMessage> builder, FinpayOptions options, HttpRetryStrategyOptions retry, FinpayMetrics metrics, ILogger logger, TimeProvider time)
    {
        builder.AddTimeout(options.TotalTimeout);
        if (options.MaxRetries > 0)
        {
            var shouldHandle = retry.ShouldHandle;
            var totalTimeout = options.TotalTimeout;
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                Name = retry.Name,
                MaxRetryAttempts = retry.MaxRetryAttempts,
                Delay = retry.Delay,
                BackoffType = retry.BackoffType,
                UseJitter = retry.UseJitter,
                MaxDelay = retry.MaxDelay,
                ShouldRetryAfterHeader = retry.ShouldRetryAfterHeader,
                DelayGenerator = retry.DelayGenerator,
                // A Retry-After longer than the time the call has left is not waited for: the answer is reported at once.
                ShouldHandle = async args => await shouldHandle(args).ConfigureAwait(false) && RetryAfterFits(args.Outcome, args.Context, totalTimeout, time),
                OnRetry = args =>
                {
                    var operation = args.Context.GetRequestMessage() is { } request && FinpayCall.Of(request) is { } call ? call : null;
                    metrics.Retried(operation);
                    if (logger.IsEnabled(LogLevel.Warning))
                        RetryLog(logger, operation?.Operation.Id ?? "unknown", Describe(args.Outcome), args.AttemptNumber + 1, args.RetryDelay.TotalMilliseconds, null);
                    return retry.OnRetry?.Invoke(args) ?? default;
                },
            });
        }

        builder.AddTimeout(options.Timeout);
    }

    private static bool RetryAfterFits(Outcome<HttpResponseMessage> outcome, ResilienceContext context, TimeSpan totalTimeout, TimeProvider time)
    {
        if (outcome.Result?.Headers.RetryAfter is not { } retryAfter) return true;
        var wait = retryAfter.Delta ?? (retryAfter.Date is { } date ? date - time.GetUtcNow() : TimeSpan.Zero);
        var started = context.GetRequestMessage() is { } request && FinpayCall.Of(request) is { } call ? call.StartTimestamp : 0;
        var elapsed = started == 0 ? TimeSpan.Zero : time.GetElapsedTime(started);
        return wait < totalTimeout - elapsed;
    }

    private static string Describe(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is { } exception ? exception.GetType().Name : ((int)outcome.Result!.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static readonly Action<ILogger, string, string, int, double, Exception?> RetryLog = LoggerMessage.Define<string, string, int, double>(
        LogLevel.Warning, new EventId(3, "FinpayRetry"),
        "Finpay {Operation} failed with {Outcome}; retry {Retry} in {DelayMs:0} ms");
}
