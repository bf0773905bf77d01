using System;
using Newtonsoft.Json;

namespace Finpay.Generated.Values;

/// <summary>
/// Whether a card is or becomes stored (<c>card.storedOnFile</c>).
/// An open set: a value Finpay adds later is kept exactly as received, and compares equal to a known constant
/// regardless of case. Converts implicitly to and from <see cref="string"/>, so it works directly with the DTOs' string
/// properties (<c>card.storedOnFile</c>).
/// </summary>
[JsonConverter(typeof(ExtensibleValueJsonConverter))]
public readonly struct CardStorage : IEquatable<CardStorage>
{
    private readonly string? _value;

    /// <summary>Wraps a wire value, known or not, keeping it as it is.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public CardStorage(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Store the card on this initiate so later payments can use its token. Wire value <c>TO_BE_STORED</c>.</summary>
    public static CardStorage ToBeStored { get; } = new("TO_BE_STORED");

    /// <summary>Pay with a card stored earlier (send its token). Wire value <c>STORED</c>.</summary>
    public static CardStorage Stored { get; } = new("STORED");

    /// <summary>Do not store the card. Wire value <c>NOT_STORED</c>.</summary>
    public static CardStorage NotStored { get; } = new("NOT_STORED");

    /// <summary>The wire value, exactly as received or given.</summary>
    public override string ToString() => _value ?? string.Empty;

    /// <summary>Wraps a wire value.</summary>
    public static implicit operator CardStorage(string value) => new(value);

    /// <summary>Wraps a wire value that may be absent (null stays null).</summary>
    public static implicit operator CardStorage?(string? value) => value is null ? default(CardStorage?) : new CardStorage(value);

    /// <summary>The wire value.</summary>
    public static implicit operator string(CardStorage value) => value.ToString();

    /// <summary>Compares the wire values, ignoring case.</summary>
    public static bool operator ==(CardStorage left, CardStorage right) => left.Equals(right);

    /// <summary>Compares the wire values, ignoring case.</summary>
    public static bool operator !=(CardStorage left, CardStorage right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(CardStorage other) => string.Equals(ToString(), other.ToString(), StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CardStorage other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(ToString());
}
