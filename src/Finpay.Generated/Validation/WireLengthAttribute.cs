using System.ComponentModel.DataAnnotations;

namespace Finpay.Generated.Validation;

/// <summary>
/// The spec's <c>minLength</c>/<c>maxLength</c> on a property that is not a string in C# but travels as text: a request amount
/// (its digits) or an open-set value (its code). DataAnnotations' <see cref="StringLengthAttribute"/> casts the value to
/// <c>string</c>, so ASP.NET Core model validation and <c>Validator.TryValidateObject</c> would throw on these properties; this
/// one measures the text that is sent. NSwag writes it instead of <c>StringLength</c> on such properties
/// (<c>generator/NSwagTemplates/Class.liquid</c>); the analyzers and the validator generator read it as the
/// <c>StringLength</c> it is.
/// </summary>
internal sealed class WireLengthAttribute : StringLengthAttribute
{
    public WireLengthAttribute(int maximumLength)
        : base(maximumLength)
    {
    }

    public override bool IsValid(object? value) => base.IsValid(WireText.Of(value));
}
