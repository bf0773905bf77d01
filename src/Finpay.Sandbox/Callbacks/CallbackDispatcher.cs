using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Finpay.Generated;

namespace Finpay.Sandbox.Callbacks;

/// <summary>
/// Signs callbacks with the merchant's key (the sandbox's own PHP-style signer, <see cref="SandboxCallbackSigner"/>) and POSTs them to <c>url.callbackUrl</c> in the background,
/// retrying on anything but a 2xx per <see cref="SandboxOptions.CallbackRetryDelays"/>. Every attempt is recorded. A stop
/// flushes: callbacks waiting for a retry are attempted once more at once instead of being dropped.
/// </summary>
internal sealed class CallbackDispatcher : IAsyncDisposable
{
    private readonly SandboxOptions _options;
    private readonly HttpClient _http;
    // _stopping is cancelled when a stop begins, so a wait for the next retry ends at once; _abort cuts off attempts still
    // running when the flush runs out of time.
    private readonly CancellationTokenSource _stopping = new();
    private readonly CancellationTokenSource _abort = new();
    private readonly ConcurrentDictionary<Task, byte> _running = new();
    private readonly object _gate = new();
    private readonly List<CallbackDelivery> _deliveries = new();
    private readonly List<SentCallback> _sent = new();

    public CallbackDispatcher(SandboxOptions options)
    {
        _options = options;
        _http = new HttpClient(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false }) { Timeout = options.CallbackTimeout };
    }

    public IReadOnlyList<CallbackDelivery> Deliveries
    {
        get
        {
            lock (_gate) return _deliveries.ToList();
        }
    }

    public void Send(string orderId, string url, string merchantKey, Callback callback)
    {
        var body = SandboxCallbackSigner.Sign(callback, merchantKey);
        lock (_gate) _sent.Add(new SentCallback(orderId, url, body, callback.Result?.Payment?.Status));
        Start(orderId, url, body, null);
    }

    /// <summary>
    /// Sends a callback already sent for <paramref name="orderId"/> again, byte for byte, as <paramref name="copies"/>
    /// concurrent deliveries (each retried like any callback): the latest one, or the first one that reported
    /// <paramref name="status"/> (an old PAID after a refund). Returns the body, or null when no such callback was sent.
    /// </summary>
    public string? Redeliver(string orderId, int copies, string? status)
    {
        if (copies < 1) throw new ArgumentOutOfRangeException(nameof(copies), copies, "At least one copy.");
        SentCallback? sent;
        lock (_gate)
        {
            sent = status is null
                ? _sent.LastOrDefault(c => c.OrderId == orderId)
                : _sent.FirstOrDefault(c => c.OrderId == orderId && string.Equals(c.Status, status, StringComparison.OrdinalIgnoreCase));
        }

        if (sent is null) return null;
        // All copies wait for one signal, so they reach the merchant together as Finpay's parallel retries would.
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        for (var i = 0; i < copies; i++) Start(sent.OrderId, sent.Url, sent.Body, go.Task);
        go.SetResult();
        return sent.Body;
    }

    private void Start(string orderId, string url, string body, Task? go)
    {
        var task = Task.Run(async () =>
        {
            if (go is not null) await go.ConfigureAwait(false);
            await DeliverAsync(orderId, url, body).ConfigureAwait(false);
        });
        _running.TryAdd(task, 0);
        task.ContinueWith(t => _running.TryRemove(t, out _), TaskScheduler.Default);
    }

    private async Task DeliverAsync(string orderId, string url, string body)
    {
        var attempt = 0;
        foreach (var delay in _options.CallbackRetryDelays)
        {
            attempt++;
            // An attempt begun after the stop is the flush's one attempt; one that was on its way when the stop began was
            // not, and if it fails the callback still gets the attempt it would have waited for.
            var flushing = _stopping.IsCancellationRequested;
            try
            {
                if (delay > TimeSpan.Zero && !flushing) await WaitAsync(delay).ConfigureAwait(false);
                flushing = _stopping.IsCancellationRequested;
                using var content = new StringContent(body, Encoding.UTF8, "application/json");
                using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
                // Finpay's callback requests say who sends them.
                request.Headers.Add("client-id", "FINPAY");
                using var response = await _http.SendAsync(request, _abort.Token).ConfigureAwait(false);
                // Any 2xx is an acknowledgement, whatever its body (plain text, 201, {"success":true}); anything else is retried.
                var delivered = response.IsSuccessStatusCode;
                Record(new CallbackDelivery(orderId, attempt, url, (int)response.StatusCode, null, delivered, _options.TimeProvider.GetUtcNow(), body));
                if (delivered) return;
            }
            catch (OperationCanceledException) when (_abort.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // Any failure to reach the merchant is recorded and retried, like Finpay does.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                var error = exception is TaskCanceledException ? "timed out" : exception.GetType().Name + ": " + exception.Message;
                Record(new CallbackDelivery(orderId, attempt, url, null, error, false, _options.TimeProvider.GetUtcNow(), body));
            }

            // While stopping, each callback gets the one attempt it was waiting for, not the whole schedule.
            if (flushing) return;
        }
    }

    private async Task WaitAsync(TimeSpan delay)
    {
        try
        {
            await Task.Delay(delay, _options.TimeProvider, _stopping.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
    }

    private void Record(CallbackDelivery delivery)
    {
        lock (_gate) _deliveries.Add(delivery);
    }

    public void ClearLog()
    {
        lock (_gate)
        {
            _deliveries.Clear();
            _sent.Clear();
        }
    }

    /// <summary>Flushes: every callback waiting for a retry is attempted at once; whatever is still running after <see cref="SandboxOptions.ShutdownTimeout"/> is cut off.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        var all = Task.WhenAll(_running.Keys.ToArray());
        // A stop is bounded by real time even when the sandbox runs on a test's clock, which may never move again.
        if (await Task.WhenAny(all, Task.Delay(_options.ShutdownTimeout)).ConfigureAwait(false) != all) await _abort.CancelAsync().ConfigureAwait(false);
        try
        {
            await all.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        _http.Dispose();
        _stopping.Dispose();
        _abort.Dispose();
    }

    private sealed record SentCallback(string OrderId, string Url, string Body, string? Status);
}
