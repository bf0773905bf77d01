using System;
using System.IO;
using System.Net;
using System.Net.Http;
using Finpay.Generated.Configuration;
using Finpay.Generated.Errors;

namespace Finpay.Generated.Http;

/// <summary>
/// The rule behind the SDK's retries, and how long it waits between them. A read (check status) is retried on 408, 429, 5xx,
/// a time-out or a connection failure; an operation that changes state (initiate, pay, refund, cancel, void, delete card:
/// <c>x-finpay-changes-state</c> in the spec) only on errors that prove nothing was sent, because <c>order.id</c> is the only
/// idempotency Finpay has. Time limits and the number of retries come from <see cref="FinpayOptions"/>.
/// </summary>
public static class FinpayResilience
{
    /// <summary>The longest back-off between two attempts, whatever <see cref="FinpayOptions.RetryDelay"/> doubles to.</summary>
    internal static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Whether <paramref name="request"/> may be sent again after it was answered with <paramref name="response"/> or failed
    /// with <paramref name="exception"/>. A read (check status, or a GET that is not the card API's) is retried on 408, 429,
    /// 5xx, a time-out (<see cref="TimeoutException"/>) and a connection failure. One that changes state (initiate, pay,
    /// refund, cancel, void, delete card, and any other request that is not a GET) only when the connection was never made or
    /// the name never resolved, so Finpay cannot have seen it: never after a time-out, a reset, a closed connection or any answer.
    /// </summary>
    public static bool IsSafeToRetry(HttpRequestMessage request, HttpResponseMessage? response, Exception? exception)
    {
        if (request is null) throw new ArgumentNullException(nameof(request));
        var changesState = FinpayCall.Of(request) is { } call ? call.Operation.ChangesState : request.Method != HttpMethod.Get;
        if (changesState) return exception is not null && FinpayOutcome.NothingWasSent(exception);
        if (exception is not null)
            // A read is also retried when the connection broke while its answer was being read (an IOException).
            return exception is HttpRequestException or IOException or TimeoutException;
        return response is { StatusCode: HttpStatusCode.RequestTimeout or (HttpStatusCode)429 or >= HttpStatusCode.InternalServerError };
    }

    /// <summary>
    /// The wait before retry number <paramref name="retry"/> (1 for the first): what a <c>Retry-After</c> on
    /// <paramref name="response"/> asks for, else <see cref="FinpayOptions.RetryDelay"/> doubled for each retry before it,
    /// times a random factor between 0.8 and 1.2 so that clients that failed together do not all come back at once, and at
    /// most <see cref="MaxBackoff"/>.
    /// </summary>
    internal static TimeSpan DelayBefore(int retry, HttpResponseMessage? response, FinpayOptions options, TimeProvider time)
    {
        if (response?.Headers.RetryAfter is { } retryAfter)
        {
            var asked = retryAfter.Delta ?? (retryAfter.Date is { } date ? date - time.GetUtcNow() : TimeSpan.Zero);
            return asked > TimeSpan.Zero ? asked : TimeSpan.Zero;
        }

        var backoff = options.RetryDelay.Ticks * Math.Pow(2, retry - 1) * (0.8 + 0.4 * Jitter.NextDouble());
        return TimeSpan.FromTicks((long)Math.Min(backoff, MaxBackoff.Ticks));
    }

#if NET6_0_OR_GREATER
    private static Random Jitter => Random.Shared;
#else
    [ThreadStatic] private static Random? _jitter;

    private static Random Jitter => _jitter ??= new Random(Guid.NewGuid().GetHashCode());
#endif
}
