using System;
using System.Collections.Generic;
using Finpay.Shop.Catalog;
using Finpay.Shop.Payments;

namespace Finpay.Shop.Subscriptions;

/// <summary>
/// One customer's subscription to a plan. Its state changes only through <see cref="SubscriptionStore"/>, from verified
/// callbacks and from the shop's own charges.
/// </summary>
public sealed class Subscription
{
    internal Subscription(string orderId, Plan plan, CustomerDetails customer, DateTimeOffset createdAt)
    {
        OrderId = orderId;
        Plan = plan;
        Customer = customer;
        CreatedAt = createdAt;
    }

    /// <summary>The order id of the sign-up payment; Finpay's callbacks carry it.</summary>
    public string OrderId { get; }

    /// <summary>The plan subscribed to.</summary>
    public Plan Plan { get; }

    /// <summary>The customer as typed at checkout.</summary>
    public CustomerDetails Customer { get; }

    /// <summary>When the customer checked out.</summary>
    public DateTimeOffset CreatedAt { get; }

    /// <summary>Where the subscription stands.</summary>
    public SubscriptionState State { get; internal set; } = SubscriptionState.AwaitingPayment;

    /// <summary>Finpay's words for the last status ("Payment Success", "Do not honor").</summary>
    public string? StatusDescription { get; internal set; }

    /// <summary>Finpay's hosted card page for this order, kept so a customer whose card was declined can try another.</summary>
    public Uri? PaymentPage { get; internal set; }

    /// <summary>The stored card as Finpay masks it (481111******1114), once the first payment succeeded.</summary>
    public string? CardMask { get; internal set; }

    /// <summary>The stored card's token, which charges it again. A secret: never shown, logged or printed.</summary>
    internal string? CardToken { get; set; }

    /// <summary>Renewals and one-click charges, oldest first. Replaced, never changed, so a page can read it while a callback adds one.</summary>
    public IReadOnlyList<Charge> Charges { get; internal set; } = Array.Empty<Charge>();

    /// <summary>Callback events already applied (reference and time), so a renewal is counted once.</summary>
    internal HashSet<string> AppliedEvents { get; } = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public override string ToString() => $"Subscription {OrderId} ({Plan.Name}, {State})";

    /// <summary>What a page shows, copied at one moment (the store takes it under its lock). The card token stays behind.</summary>
    internal Subscription Copy() => new(OrderId, Plan, Customer, CreatedAt)
    {
        State = State,
        StatusDescription = StatusDescription,
        PaymentPage = PaymentPage,
        CardMask = CardMask,
        Charges = Charges,
    };
}
