using System;
using Finpay.Generated.Values;

namespace Finpay.Generated.AspNetCore;

/// <summary>
/// One payment event for <see cref="IFinpayCallbackHandler"/>: the callback as Finpay sent it, which merchant account it
/// belongs to, and the status to act on. A callback carries no timestamp of when it was sent, so by the time it arrives
/// Finpay may have moved on (a PAID overtaken by a refund, or an old callback re-delivered): <see cref="Status"/> is then
/// Finpay's current status, never the callback's.
/// </summary>
public sealed class FinpayPaymentEvent
{
    /// <summary>Creates an event; the endpoint does this, and tests of a handler may too.</summary>
    /// <param name="callback">The verified callback as Finpay sent it.</param>
    /// <param name="merchantName">The <c>AddFinpay</c> name of the merchant account, <c>""</c> for the default client.</param>
    /// <param name="status">The status to act on.</param>
    /// <param name="paymentReference">The reference of the payment <paramref name="status"/> is about.</param>
    /// <param name="isConfirmed">Whether Finpay's check status gave <paramref name="status"/> at delivery.</param>
    public FinpayPaymentEvent(Callback callback, string merchantName, PaymentStatus status, string? paymentReference, bool isConfirmed)
    {
        Callback = callback ?? throw new ArgumentNullException(nameof(callback));
        MerchantName = merchantName ?? throw new ArgumentNullException(nameof(merchantName));
        Status = status;
        PaymentReference = paymentReference;
        IsConfirmed = isConfirmed;
    }

    /// <summary>The verified callback exactly as Finpay sent it: order, customer, card (its token is a secret), result.</summary>
    public Callback Callback { get; }

    /// <summary>The <c>AddFinpay</c> name of the merchant account the callback was sent to; <c>""</c> for the default client.</summary>
    public string MerchantName { get; }

    /// <summary>The order's id (<c>order.id</c>).</summary>
    public string OrderId => Callback.Order?.Id ?? string.Empty;

    /// <summary>
    /// The status to act on: Finpay's status as check status confirmed it when the callback was delivered, or the
    /// callback's own when confirmation is switched off (<see cref="FinpayCallbackOptions.ConfirmWithCheckStatus"/>).
    /// </summary>
    public PaymentStatus Status { get; }

    /// <summary>The reference of the payment <see cref="Status"/> is about: Finpay's current payment when it has moved on, else the callback's.</summary>
    public string? PaymentReference { get; }

    /// <summary>Whether <see cref="Status"/> comes from Finpay's check status at delivery (false when confirmation is switched off).</summary>
    public bool IsConfirmed { get; }

    /// <summary>
    /// True when Finpay reports another status or another payment than the callback did: the callback is history, and
    /// <see cref="Status"/> and <see cref="PaymentReference"/> say where the order stands now.
    /// </summary>
    public bool FinpayHasMovedOn =>
        !string.Equals(Callback.Result?.Payment?.Status, Status.ToString(), StringComparison.OrdinalIgnoreCase) ||
        !string.Equals(Callback.Result?.Payment?.Reference, PaymentReference, StringComparison.Ordinal);

    /// <summary>For logs: merchant, order, status and whether Finpay moved on. Nothing secret.</summary>
    public override string ToString() =>
        $"Payment event for order {OrderId} ({(MerchantName.Length == 0 ? "default merchant" : MerchantName)}): {Status}" +
        (FinpayHasMovedOn ? $" (the callback said {Callback.Result?.Payment?.Status ?? "(no status)"})" : string.Empty);
}
