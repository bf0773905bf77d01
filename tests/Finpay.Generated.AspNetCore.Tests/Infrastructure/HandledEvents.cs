using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Finpay.Generated.AspNetCore.Tests.Infrastructure;

/// <summary>
/// What the merchant's handler saw, shared by every app instance of a test: each call (attempt), each success, and an
/// optional behaviour run before a call succeeds (throw, or wait for the test).
/// </summary>
internal sealed class HandledEvents
{
    private readonly object _gate = new();
    private readonly List<FinpayPaymentEvent> _handled = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private int _calls;

    /// <summary>Runs on each call with its number (1, 2, ...) before the call counts as handled; throw to fail it.</summary>
    public Func<Callback, int, Task>? Behaviour { get; set; }

    public int Calls => Volatile.Read(ref _calls);

    public IReadOnlyList<FinpayPaymentEvent> Handled
    {
        get
        {
            lock (_gate) return _handled.ToList();
        }
    }

    public async Task RunAsync(FinpayPaymentEvent paymentEvent, CancellationToken cancellationToken)
    {
        var call = Interlocked.Increment(ref _calls);
        if (Behaviour is { } behaviour) await behaviour(paymentEvent.Callback, call);
        lock (_gate) _handled.Add(paymentEvent);
        _arrived.Release();
    }

    /// <summary>Waits for the next successful handling; the timeout only guards against a hang.</summary>
    public async Task WaitForHandledAsync(int count = 1)
    {
        for (var i = 0; i < count; i++)
        {
            if (!await _arrived.WaitAsync(TimeSpan.FromSeconds(30))) throw new TimeoutException("The handler did not run within 30 seconds.");
        }
    }
}
