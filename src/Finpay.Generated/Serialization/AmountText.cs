using System.Globalization;

namespace Finpay.Generated.Serialization;

/// <summary>
/// The text an amount travels as where the spec makes it a string of digits (request amounts): a whole amount is its digits,
/// without the scale a decimal may carry (<c>1000.0m</c> is sent as <c>"1000"</c>); anything else keeps its sign and fraction
/// so the validators and the analyzer can name what is wrong with it.
/// </summary>
internal static class AmountText
{
    public static string Format(decimal value) =>
        IsWholeAndNotNegative(value)
            ? decimal.Truncate(value).ToString(CultureInfo.InvariantCulture)
            : value.ToString(CultureInfo.InvariantCulture);

    public static bool IsWholeAndNotNegative(decimal value) => value >= 0m && value == decimal.Truncate(value);

    /// <summary>How many digits a whole, non-negative amount has, counted without writing it.</summary>
    public static int DigitCount(decimal wholeValue)
    {
        var count = 1;
        var rest = decimal.Truncate(wholeValue / 10m);
        while (rest > 0m)
        {
            count++;
            rest = decimal.Truncate(rest / 10m);
        }

        return count;
    }
}
