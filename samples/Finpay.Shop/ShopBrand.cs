namespace Finpay.Shop;

/// <summary>The shop's name, in one place.</summary>
public static class ShopBrand
{
    /// <summary>The shop's name.</summary>
    public const string Name = "Kopi Nusantara";
}
