namespace Finpay.Sandbox.Cards;

/// <summary>A card stored on file: its 64-hex token, whose merchant and customer it belongs to, and the test card behind it.</summary>
internal sealed class StoredCard
{
    public StoredCard(string token, string merchantId, string? customerId, TestCard card)
    {
        Token = token;
        MerchantId = merchantId;
        CustomerId = customerId;
        Card = card;
    }

    public string Token { get; }

    public string MerchantId { get; }

    public string? CustomerId { get; }

    public TestCard Card { get; }

    public bool Deleted { get; set; }

    public override string ToString() => $"Stored {Card.Mask}";
}
