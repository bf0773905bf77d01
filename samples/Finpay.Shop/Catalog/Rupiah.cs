using System.Globalization;

namespace Finpay.Shop.Catalog;

/// <summary>Prices as Indonesian shoppers read them: "Rp149.000".</summary>
public static class Rupiah
{
    /// <summary>Formats an amount in rupiah without decimals, with dots between thousands.</summary>
    // Built by hand rather than from the id-ID culture, which is missing when the runtime runs without ICU.
    public static string Format(decimal amount) => "Rp" + amount.ToString("N0", CultureInfo.InvariantCulture).Replace(',', '.');
}
