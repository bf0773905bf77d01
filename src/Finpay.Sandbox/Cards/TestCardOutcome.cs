namespace Finpay.Sandbox.Cards;

/// <summary>What happens when a test card is used.</summary>
public enum TestCardOutcome
{
    /// <summary>Every charge is approved.</summary>
    Approved,

    /// <summary>The hosted page declines it (do not honor); nothing is stored.</summary>
    Declined,

    /// <summary>The hosted page approves it and stores it, then every later charge (one-click, recurring) fails for insufficient funds.</summary>
    InsufficientFundsLater,
}
