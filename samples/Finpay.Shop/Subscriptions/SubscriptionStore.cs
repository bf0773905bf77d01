using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using Finpay.Shop.Catalog;
using Finpay.Shop.Payments;

namespace Finpay.Shop.Subscriptions;

/// <summary>
/// The shop's subscriptions, in memory (a real shop keeps them in its database). Every change goes through a method here,
/// under one lock, because callbacks arrive on other threads than the pages.
/// </summary>
public sealed class SubscriptionStore
{
    private readonly object _gate = new();
    private readonly Dictionary<string, Subscription> _byOrderId = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;

    /// <summary>Creates an empty store.</summary>
    public SubscriptionStore(TimeProvider time) => _time = time;

    /// <summary>Starts a subscription awaiting its first payment, under a new order id.</summary>
    public Subscription Create(Plan plan, CustomerDetails customer)
    {
        var now = _time.GetUtcNow();
        // Finpay's order.id: at most 30 of [A-Za-z0-9_-]; unique per merchant, so the time plus a random suffix.
        var orderId = "SHOP-" + now.ToString("yyMMddHHmmss", CultureInfo.InvariantCulture) + "-" +
                      RandomNumberGenerator.GetHexString(4);
        var subscription = new Subscription(orderId, plan, customer, now);
        lock (_gate) _byOrderId.Add(orderId, subscription);
        return subscription;
    }

    /// <summary>The subscription whose sign-up order this is, or null.</summary>
    public Subscription? Find(string? orderId)
    {
        if (orderId is null) return null;
        lock (_gate) return _byOrderId.GetValueOrDefault(orderId);
    }

    /// <summary>
    /// The subscription as it stands, copied under the lock, for a page to render: a page reads its state several times (the
    /// heading, whether to refresh, which buttons), and a callback changing it in between would leave a page that says
    /// "Confirming your payment…" and never refreshes again.
    /// </summary>
    public Subscription? Snapshot(string? orderId)
    {
        if (orderId is null) return null;
        lock (_gate) return _byOrderId.GetValueOrDefault(orderId)?.Copy();
    }

    /// <summary>Every subscription, newest first, each copied as <see cref="Snapshot"/> does.</summary>
    public IReadOnlyList<Subscription> All()
    {
        lock (_gate) return _byOrderId.Values.OrderByDescending(s => s.CreatedAt).Select(s => s.Copy()).ToList();
    }

    /// <summary>Remembers the hosted card page the customer was sent to.</summary>
    public void SetPaymentPage(Subscription subscription, Uri page)
    {
        lock (_gate) subscription.PaymentPage = page;
    }

    /// <summary>The first payment succeeded: the subscription is active and the card stored for later charges.</summary>
    public void Activate(Subscription subscription, string description, string? cardMask, string? cardToken)
    {
        lock (_gate)
        {
            subscription.State = SubscriptionState.Active;
            subscription.StatusDescription = description;
            subscription.CardMask = cardMask ?? subscription.CardMask;
            subscription.CardToken = cardToken ?? subscription.CardToken;
        }
    }

    /// <summary>The first payment failed; the customer may try another card on the same page.</summary>
    public void Fail(Subscription subscription, string description)
    {
        lock (_gate)
        {
            // A late failure report never undoes a payment that already succeeded.
            if (subscription.State == SubscriptionState.Active) return;
            subscription.State = SubscriptionState.PaymentFailed;
            subscription.StatusDescription = description;
        }
    }

    /// <summary>Records a charge after sign-up; false when this payment event was already recorded.</summary>
    public bool AddCharge(Subscription subscription, Charge charge, string eventKey)
    {
        lock (_gate)
        {
            if (!subscription.AppliedEvents.Add(eventKey)) return false;
            subscription.Charges = subscription.Charges.Append(charge).ToArray();
            return true;
        }
    }

    /// <summary>The subscription a one-click charge order belongs to ("{sign-up order}-C{n}"), or null.</summary>
    public Subscription? FindByChargeOrder(string? chargeOrderId)
    {
        var cut = chargeOrderId?.LastIndexOf("-C", StringComparison.Ordinal) ?? -1;
        return cut > 0 ? Find(chargeOrderId![..cut]) : null;
    }

    /// <summary>The order id for the next one-click charge of this subscription.</summary>
    public string NextChargeOrderId(Subscription subscription)
    {
        lock (_gate) return subscription.OrderId + "-C" + (subscription.Charges.Count(c => c.Kind == ChargeKinds.OneClick) + 1).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The stored card token, for charging it; null until the first payment succeeded.</summary>
    internal string? CardTokenOf(Subscription subscription)
    {
        lock (_gate) return subscription.CardToken;
    }
}
