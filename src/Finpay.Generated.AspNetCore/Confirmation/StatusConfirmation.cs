using System;
using System.Threading;
using System.Threading.Tasks;
using Finpay.Generated.Errors;

namespace Finpay.Generated.AspNetCore.Confirmation;

/// <summary>
/// Asks Finpay (check status) whether a callback's report still holds. A recurring charge has a reference of its own while
/// the check answers for the order, so its status is compared only when the callback is about the order's own payment;
/// for a charge, Finpay must still know the order.
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
        if (!string.Equals(known?.Order?.Id, orderId, StringComparison.Ordinal))
            return ConfirmationOutcome.Refuted($"Finpay's status check for order {orderId} answered for order {known?.Order?.Id ?? "(none)"}");

        var payment = callback.Result?.Payment;
        var knownPayment = known!.Result?.Payment;
        var aboutTheOrdersOwnPayment = payment?.Reference is { } reference &&
            (string.Equals(reference, knownPayment?.Reference, StringComparison.Ordinal) || string.Equals(reference, known.Order?.Reference, StringComparison.Ordinal));
        if (aboutTheOrdersOwnPayment && !string.Equals(payment!.Status, knownPayment?.Status, StringComparison.OrdinalIgnoreCase))
            return ConfirmationOutcome.Refuted($"the callback reports {payment.Status ?? "(no status)"} but Finpay's status check says {knownPayment?.Status ?? "(no status)"}");

        return ConfirmationOutcome.Confirmed;
    }
}
