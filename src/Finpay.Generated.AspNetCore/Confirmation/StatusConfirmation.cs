using System;
using System.Threading;
using System.Threading.Tasks;
using Finpay.Generated.Errors;
using Finpay.Generated.Values;

namespace Finpay.Generated.AspNetCore.Confirmation;

/// <summary>
/// Asks Finpay (check status) where the order of a callback stands now. For the order's own payment that is check status's
/// answer. A recurring charge has a reference of its own that check status does not report: its callback's status holds
/// while Finpay still has the order paid, and gives way to Finpay's status once the order was refunded, cancelled or voided.
/// </summary>
internal static class StatusConfirmation
{
    public static async Task<ConfirmationOutcome> ConfirmAsync(IFinpayCardClient client, Callback callback, CancellationToken cancellationToken)
    {
        var orderId = callback.Order!.Id!;
        CheckStatusResponse answer;
        try
        {
            answer = await client.CheckStatusAsync(orderId, cancellationToken).ConfigureAwait(false);
        }
        catch (FinpayApiException failure) when (failure.StatusCode == 404)
        {
            return ConfirmationOutcome.Refuted($"Finpay does not know order {orderId} for this merchant (check status answered 404, {failure.ResponseCode})");
        }
        catch (FinpayException failure)
        {
            return ConfirmationOutcome.Unavailable($"the status check failed: {failure.GetType().Name}: {failure.Message}");
        }

        var known = answer.Data;
        if (!string.Equals(known.Order?.Id, orderId, StringComparison.Ordinal))
            return ConfirmationOutcome.Refuted($"Finpay's status check for order {orderId} answered for order {known.Order?.Id ?? "(none)"}");

        var payment = callback.Result!.Payment!;
        var knownPayment = known.Result?.Payment;
        if (string.IsNullOrEmpty(knownPayment?.Status))
            return ConfirmationOutcome.Unavailable($"Finpay's status check for order {orderId} names no payment status");
        var knownStatus = new PaymentStatus(knownPayment!.Status!);
        var knownReference = knownPayment.Reference ?? known.Order?.Reference;

        // The order's own payment: Finpay's status now is the one to act on, whatever the callback said.
        var aboutTheOrdersOwnPayment = payment.Reference is null ||
            string.Equals(payment.Reference, knownReference, StringComparison.Ordinal) ||
            string.Equals(payment.Reference, known.Order?.Reference, StringComparison.Ordinal);
        if (aboutTheOrdersOwnPayment) return ConfirmationOutcome.Confirmed(knownStatus, knownReference);

        // Another payment of the order (a recurring charge has a reference of its own, which check status does not
        // report): its own status holds while Finpay still has the order paid; once the order was refunded, cancelled or
        // voided, Finpay has moved on and the callback is history.
        return StillPaid(knownStatus)
            ? ConfirmationOutcome.Confirmed(new PaymentStatus(payment.Status!), payment.Reference)
            : ConfirmationOutcome.Confirmed(knownStatus, knownReference);
    }

    private static bool StillPaid(PaymentStatus status) => status == PaymentStatus.Paid || status == PaymentStatus.Captured;
}
