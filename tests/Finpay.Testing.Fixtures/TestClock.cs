using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;

namespace Finpay.Testing.Fixtures;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that also tells when a timer is set. Time only moves when the test advances it, and a test
/// advances it only once the wait it means to end exists (a retry delay, a time-out): advancing earlier would leave a timer
/// that is set afterwards waiting for the next advance.
/// </summary>
public sealed class TestClock : FakeTimeProvider
{
    private readonly object _gate = new();
    private readonly List<TimeSpan> _set = new();
    private readonly List<(Func<TimeSpan, bool> Due, int Count, TaskCompletionSource<TimeSpan> Set)> _waiting = new();

    public TestClock()
        : base(new DateTimeOffset(2026, 6, 15, 3, 0, 0, TimeSpan.Zero))
    {
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        // Some waits create their timer idle and set it afterwards (CancellationTokenSource.CancelAfter): both count as set.
        var timer = new ObservedTimer(this, base.CreateTimer(callback, state, dueTime, period));
        Set(dueTime);
        return timer;
    }

    private void Set(TimeSpan dueTime)
    {
        if (dueTime == Timeout.InfiniteTimeSpan) return;
        List<TaskCompletionSource<TimeSpan>> ready;
        lock (_gate)
        {
            _set.Add(dueTime);
            var now = _waiting.Where(w => w.Due(dueTime) && w.Count <= _set.Count(w.Due)).ToList();
            ready = now.Select(w => w.Set).ToList();
            _waiting.RemoveAll(now.Contains);
        }

        foreach (var set in ready) set.TrySetResult(dueTime);
    }

    private sealed class ObservedTimer : ITimer
    {
        private readonly TestClock _clock;
        private readonly ITimer _inner;

        public ObservedTimer(TestClock clock, ITimer inner)
        {
            _clock = clock;
            _inner = inner;
        }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            var changed = _inner.Change(dueTime, period);
            _clock.Set(dueTime);
            return changed;
        }

        public void Dispose() => _inner.Dispose();

        public ValueTask DisposeAsync() => _inner.DisposeAsync();
    }

    /// <summary>
    /// Completes once the <paramref name="count"/>th timer due after exactly <paramref name="dueTime"/> has been set (now or
    /// earlier). A timer that is never set fails the wait after <see cref="Eventually.Deadline"/> of real time instead of hanging.
    /// </summary>
    public Task TimerSetAsync(TimeSpan dueTime, int count = 1) => TimerSetAsync(due => due == dueTime, count);

    /// <summary>
    /// Completes with the due time of the first timer set due after between <paramref name="atLeast"/> and
    /// <paramref name="atMost"/> (a jittered wait), now or earlier.
    /// </summary>
    public Task<TimeSpan> TimerSetAsync(TimeSpan atLeast, TimeSpan atMost) => TimerSetAsync(due => due >= atLeast && due <= atMost, 1);

    private Task<TimeSpan> TimerSetAsync(Func<TimeSpan, bool> due, int count)
    {
        lock (_gate)
        {
            var matching = _set.Where(due).ToList();
            if (matching.Count >= count) return Task.FromResult(matching[count - 1]);
            var set = new TaskCompletionSource<TimeSpan>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiting.Add((due, count, set));
            return set.Task.WaitAsync(Eventually.Deadline);
        }
    }
}
