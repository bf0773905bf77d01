using System;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Finpay.Generated.AspNetCore.Endpoint;

/// <summary>
/// What makes one callback a payment event of its own, for "handled once". Not the order id alone: a subscription's
/// recurring charges all arrive for the same <c>order.id</c>, each with its own payment reference and date-time, and one
/// payment can change status later (PAID, then REFUNDED) with a callback for each. So the key is the merchant, the order
/// id, the payment's reference, its status, its date-time and its amount. The same event sent again (Finpay's retries, a
/// replayed body) has the same key whatever its JSON layout or signature; descriptions are left out because they describe
/// an event rather than tell two apart.
/// </summary>
internal sealed class PaymentEvent
{
    private PaymentEvent(string merchant, string orderId, string? reference, string? status, string? dateTime, string amount)
    {
        OrderId = orderId;
        Reference = reference;
        Status = status;
        DateTime = dateTime;
        Key = Hash(merchant, orderId, reference, status, dateTime, amount);
    }

    /// <summary>A fixed-length key: a SHA-256 of the parts, each length-prefixed, so no choice of values can make two events collide.</summary>
    public string Key { get; }

    public string OrderId { get; }

    public string? Reference { get; }

    public string? Status { get; }

    public string? DateTime { get; }

    /// <summary>The event of a verified callback, or null when it names no order.</summary>
    public static PaymentEvent? Of(string merchant, Callback callback)
    {
        var orderId = callback.Order?.Id;
        if (string.IsNullOrEmpty(orderId)) return null;
        var payment = callback.Result?.Payment;
        // 1000 and 1000.00 are one amount: the key must not depend on how the JSON wrote it.
        var amount = (payment?.Amount ?? callback.Order?.Amount)?.ToString("0.############################", CultureInfo.InvariantCulture) ?? string.Empty;
        return new PaymentEvent(merchant, orderId!, payment?.Reference, payment?.Status, payment?.DateTime, amount);
    }

    private static string Hash(params string?[] parts)
    {
        var text = new StringBuilder();
        foreach (var part in parts)
        {
            var value = part ?? string.Empty;
            text.Append(value.Length).Append(':').Append(value).Append(';');
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()))).ToLowerInvariant();
    }

    /// <summary>For logs: order, status, reference, date-time. Nothing secret is part of an event.</summary>
    public override string ToString() => $"order {OrderId} {Status ?? "(no status)"} reference {Reference ?? "(none)"} at {DateTime ?? "(no date-time)"}";
}
