using System;
using System.Collections.Generic;
using System.Linq;
using Finpay.Generated;
using Finpay.Sandbox.Callbacks;
using Finpay.Sandbox.Cards;
using Finpay.Sandbox.Faults;
using Finpay.Sandbox.Ledger;
using Finpay.Sandbox.Orders;
using Finpay.Sandbox.Schedules;

namespace Finpay.Sandbox;

/// <summary>Everything one sandbox knows, in one place, so the host, the control endpoints and provider states share it.</summary>
internal sealed class SandboxState
{
    public SandboxState(SandboxOptions options)
    {
        if (options.Merchants.Count == 0) throw new ArgumentException("The sandbox needs at least one test merchant.", nameof(options));
        DefaultMerchantId = options.Merchants.Keys.First();
        Merchants = new MerchantDirectory(options.Merchants);
        Clock = new SandboxClock(options.TimeProvider, options.ClockStart);
        Callbacks = new CallbackDispatcher(options);
        Billing = new RecurringBilling(Ledger, Callbacks, Merchants, Clock, options.TimeProvider);
    }

    public string DefaultMerchantId { get; }

    public MerchantDirectory Merchants { get; }

    public SandboxClock Clock { get; }

    public OrderBook Orders { get; } = new();

    public CardVault Cards { get; } = new();

    public ChargeLedger Ledger { get; } = new();

    public FaultInjector Faults { get; } = new();

    public CallbackDispatcher Callbacks { get; }

    public RecurringBilling Billing { get; }

    public IReadOnlyList<LedgerEntry> AdvanceClock(TimeSpan by) => Billing.RunDue(Clock.Advance(by));

    public void Reset()
    {
        Billing.Clear();
        Orders.Clear();
        Cards.Clear();
        Ledger.Clear();
        Faults.Clear();
        Callbacks.ClearLog();
    }

    /// <summary>Puts an order in a given state directly (provider states); replaces one with the same id.</summary>
    public SandboxOrder PutOrder(string orderId, string merchantId, decimal amount, string status, string description)
    {
        Orders.Remove(orderId);
        var now = Clock.Now;
        var order = new SandboxOrder(orderId, merchantId, amount, "IDR", now)
        {
            Description = "Testing",
            Customer = new CustomerReference
            {
                Id = "hajar.finnet@gmail.com", Email = "hajar.finnet@gmail.com", FirstName = "Hajar", LastName = "Ismail",
                MobilePhone = "+6281286288844",
            },
            Status = status,
            StatusDescription = description,
            StatusAt = now,
            ExpiresAt = now.AddDays(1),
            Card = status == OrderStatus.Initiated ? null : TestCards.Approved,
        };
        Orders.TryAdd(order);
        if (status != OrderStatus.Initiated)
            Ledger.Record(orderId, "PAYMENT", amount, "IDR", OrderStatus.Paid, order.Reference, now, TestCards.Approved.Mask, "provider state");
        return order;
    }
}
