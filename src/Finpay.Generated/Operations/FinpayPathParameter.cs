namespace Finpay.Generated.Operations;

/// <summary>A path parameter of an operation, with the rules the spec gives it.</summary>
internal sealed class FinpayPathParameter
{
    public FinpayPathParameter(string name, int? minLength, int? maxLength, string? pattern, bool isSecret)
    {
        Name = name;
        MinLength = minLength;
        MaxLength = maxLength;
        Pattern = pattern;
        IsSecret = isSecret;
    }

    public string Name { get; }

    public int? MinLength { get; }

    public int? MaxLength { get; }

    public string? Pattern { get; }

    /// <summary>A secret (<c>x-finpay-secret: true</c>, the card token): never logged, shown as <c>***</c>.</summary>
    public bool IsSecret { get; }
}
