using System.ComponentModel.DataAnnotations;

namespace Finpay.Generated.Validation;

/// <summary>
/// The spec's <c>pattern</c> as DataAnnotations (ASP.NET Core model validation, <c>Validator.TryValidateObject</c>) checks it:
/// searched in the text the value is sent as by the <see cref="StringPattern"/> the generated <c>Validate()</c> uses, as JSON
/// Schema does. DataAnnotations' own <see cref="RegularExpressionAttribute"/> requires the whole value to match, so
/// <c>^https?://</c> would refuse every valid callback URL, and it matches a non-string's <c>ToString()</c> in the current
/// culture (<c>1000.00m</c> as <c>"1000,00"</c> in Indonesian, where <c>"1000"</c> is sent). NSwag writes it in place of
/// <c>RegularExpression</c> (<c>generator/NSwagTemplates/Class.liquid</c>); the analyzers and the validator generator read it
/// as the <c>RegularExpression</c> it is.
/// </summary>
internal sealed class WirePatternAttribute : RegularExpressionAttribute
{
    private StringPattern? _pattern;

    public WirePatternAttribute(string pattern)
        : base(pattern)
    {
    }

    public override bool IsValid(object? value)
    {
        var text = WireText.Of(value);
        // As RegularExpressionAttribute: an absent or empty value is Required's to refuse.
        if (text is null || text.Length == 0) return true;
        _pattern ??= StringPattern.Create(Pattern);
        return _pattern.IsMatch(text);
    }
}
