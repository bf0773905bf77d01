namespace Finpay.Shop.Subscriptions;

/// <summary>Where a subscription stands, as far as Finpay's callbacks have told the shop.</summary>
public enum SubscriptionState
{
    /// <summary>Sent to Finpay's card page; no callback yet.</summary>
    AwaitingPayment,

    /// <summary>Finpay reported the first payment as paid: the card is stored and monthly billing runs.</summary>
    Active,

    /// <summary>Finpay reported the payment as failed (e.g. declined by the bank).</summary>
    PaymentFailed,
}
