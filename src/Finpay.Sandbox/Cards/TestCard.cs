namespace Finpay.Sandbox.Cards;

/// <summary>A documented sandbox card: any future expiry date and any 3-digit CVV work with it.</summary>
public sealed record TestCard(string Number, string Brand, string Type, string Issuer, TestCardOutcome Outcome, string Description)
{
    /// <summary>The number as Finpay shows it: first six, six stars, last four.</summary>
    public string Mask => Number.Substring(0, 6) + "******" + Number.Substring(Number.Length - 4);
}
