namespace Finpay.Shop.Subscriptions;

/// <summary>The kinds of <see cref="Charge"/> the shop shows.</summary>
public static class ChargeKinds
{
    /// <summary>A charge Finpay's recurring schedule took.</summary>
    public const string Renewal = "Monthly renewal";

    /// <summary>A charge the shop took with the stored card from the admin page.</summary>
    public const string OneClick = "One-click charge";
}
