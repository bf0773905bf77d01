using System;
using Newtonsoft.Json;

namespace Finpay.Generated.Values;

/// <summary>
/// The unit of a recurring interval (<c>recurring.intervalUnit</c>, <c>recurring.retry.intervalUnit</c>).
/// An open set: a value Finpay adds later is kept exactly as received, and compares equal to a known constant
/// regardless of case. Converts implicitly to and from <see cref="string"/>, so it works directly with the DTOs' string
/// properties (<c>recurring.intervalUnit</c>).
/// </summary>
[JsonConverter(typeof(ExtensibleValueJsonConverter))]
public readonly struct IntervalUnit : IEquatable<IntervalUnit>
{
    private readonly string? _value;

    /// <summary>Wraps a wire value, known or not, keeping it as it is.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public IntervalUnit(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Wire value <c>minutes</c>.</summary>
    public static IntervalUnit Minutes { get; } = new("minutes");

    /// <summary>Wire value <c>daily</c>.</summary>
    public static IntervalUnit Daily { get; } = new("daily");

    /// <summary>Wire value <c>weekly</c>.</summary>
    public static IntervalUnit Weekly { get; } = new("weekly");

    /// <summary>Wire value <c>monthly</c>.</summary>
    public static IntervalUnit Monthly { get; } = new("monthly");

    /// <summary>The wire value, exactly as received or given.</summary>
    public override string ToString() => _value ?? string.Empty;

    /// <summary>Wraps a wire value.</summary>
    public static implicit operator IntervalUnit(string value) => new(value);

    /// <summary>Wraps a wire value that may be absent (null stays null).</summary>
    public static implicit operator IntervalUnit?(string? value) => value is null ? default(IntervalUnit?) : new IntervalUnit(value);

    /// <summary>The wire value.</summary>
    public static implicit operator string(IntervalUnit value) => value.ToString();

    /// <summary>Compares the wire values, ignoring case.</summary>
    public static bool operator ==(IntervalUnit left, IntervalUnit right) => left.Equals(right);

    /// <summary>Compares the wire values, ignoring case.</summary>
    public static bool operator !=(IntervalUnit left, IntervalUnit right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(IntervalUnit other) => string.Equals(ToString(), other.ToString(), StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is IntervalUnit other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(ToString());
}
