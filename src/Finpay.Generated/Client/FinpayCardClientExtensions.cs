using System;
using System.Threading;
using System.Threading.Tasks;
using Finpay.Generated.Errors;
using Finpay.Generated.Values;

namespace Finpay.Generated;

/// <summary>Calls built on <see cref="IFinpayCardClient"/>'s operations.</summary>
public static class FinpayCardClientExtensions
{
    /// <summary>
    /// Settles an outcome the SDK could not see (a <see cref="FinpayException"/> with <see cref="FinpayException.OutcomeUnknown"/>):
    /// asks check status about <paramref name="orderId"/> and answers paid, not paid, or still unknown. Never throws for
    /// Finpay's answer or its absence; a still unknown outcome is asked again later, with the same order id.
    /// </summary>
    public static async Task<PaymentResolution> ResolvePaymentAsync(this IFinpayCardClient client, string orderId, CancellationToken cancellationToken = default)
    {
        if (client is null) throw new ArgumentNullException(nameof(client));
        if (string.IsNullOrEmpty(orderId)) throw new ArgumentException("The order id whose outcome is unknown is required.", nameof(orderId));
        CheckStatusResponse answer;
        try
        {
            answer = await client.CheckStatusAsync(orderId, cancellationToken).ConfigureAwait(false);
        }
        catch (FinpayApiException notFound) when (notFound.StatusCode == 404)
        {
            return new PaymentResolution(orderId, PaymentOutcome.NotPaid, null, null, "Finpay has no such order: it was never created, so nothing was charged");
        }
        catch (FinpayException unavailable)
        {
            return new PaymentResolution(orderId, PaymentOutcome.Unknown, null, null, "check status did not answer (" + unavailable.GetType().Name + "); ask again later");
        }

        var payment = answer.Data.Result?.Payment;
        if (payment?.Status is not { } status || status.ToString().Length == 0)
            return new PaymentResolution(orderId, PaymentOutcome.Unknown, null, payment?.Reference, "check status gave no payment status; ask again later");
        var outcome = OutcomeOf(status);
        var reason = outcome switch
        {
            PaymentOutcome.Paid => $"Finpay says {status}",
            PaymentOutcome.NotPaid => $"Finpay says {status}" + (payment.StatusDesc is { Length: > 0 } desc ? ": " + desc : ""),
            _ => $"Finpay says {status}, which is not final yet; ask again later",
        };
        return new PaymentResolution(orderId, outcome, status, payment.Reference, reason);
    }

    private static PaymentOutcome OutcomeOf(PaymentStatus status)
    {
        if (status == PaymentStatus.Paid || status == PaymentStatus.Captured || status == PaymentStatus.PartiallyCaptured ||
            status == PaymentStatus.Authorized || status == PaymentStatus.Refunded || status == PaymentStatus.PartiallyRefunded)
            return PaymentOutcome.Paid;
        if (status == PaymentStatus.Failed || status == PaymentStatus.Failure || status == PaymentStatus.Cancelled || status == PaymentStatus.Expired)
            return PaymentOutcome.NotPaid;
        return PaymentOutcome.Unknown;
    }
}
