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
/// retrying on anything but a 2xx per <see cref="SandboxOptions.CallbackRetryDelays"/>. Every attempt is recorded.
/// </summary>
internal sealed class CallbackDispatcher : IAsyncDisposable
{
    private readonly SandboxOptions _options;
    private readonly HttpClient _http;
    private readonly CancellationTokenSource _stopping = new();
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
        var task = Task.Run(() => DeliverAsync(orderId, url, body, _stopping.Token));
        _running.TryAdd(task, 0);
        task.ContinueWith(t => _running.TryRemove(t, out _), TaskScheduler.Default);
    }

    private async Task DeliverAsync(string orderId, string url, string body, CancellationToken stopping)
    {
        var attempt = 0;
        foreach (var delay in _options.CallbackRetryDelays)
        {
            attempt++;
            try
            {
                if (delay > TimeSpan.Zero) await Task.Delay(delay, stopping).ConfigureAwait(false);
                using var content = new StringContent(body, Encoding.UTF8, "application/json");
                using var response = await _http.PostAsync(url, content, stopping).ConfigureAwait(false);
                var delivered = response.IsSuccessStatusCode;
                Record(new CallbackDelivery(orderId, attempt, url, (int)response.StatusCode, null, delivered, DateTimeOffset.UtcNow, body));
                if (delivered) return;
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // Any failure to reach the merchant is recorded and retried, like Finpay does.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                var error = exception is TaskCanceledException ? "timed out" : exception.GetType().Name + ": " + exception.Message;
                Record(new CallbackDelivery(orderId, attempt, url, null, error, false, DateTimeOffset.UtcNow, body));
            }
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

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        try
        {
            await Task.WhenAll(_running.Keys.ToArray()).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        _http.Dispose();
        _stopping.Dispose();
    }
}
