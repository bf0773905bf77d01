using System;
using System.Threading;
using System.Threading.Tasks;
using Finpay.Generated;
using Finpay.Generated.Errors;
using Finpay.Generated.Values;
using Finpay.Shop.Subscriptions;
using Microsoft.Extensions.Logging;

namespace Finpay.Shop.Payments;

/// <summary>
/// Charges a subscription's stored card in one click (Finpay's pay with the card token from the first callback), e.g. for
/// an extra box. The result is recorded as a <see cref="Charge"/>, whether Finpay approved it or not.
/// </summary>
public sealed partial class OneClickCharge
{
    private readonly IFinpayCardClient _finpay;
    private readonly SubscriptionStore _store;
    private readonly TimeProvider _time;
    private readonly ILogger<OneClickCharge> _logger;

    /// <summary>Creates the charger.</summary>
    public OneClickCharge(IFinpayCardClient finpay, SubscriptionStore store, TimeProvider time, ILogger<OneClickCharge> logger)
    {
        _finpay = finpay;
        _store = store;
        _time = time;
        _logger = logger;
    }

    /// <summary>Charges the plan's monthly price once more; throws when the subscription has no stored card yet.</summary>
    public async Task<Charge> ChargeAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        var token = _store.CardTokenOf(subscription)
                    ?? throw new InvalidOperationException($"Subscription {subscription.OrderId} has no stored card yet.");
        var orderId = _store.NextChargeOrderId(subscription);
        var amount = subscription.Plan.MonthlyPrice;
        var request = new PaymentRequest
        {
            Customer = new Customer { Id = subscription.Customer.Email, Email = subscription.Customer.Email, MobilePhone = subscription.Customer.MobilePhone },
            Order = new Order
            {
                Id = orderId,
                Amount = amount,
                Currency = "IDR",
                Description = $"{ShopBrand.Name} {subscription.Plan.Name}, extra box",
            },
            Card = new Card { Token = token, StoredOnFile = CardStorage.Stored },
        };

        Charge charge;
        try
        {
            var paid = await _finpay.PayAsync(request, cancellationToken).ConfigureAwait(false);
            charge = Approved(orderId, amount, paid.Data?.Reference, paid.Data?.AuthorizationCode);
        }
        catch (FinpayException lost) when (lost.OutcomeUnknown)
        {
            // The card may have been charged before the answer was lost: ask Finpay about this same order rather than guess,
            // and never pay again under a new order id while its outcome is unknown.
            LogOutcomeUnknown(_logger, orderId, lost.GetType().Name);
            var resolution = await _finpay.ResolvePaymentAsync(orderId, cancellationToken).ConfigureAwait(false);
            switch (resolution.Outcome)
            {
                case PaymentOutcome.Paid:
                    charge = Approved(orderId, amount, resolution.Reference, null);
                    break;
                case PaymentOutcome.NotPaid:
                    charge = new Charge(orderId, ChargeKinds.OneClick, amount, _time.GetUtcNow(), false, "Declined: " + resolution.Reason);
                    break;
                default:
                    // Nothing is recorded, so the next charge re-sends this same order id, which Finpay never charges twice.
                    return new Charge(orderId, ChargeKinds.OneClick, amount, _time.GetUtcNow(), false,
                        "No answer from Finpay, so the outcome is not known yet. Charging again re-sends the same order, which is never charged twice.");
            }
        }
        catch (FinpayApiException declined)
        {
            LogDeclined(_logger, orderId, declined.ResponseCode?.ToString(), declined.ResponseMessage);
            charge = new Charge(orderId, ChargeKinds.OneClick, amount, _time.GetUtcNow(), false,
                $"Declined: {declined.ResponseMessage ?? "Finpay refused the charge"}");
        }

        _store.AddCharge(subscription, charge, orderId);
        return charge;
    }

    private Charge Approved(string orderId, decimal amount, string? reference, string? authorization) =>
        new(orderId, ChargeKinds.OneClick, amount, _time.GetUtcNow(), true,
            "Approved, reference " + reference + (authorization is null ? "" : ", authorization " + authorization));

    [LoggerMessage(Level = LogLevel.Warning, Message = "One-click charge {OrderId} declined: {ResponseCode} {ResponseMessage}")]
    private static partial void LogDeclined(ILogger logger, string orderId, string? responseCode, string? responseMessage);

    [LoggerMessage(Level = LogLevel.Warning, Message = "One-click charge {OrderId}: outcome unknown ({Reason}); checking its status with Finpay")]
    private static partial void LogOutcomeUnknown(ILogger logger, string orderId, string reason);
}
