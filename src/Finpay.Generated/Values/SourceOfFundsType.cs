using System;
using Newtonsoft.Json;

namespace Finpay.Generated.Values;

/// <summary>
/// How the customer pays (<c>sourceOfFunds.type</c>); <c>cc</c> for cards, other codes for wallets and virtual accounts.
/// An open set: a value Finpay adds later is kept exactly as received, and compares equal to a known constant
/// regardless of case. Converts implicitly to and from <see cref="string"/>, so it works directly with the DTOs' string
/// properties (<c>sourceOfFunds.type</c>).
/// </summary>
[JsonConverter(typeof(ExtensibleValueJsonConverter))]
public readonly struct SourceOfFundsType : IEquatable<SourceOfFundsType>
{
    private readonly string? _value;

    /// <summary>Wraps a wire value, known or not, keeping it as it is.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public SourceOfFundsType(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>A credit or debit card. Wire value <c>cc</c>.</summary>
    public static SourceOfFundsType Card { get; } = new("cc");

    /// <summary>The wire value, exactly as received or given.</summary>
    public override string ToString() => _value ?? string.Empty;

    /// <summary>Wraps a wire value.</summary>
    public static implicit operator SourceOfFundsType(string value) => new(value);

    /// <summary>Wraps a wire value that may be absent (null stays null).</summary>
    public static implicit operator SourceOfFundsType?(string? value) => value is null ? default(SourceOfFundsType?) : new SourceOfFundsType(value);

    /// <summary>The wire value.</summary>
    public static implicit operator string(SourceOfFundsType value) => value.ToString();

    /// <summary>Compares the wire values, ignoring case.</summary>
    public static bool operator ==(SourceOfFundsType left, SourceOfFundsType right) => left.Equals(right);

    /// <summary>Compares the wire values, ignoring case.</summary>
    public static bool operator !=(SourceOfFundsType left, SourceOfFundsType right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(SourceOfFundsType other) => string.Equals(ToString(), other.ToString(), StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SourceOfFundsType other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(ToString());
}
