using Finpay.Generated.Serialization;

namespace Finpay.Generated.Validation;

/// <summary>The text a DTO property's value travels as, for the DataAnnotations rules that measure it.</summary>
internal static class WireText
{
    public static string? Of(object? value) => value switch
    {
        null => null,
        decimal amount => AmountText.Format(amount),
        _ => value.ToString(),
    };
}
