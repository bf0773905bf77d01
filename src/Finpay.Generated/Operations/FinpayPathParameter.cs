using System;

namespace Finpay.Generated.Operations;

/// <summary>A parameter in an operation's path template, with the rules of its schema in the spec.</summary>
internal sealed class FinpayPathParameter
{
    public FinpayPathParameter(string name, int? minLength, int? maxLength, string? pattern, bool isSecret)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        MinLength = minLength;
        MaxLength = maxLength;
        Pattern = pattern;
        IsSecret = isSecret;
    }

    /// <summary>The name inside the template's braces, e.g. <c>orderId</c>.</summary>
    public string Name { get; }

    /// <summary>The least number of code points, as the spec's <c>minLength</c> counts them.</summary>
    public int? MinLength { get; }

    /// <summary>The most code points allowed (<c>maxLength</c>).</summary>
    public int? MaxLength { get; }

    /// <summary>The spec's ECMA-262 <c>pattern</c>, searched rather than anchored, as JSON Schema does.</summary>
    public string? Pattern { get; }

    /// <summary>
    /// The value is a secret (<c>x-finpay-secret: true</c>, the card token): it never reaches a log, a span or an exception
    /// message, and is redacted as <c>***</c>.
    /// </summary>
    public bool IsSecret { get; }

    public override string ToString() => Name;
}
