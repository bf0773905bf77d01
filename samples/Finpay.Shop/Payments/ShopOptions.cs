using System;

namespace Finpay.Shop.Payments;

/// <summary>The shop's own settings (section "Shop").</summary>
public sealed class ShopOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Shop";

    /// <summary>
    /// The shop's address as Finpay reaches it (e.g. a tunnel to this machine), ending with "/". Needed with Finpay's
    /// development host, which cannot reach 127.0.0.1; not needed with the embedded sandbox.
    /// </summary>
    public Uri? PublicUrl { get; set; }
}
