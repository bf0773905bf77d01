using System;
using Finpay.Generated;
using Finpay.Sandbox.Cards;
using Finpay.Sandbox.Schedules;
using Newtonsoft.Json.Linq;

namespace Finpay.Sandbox.Orders;

/// <summary>One order and its state. Every change happens under <see cref="Gate"/>.</summary>
internal sealed class SandboxOrder
{
    public SandboxOrder(string id, string merchantId, decimal amount, string currency, DateTimeOffset createdAt)
    {
        Id = id;
        MerchantId = merchantId;
        Amount = amount;
        Currency = currency;
        CreatedAt = createdAt;
        Reference = "FP-" + createdAt.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture) + "-" +
                    Guid.NewGuid().ToString("N").Substring(0, 8).ToUpperInvariant();
    }

    public object Gate { get; } = new();

    public string Id { get; }

    public string MerchantId { get; }

    public decimal Amount { get; }

    public string Currency { get; }

    public string? Description { get; set; }

    public DateTimeOffset CreatedAt { get; }

    public string Reference { get; }

    public CustomerReference Customer { get; set; } = new();

    /// <summary>meta.data exactly as the merchant sent it (JSON null when absent), echoed in callbacks and checks.</summary>
    public JToken MetaData { get; set; } = JValue.CreateNull();

    public string? CallbackUrl { get; set; }

    public string? SuccessUrl { get; set; }

    public string? FailUrl { get; set; }

    public string Status { get; set; } = OrderStatus.Initiated;

    public string StatusDescription { get; set; } = "Waiting for the customer";

    public DateTimeOffset StatusAt { get; set; }

    /// <summary>The hosted page's access token (64 hex), for orders made by initiate.</summary>
    public string? PageToken { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public bool StoreCard { get; set; }

    public Generated.Recurring? Recurring { get; set; }

    public Subscription? Subscription { get; set; }

    public TestCard? Card { get; set; }

    public StoredCard? StoredCard { get; set; }

    public decimal Refunded { get; set; }

    /// <summary>Moves an unpaid order past its expiry to EXPIRED; called before any read or change.</summary>
    public void ExpireIfDue(DateTimeOffset now)
    {
        if (Status is OrderStatus.Initiated or OrderStatus.Failed && PageToken is not null && now > ExpiresAt)
        {
            Status = OrderStatus.Expired;
            StatusDescription = "The payment link expired";
            StatusAt = ExpiresAt;
        }
    }

    public override string ToString() => $"Order {Id} ({Status})";
}
