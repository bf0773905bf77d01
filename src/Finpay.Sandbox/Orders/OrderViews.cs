using System;
using Finpay.Generated;

namespace Finpay.Sandbox.Orders;

/// <summary>How an order looks on the wire: the data of a status check, and the callback Finpay sends about it.</summary>
internal static class OrderViews
{
    public static PaymentStatusData StatusData(SandboxOrder order) => new()
    {
        Merchant = new MerchantReference { Id = order.MerchantId },
        Customer = order.Customer,
        Order = Summary(order, order.Reference, order.Amount),
        Card = CardOf(order, includeToken: false),
        Meta = new MetaEcho { Data = order.MetaData },
        Result = new Result
        {
            Payment = new PaymentResult
            {
                Status = order.Status,
                StatusDesc = order.StatusDescription,
                DateTime = SandboxClock.Format(order.StatusAt),
                Reference = order.Reference,
                Channel = "CC",
                Amount = order.Amount,
            },
        },
    };

    /// <summary>A callback about the order, or about one charge of it (a recurring charge has its own reference and amount).</summary>
    public static Callback Callback(SandboxOrder order, string status, string statusDescription, DateTimeOffset at, string reference, decimal amount) => new()
    {
        Order = Summary(order, reference, amount),
        Customer = order.Customer,
        Meta = new MetaEcho { Data = order.MetaData },
        Card = CardOf(order, includeToken: true),
        // What real callbacks carry beyond Finpay's documented objects (read by open-source integrations).
        Merchant = new MerchantReference { Id = order.MerchantId },
        SourceOfFunds = new CallbackSourceOfFunds { Type = "cc", Channel = "CC" },
        Result = new Result
        {
            Payment = new PaymentResult
            {
                Status = status,
                StatusDesc = statusDescription,
                DateTime = SandboxClock.Format(at),
                Reference = reference,
                Channel = "CC",
                Amount = amount,
            },
        },
    };

    private static OrderSummary Summary(SandboxOrder order, string reference, decimal amount) => new()
    {
        Id = order.Id,
        Reference = reference,
        Amount = amount,
        Currency = order.Currency,
        Description = order.Description,
    };

    private static CardDetails? CardOf(SandboxOrder order, bool includeToken)
    {
        var card = order.StoredCard?.Card ?? order.Card;
        if (card is null) return null;
        return new CardDetails
        {
            Mask = card.Mask,
            // The callback is how the merchant learns the stored card's token; a status check never shows it.
            Token = includeToken ? order.StoredCard?.Token : null,
            Info = new CardInfo { Brand = card.Brand, Issuing = card.Issuer, Type = card.Type, Country = "IDN" },
        };
    }
}
