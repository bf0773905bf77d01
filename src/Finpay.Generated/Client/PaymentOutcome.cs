namespace Finpay.Generated;

/// <summary>What Finpay's check status says became of an order's payment (see <see cref="FinpayCardClientExtensions.ResolvePaymentAsync"/>).</summary>
public enum PaymentOutcome
{
    /// <summary>Finpay cannot say yet (the payment is still in progress, or check status did not answer): ask again later.</summary>
    Unknown = 0,

    /// <summary>The card was charged (paid, captured or authorized; refunds after that included).</summary>
    Paid = 1,

    /// <summary>No money was taken: the payment failed, expired or was cancelled, or Finpay has no such order.</summary>
    NotPaid = 2,
}
