using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Finpay.Generated;
using Finpay.Generated.Callbacks;

namespace Finpay.Sandbox.Callbacks;

/// <summary>
/// Signs callbacks with the merchant's key (the SDK's own signer) and POSTs them to <c>url.callbackUrl</c> in the background,
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
        var body = new FinpayCallbackSigner(merchantKey).Sign(callback);
        var task = Task.Run(() => DeliverAsync(orderId, url, body));
        _running.TryAdd(task, 0);
        task.ContinueWith(t => _running.TryRemove(t, out _), TaskScheduler.Default);
    }

    private async Task DeliverAsync(string orderId, string url, string body)
    {
        var attempt = 0;
        foreach (var delay in _options.CallbackRetryDelays)
        {
            attempt++;
            try
            {
                if (delay > TimeSpan.Zero && !_stopping.IsCancellationRequested) await WaitAsync(delay).ConfigureAwait(false);
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
            if (_stopping.IsCancellationRequested) return;
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
        lock (_gate) _deliveries.Clear();
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
}
