using System;
using System.Collections.Generic;
using System.Linq;
using Finpay.Sandbox.Callbacks;
using Finpay.Sandbox.Cards;
using Finpay.Sandbox.Ledger;
using Finpay.Sandbox.Orders;

namespace Finpay.Sandbox.Schedules;

/// <summary>Runs the recurring schedules: every charge due by the sandbox clock's now is made, recorded and called back.</summary>
internal sealed class RecurringBilling
{
    private readonly object _gate = new();
    private readonly List<Subscription> _subscriptions = new();
    private readonly ChargeLedger _ledger;
    private readonly CallbackDispatcher _callbacks;
    private readonly MerchantDirectory _merchants;

    public RecurringBilling(ChargeLedger ledger, CallbackDispatcher callbacks, MerchantDirectory merchants)
    {
        _ledger = ledger;
        _callbacks = callbacks;
        _merchants = merchants;
    }

    public void Start(Subscription subscription)
    {
        lock (_gate) _subscriptions.Add(subscription);
    }

    /// <summary>Makes every charge due up to <paramref name="now"/>, earliest first, and returns the ledger entries made.</summary>
    public IReadOnlyList<LedgerEntry> RunDue(DateTimeOffset now)
    {
        var made = new List<LedgerEntry>();
        lock (_gate)
        {
            while (true)
            {
                var next = _subscriptions.Where(s => s.Active && s.NextDue <= now).OrderBy(s => s.NextDue).FirstOrDefault();
                if (next is null) break;
                made.Add(Charge(next));
            }
        }

        return made;
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
        lock (_gate) _subscriptions.Clear();
    }
}
