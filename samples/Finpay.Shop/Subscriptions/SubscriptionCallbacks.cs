using System;
using System.Threading;
using System.Threading.Tasks;
using Finpay.Generated;
using Finpay.Generated.AspNetCore;
using Finpay.Generated.Values;
using Microsoft.Extensions.Logging;

namespace Finpay.Shop.Subscriptions;

/// <summary>
/// What the shop does with Finpay's callbacks. The endpoint has already verified the signature, confirmed the status with
/// Finpay and made sure each payment event arrives here once; this class only updates the subscriptions.
/// </summary>
public sealed partial class SubscriptionCallbacks : IFinpayCallbackHandler
{
    private readonly SubscriptionStore _store;
    private readonly TimeProvider _time;
    private readonly ILogger<SubscriptionCallbacks> _logger;

    /// <summary>Creates the handler.</summary>
    public SubscriptionCallbacks(SubscriptionStore store, TimeProvider time, ILogger<SubscriptionCallbacks> logger)
    {
        _store = store;
        _time = time;
        _logger = logger;
    }

    /// <summary>Applies one payment event to the subscription it belongs to.</summary>
    public Task HandleAsync(FinpayPaymentEvent paymentEvent, CancellationToken cancellationToken)
    {
        var callback = paymentEvent.Callback;
        var orderId = paymentEvent.OrderId;
        var payment = callback.Result?.Payment;
        // Finpay's status now, not the callback's: an old PAID arriving after a refund must not activate anything.
        var status = paymentEvent.Status;
        var description = paymentEvent.FinpayHasMovedOn ? status.ToString() : payment?.StatusDesc ?? status.ToString();

        var subscription = _store.Find(orderId);
        if (subscription is null)
        {
            // One-click charges are recorded from Finpay's answer to pay; their callbacks only confirm it.
            if (_store.FindByChargeOrder(orderId) is null) LogUnknownOrder(_logger, orderId);
            return Task.CompletedTask;
        }

        var paid = status == PaymentStatus.Paid || status == PaymentStatus.Captured;
        if (subscription.State != SubscriptionState.Active)
        {
            if (paid) _store.Activate(subscription, description, callback.Card?.Mask, callback.Card?.Token);
            else _store.Fail(subscription, description);
            LogApplied(_logger, subscription.OrderId, status.ToString(), subscription.State);
            return Task.CompletedTask;
        }

        // Already active: the same order id now reports a recurring charge. Its reference and time tell one month's
        // charge from the next.
        var eventKey = paymentEvent.PaymentReference + "|" + payment?.DateTime;
        var charge = new Charge(subscription.OrderId, ChargeKinds.Renewal, payment?.Amount ?? subscription.Plan.MonthlyPrice,
            _time.GetUtcNow(), paid, description);
        if (_store.AddCharge(subscription, charge, eventKey)) LogApplied(_logger, subscription.OrderId, status.ToString(), subscription.State);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Callback for {OrderId}: {Status}, subscription now {State}")]
    private static partial void LogApplied(ILogger logger, string orderId, string? status, SubscriptionState state);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Callback for an order this shop does not know: {OrderId}")]
    private static partial void LogUnknownOrder(ILogger logger, string? orderId);
}
