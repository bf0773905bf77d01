using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Finpay.Sandbox.Callbacks;
using Finpay.Sandbox.Cards;
using Finpay.Sandbox.Ledger;
using Finpay.Sandbox.Orders;

namespace Finpay.Sandbox.Schedules;

/// <summary>
/// Runs the recurring schedules: every charge due by the sandbox clock's now is made, recorded and called back, whether the
/// clock got there by <see cref="SandboxHost.AdvanceClock"/> or because the time of <see cref="SandboxOptions.TimeProvider"/>
/// reached it (real time, or a test's fake clock being advanced).
/// </summary>
internal sealed class RecurringBilling : IDisposable
{
    // A system timer waits at most about 49 days; a longer wait is taken in steps of this.
    private static readonly TimeSpan LongestWait = TimeSpan.FromDays(30);

    private readonly object _gate = new();
    private readonly List<Subscription> _subscriptions = new();
    private readonly ChargeLedger _ledger;
    private readonly CallbackDispatcher _callbacks;
    private readonly MerchantDirectory _merchants;
    private readonly SandboxClock _clock;
    private readonly ITimer _nextDue;
    private bool _stopped;

    public RecurringBilling(ChargeLedger ledger, CallbackDispatcher callbacks, MerchantDirectory merchants, SandboxClock clock, TimeProvider time)
    {
        _ledger = ledger;
        _callbacks = callbacks;
        _merchants = merchants;
        _clock = clock;
        _nextDue = time.CreateTimer(_ => RunDue(_clock.Now), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public void Start(Subscription subscription)
    {
        lock (_gate)
        {
            _subscriptions.Add(subscription);
            WakeAtNextDue();
        }
    }

    /// <summary>Makes every charge due up to <paramref name="now"/>, earliest first, and returns the ledger entries made.</summary>
    public IReadOnlyList<LedgerEntry> RunDue(DateTimeOffset now)
    {
        var made = new List<LedgerEntry>();
        lock (_gate)
        {
            if (_stopped) return made;
            while (true)
            {
                var next = _subscriptions.Where(s => s.Active && s.NextDue <= now).OrderBy(s => s.NextDue).FirstOrDefault();
                if (next is null) break;
                made.Add(Charge(next));
            }

            WakeAtNextDue();
        }

        return made;
    }

    // Under _gate. The period equals the wait, so the timer keeps this schedule when it is set from its own callback: a
    // test clock may switch a one-shot timer off once the callback returns. Whole milliseconds, rounded up and at least
    // one, so it never fires before the charge is due and never fires at once from inside its own callback.
    private void WakeAtNextDue()
    {
        if (_stopped) return;
        var active = _subscriptions.Where(s => s.Active).ToList();
        if (active.Count == 0)
        {
            _nextDue.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            return;
        }

        var wait = active.Min(s => s.NextDue) - _clock.Now;
        var milliseconds = Math.Clamp(Math.Ceiling(wait.TotalMilliseconds), 1, LongestWait.TotalMilliseconds);
        var due = TimeSpan.FromMilliseconds(milliseconds);
        _nextDue.Change(due, due);
    }

    private LedgerEntry Charge(Subscription subscription)
    {
        var order = subscription.Order;
        var at = subscription.NextDue;
        var chargeNumber = subscription.ChargesDone + 1;
        var reference = $"{order.Reference}-R{chargeNumber}" + (subscription.Retries > 0 ? $"-{subscription.Retries}" : "");
        string? failure = subscription.Card.Deleted ? "The stored card was deleted"
            : subscription.Card.Card.Outcome == TestCardOutcome.InsufficientFundsLater ? "Insufficient funds"
            : null;
        var status = failure is null ? OrderStatus.Paid : OrderStatus.Failed;
        var detail = $"charge {chargeNumber}" + (subscription.MaxCharges is { } max ? $" of {max}" : "") +
                     (subscription.Retries > 0 ? $", retry {subscription.Retries}" : "") + (failure is null ? "" : ": " + failure);
        var entry = _ledger.Record(order.Id, "RECURRING", subscription.Amount, order.Currency, status, reference, at,
            subscription.Card.Card.Mask, detail);

        var settled = failure is null || !subscription.CanRetry;
        if (failure is not null && subscription.CanRetry) subscription.ScheduleRetry();
        if (settled)
        {
            subscription.ChargeSettled();
            if (subscription.Card.Deleted) subscription.Stop();
            if (order.CallbackUrl is not null)
            {
                lock (order.Gate)
                {
                    var callback = OrderViews.Callback(order, status, failure ?? "Recurring payment success", at, reference, subscription.Amount);
                    _callbacks.Send(order.Id, order.CallbackUrl, _merchants.KeyOf(order.MerchantId), callback);
                }
            }
        }

        return entry;
    }

    public void Clear()
    {
        lock (_gate)
        {
            _subscriptions.Clear();
            WakeAtNextDue();
        }
    }

    /// <summary>Stops the timer; a charge being made finishes first, and none is made afterwards.</summary>
    public void Dispose()
    {
        lock (_gate) _stopped = true;
        _nextDue.Dispose();
    }
}
