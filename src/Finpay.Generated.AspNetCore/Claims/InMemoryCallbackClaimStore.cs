using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Finpay.Generated.AspNetCore.Claims;

/// <summary>
/// Claims held in this process: enough for one instance. Several instances need a shared store (Redis), or each would run
/// the handler for the same event. Expiry is read from the app's <see cref="TimeProvider"/>, so tests move time instead of
/// waiting.
/// </summary>
internal sealed class InMemoryCallbackClaimStore : ICallbackClaimStore
{
    private static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(1);

    private readonly TimeProvider _time;
    private readonly object _gate = new();
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private DateTimeOffset _nextSweep;

    public InMemoryCallbackClaimStore(TimeProvider time) => _time = time;

    internal int Count
    {
        get
        {
            lock (_gate) return _entries.Count;
        }
    }

    public Task<CallbackClaim> TryClaimAsync(string key, TimeSpan claimTimeout, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            SweepIfDue(now);
            if (_entries.TryGetValue(key, out var entry) && entry.ExpiresAt > now)
                return Task.FromResult(new CallbackClaim(key, entry.Handled ? CallbackClaimStatus.AlreadyHandled : CallbackClaimStatus.HeldByAnother));

            var token = Guid.NewGuid().ToString("N");
            _entries[key] = new Entry(token, Handled: false, now + claimTimeout);
            return Task.FromResult(new CallbackClaim(key, CallbackClaimStatus.Acquired, token));
        }
    }

    public Task<bool> RenewAsync(CallbackClaim claim, TimeSpan claimTimeout, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            if (!_entries.TryGetValue(claim.Key, out var entry) || entry.Handled || entry.Token != claim.OwnerToken || entry.ExpiresAt <= now)
                return Task.FromResult(false);
            _entries[claim.Key] = entry with { ExpiresAt = now + claimTimeout };
            return Task.FromResult(true);
        }
    }

    public Task<bool> CompleteAsync(CallbackClaim claim, TimeSpan retention, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            var stillHeld = _entries.TryGetValue(claim.Key, out var entry) && entry.Token == claim.OwnerToken && entry.ExpiresAt > now;
            _entries[claim.Key] = new Entry(claim.OwnerToken!, Handled: true, now + retention);
            return Task.FromResult(stillHeld);
        }
    }

    public Task ReleaseAsync(CallbackClaim claim, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(claim.Key, out var entry) && !entry.Handled && entry.Token == claim.OwnerToken) _entries.Remove(claim.Key);
        }

        return Task.CompletedTask;
    }

    private void SweepIfDue(DateTimeOffset now)
    {
        if (now < _nextSweep) return;
        _nextSweep = now + SweepInterval;
        var expired = new List<string>();
        foreach (var pair in _entries)
        {
            if (pair.Value.ExpiresAt <= now) expired.Add(pair.Key);
        }

        foreach (var key in expired) _entries.Remove(key);
    }

    private readonly record struct Entry(string Token, bool Handled, DateTimeOffset ExpiresAt);
}
