using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using Finpay.Generated.Configuration;
using Finpay.Generated.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Finpay.Generated.Http;

/// <summary>
/// The call's time limits and safe retries, outermost in the pipeline: each attempt gets <see cref="FinpayOptions.Timeout"/>
/// or what is left of <see cref="FinpayOptions.TotalTimeout"/>, whichever is less; a failed attempt is tried again, up to
/// <see cref="FinpayOptions.MaxRetries"/> times, only when <see cref="FinpayResilience.IsSafeToRetry"/> says so and the wait
/// before it ends within the total time; otherwise the last answer or error is the call's. Time-outs and waits run on the
/// registered <see cref="TimeProvider"/>. The options are read on every call, so reloaded ones apply to the next.
/// </summary>
/// <remarks>
/// A loop of its own rather than a Polly pipeline: under concurrency the pipeline's layers (two time-out strategies, the retry
/// strategy and the handler that hosts them) cost the SDK a tenth of its payments per second, against the hand-written call
/// (docs/benchmarks.md). Here a call that succeeds at once costs one pooled <see cref="CancellationTokenSource"/>.
/// </remarks>
internal sealed class FinpayResilienceHandler : DelegatingHandler
{
    /// <summary>Reset sources kept for the next attempt, as Polly's time-out strategy keeps them; the rest are disposed.</summary>
    private static readonly ConcurrentQueue<CancellationTokenSource> Idle = new();
    private const int MaxIdle = 1024;

    private readonly IOptionsMonitor<FinpayOptions> _options;
    private readonly string _name;
    private readonly TimeProvider _time;
    private readonly FinpayMetrics _metrics;
    private readonly ILogger _logger;

    public FinpayResilienceHandler(IOptionsMonitor<FinpayOptions> options, string name, TimeProvider time, FinpayMetrics metrics, ILogger logger)
    {
        _options = options;
        _name = name;
        _time = time;
        _metrics = metrics;
        _logger = logger;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var options = _options.Get(_name);
        var call = FinpayCall.Of(request);
        var started = call?.StartTimestamp ?? _time.GetTimestamp();
        for (var retry = 1; ; retry++)
        {
            var left = options.TotalTimeout - _time.GetElapsedTime(started);
            if (left <= TimeSpan.Zero) throw TimedOut(options, total: true, null);
            var total = left < options.Timeout;
            var limit = total ? left : options.Timeout;

            HttpResponseMessage? response = null;
            ExceptionDispatchInfo? failure = null;
            var deadline = Start(limit);
            var link = cancellationToken.CanBeCanceled ? Link(cancellationToken, deadline) : default;
            try
            {
                response = await base.SendAsync(request, deadline.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException cancelled) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                failure = ExceptionDispatchInfo.Capture(TimedOut(options, total, cancelled));
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                failure = ExceptionDispatchInfo.Capture(exception);
            }
            finally
            {
                link.Dispose();
                End(deadline);
            }

            var delay = retry <= options.MaxRetries && FinpayResilience.IsSafeToRetry(request, response, failure?.SourceException)
                ? FinpayResilience.DelayBefore(retry, response, options, _time)
                : (TimeSpan?)null;
            // A wait that would end past the total time-out is not begun: the answer, or the error, is reported at once.
            if (delay is not { } wait || wait >= options.TotalTimeout - _time.GetElapsedTime(started))
            {
                failure?.Throw();
                return response!;
            }

            _metrics.Retried(call);
            if (_logger.IsEnabled(LogLevel.Warning))
                RetryLog(_logger, call?.Operation.Id ?? "unknown", Describe(response, failure), retry, wait.TotalMilliseconds, null);
            response?.Dispose();
            if (wait > TimeSpan.Zero) await DelayAsync(wait, cancellationToken).ConfigureAwait(false);
        }
    }

    private static TimeoutException TimedOut(FinpayOptions options, bool total, Exception? inner) => new(
        total
            ? $"The call took longer than FinpayOptions.TotalTimeout ({options.TotalTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s)."
            : $"The attempt took longer than FinpayOptions.Timeout ({options.Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s).",
        inner);

    /// <summary>A source that cancels after <paramref name="limit"/> on the registered clock.</summary>
    private CancellationTokenSource Start(TimeSpan limit)
    {
#if NET6_0_OR_GREATER
        if (ReferenceEquals(_time, TimeProvider.System))
        {
            var source = Idle.TryDequeue(out var idle) ? idle : new CancellationTokenSource();
            source.CancelAfter(limit);
            return source;
        }
#endif
#if NET8_0_OR_GREATER
        return new CancellationTokenSource(limit, _time);
#else
        return _time.CreateCancellationTokenSource(limit);
#endif
    }

    private void End(CancellationTokenSource source)
    {
#if NET6_0_OR_GREATER
        // A source that fired cannot be reset; neither is one from another clock, whose timer belongs to that clock.
        if (ReferenceEquals(_time, TimeProvider.System) && Idle.Count < MaxIdle && source.TryReset())
        {
            Idle.Enqueue(source);
            return;
        }
#endif
        source.Dispose();
    }

    /// <summary>The caller's cancellation reaches the attempt; disposed before the source goes back to <see cref="Idle"/>.</summary>
    private static CancellationTokenRegistration Link(CancellationToken cancellationToken, CancellationTokenSource deadline) =>
#if NET6_0_OR_GREATER
        cancellationToken.UnsafeRegister(static source => ((CancellationTokenSource)source!).Cancel(), deadline);
#else
        cancellationToken.Register(static source => ((CancellationTokenSource)source!).Cancel(), deadline);
#endif

    private Task DelayAsync(TimeSpan wait, CancellationToken cancellationToken) =>
#if NET8_0_OR_GREATER
        Task.Delay(wait, _time, cancellationToken);
#else
        _time.Delay(wait, cancellationToken);
#endif

    private static string Describe(HttpResponseMessage? response, ExceptionDispatchInfo? failure) =>
        failure is not null ? failure.SourceException.GetType().Name : ((int)response!.StatusCode).ToString(CultureInfo.InvariantCulture);

    private static readonly Action<ILogger, string, string, int, double, Exception?> RetryLog = LoggerMessage.Define<string, string, int, double>(
        LogLevel.Warning, new EventId(3, "FinpayRetry"),
        "Finpay {Operation} failed with {Outcome}; retry {Retry} in {DelayMs:0} ms");
}
