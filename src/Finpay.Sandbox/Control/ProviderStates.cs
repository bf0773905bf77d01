using System;
using System.Collections.Generic;
using Finpay.Sandbox.Cards;
using Finpay.Sandbox.Orders;
using Newtonsoft.Json.Linq;

namespace Finpay.Sandbox.Control;

/// <summary>
/// Pact provider states: each sets up the data a consumer interaction expects. Params are optional; the defaults are the
/// seed values (order 1686716101151, amount 1000, the seed card token), for the default test merchant.
/// </summary>
internal static class ProviderStates
{
    public const string SeedOrderId = "1686716101151";
    public const string SeedCardToken = "81b36a850c2e40458bad296f952084b516c919ca717d448722782769b81b9fd9";

    public static IReadOnlyList<string> Names { get; } = new[]
    {
        "the sandbox is empty", "an initiated order", "a paid order", "a cancelled order", "a refunded order", "a stored card",
        "a paid order with a stored card", "no order",
    };

    /// <summary>Applies the state and returns the values it used (for Pact's provider-state injected values); null if unknown.</summary>
    public static object? Apply(SandboxState state, string name, JObject parameters)
    {
        var orderId = (string?)parameters["orderId"] ?? SeedOrderId;
        var token = (string?)parameters["cardToken"] ?? SeedCardToken;
        var amount = decimal.TryParse((string?)parameters["amount"], System.Globalization.NumberStyles.Number,
            System.Globalization.CultureInfo.InvariantCulture, out var a) ? a : 1000m;
        var merchantId = (string?)parameters["merchantId"] ?? state.DefaultMerchantId;

        switch (name)
        {
            case "the sandbox is empty":
                state.Reset();
                return new { };
            case "no order":
                state.Orders.Remove(orderId);
                return new { orderId };
            case "a stored card":
                state.Cards.Add(token, merchantId, "hajar.finnet@gmail.com", TestCards.Approved);
                return new { cardToken = token };
            case "an initiated order":
                state.PutOrder(orderId, merchantId, amount, OrderStatus.Initiated, "Waiting for the customer");
                return new { orderId };
            case "a paid order":
                state.PutOrder(orderId, merchantId, amount, OrderStatus.Paid, "Payment Success");
                return new { orderId };
            case "a cancelled order":
                state.PutOrder(orderId, merchantId, amount, OrderStatus.Cancelled, "Cancelled by the merchant");
                return new { orderId };
            case "a refunded order":
                var refunded = state.PutOrder(orderId, merchantId, amount, OrderStatus.Refunded, "Payment refunded");
                refunded.Refunded = amount;
                return new { orderId };
            case "a paid order with a stored card":
                var stored = state.Cards.Add(token, merchantId, "hajar.finnet@gmail.com", TestCards.Approved);
                var order = state.PutOrder(orderId, merchantId, amount, OrderStatus.Paid, "Payment Success");
                order.StoredCard = stored;
                return new { orderId, cardToken = token };
            default:
                return null;
        }
    }
}
