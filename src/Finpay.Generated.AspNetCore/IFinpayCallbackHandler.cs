using System.Threading;
using System.Threading.Tasks;

namespace Finpay.Generated.AspNetCore;

/// <summary>
/// Your code for a payment event Finpay reported. The endpoint calls it only for a callback whose signature matched (and,
/// unless switched off, after asking Finpay where the order stands now), and at most once per payment event across every
/// instance sharing the claim store. Act on <see cref="FinpayPaymentEvent.Status"/>, not on the callback's own status.
/// Return normally when the event is fully handled; throw to have Finpay send it again later.
/// </summary>
public interface IFinpayCallbackHandler
{
    /// <summary>Handles one verified payment event. An exception makes the endpoint answer 500, so Finpay retries.</summary>
    /// <param name="paymentEvent">The callback, the merchant account it belongs to, and the status to act on.</param>
    /// <param name="cancellationToken">Fires when Finpay gives up on the request.</param>
    Task HandleAsync(FinpayPaymentEvent paymentEvent, CancellationToken cancellationToken);
}
