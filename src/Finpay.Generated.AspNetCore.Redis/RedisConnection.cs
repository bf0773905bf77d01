using System;
using System.Threading;
using System.Threading.Tasks;
using StackExchange.Redis;

namespace Finpay.Generated.AspNetCore.Redis;

/// <summary>
/// The store's connection, opened on first use so that an app starts while Redis is down (and answers 503 until it is back)
/// rather than failing at start-up. Commands fail at once while disconnected instead of queueing, so Finpay gets its 503
/// quickly; the multiplexer reconnects in the background.
/// </summary>
internal sealed class RedisConnection : IAsyncDisposable
{
    private readonly Func<IConnectionMultiplexer> _connect;
    private readonly bool _owned;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IConnectionMultiplexer? _multiplexer;

    private RedisConnection(Func<IConnectionMultiplexer> connect, bool owned)
    {
        _connect = connect;
        _owned = owned;
    }

    public static RedisConnection Owned(string configuration) => new(() =>
    {
        var options = ConfigurationOptions.Parse(configuration);
        options.AbortOnConnectFail = false;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        options.ConnectTimeout = Math.Min(options.ConnectTimeout, 2000);
        options.ReconnectRetryPolicy = new LinearRetry(500);
        return ConnectionMultiplexer.Connect(options);
    }, owned: true);

    public static RedisConnection Shared(IConnectionMultiplexer multiplexer) => new(() => multiplexer, owned: false);

    public async Task<IDatabase> DatabaseAsync()
    {
        if (_multiplexer is { } ready) return ready.GetDatabase();
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            _multiplexer ??= await Task.Run(_connect).ConfigureAwait(false);
            return _multiplexer.GetDatabase();
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_owned && _multiplexer is { } multiplexer) await multiplexer.DisposeAsync().ConfigureAwait(false);
        _gate.Dispose();
    }
}
