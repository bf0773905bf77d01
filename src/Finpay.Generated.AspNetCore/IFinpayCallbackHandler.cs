using System.Threading;
using System.Threading.Tasks;

namespace Finpay.Generated.AspNetCore;

/// <summary>
/// Your code for a payment event Finpay reported. The endpoint calls it only for a callback whose signature matched (and,
/// unless switched off, whose status Finpay confirmed), and at most once per payment event across every instance sharing
/// the claim store. Return normally when the event is fully handled; throw to have Finpay send it again later.
/// </summary>
public interface IFinpayCallbackHandler
{
    /// <summary>Handles one verified payment event. An exception makes the endpoint answer 500, so Finpay retries.</summary>
    /// <param name="callback">The verified callback: order, customer, card (its token is a secret), result.</param>
    /// <param name="cancellationToken">Fires when Finpay gives up on the request.</param>
    Task HandleAsync(Callback callback, CancellationToken cancellationToken);
}
