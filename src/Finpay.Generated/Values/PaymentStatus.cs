using System;
using Newtonsoft.Json;

namespace Finpay.Generated.Values;

/// <summary>
/// The status of a payment (<c>result.payment.status</c>).
/// An open set: a value Finpay adds later is kept exactly as received, and compares equal to a known constant
/// regardless of case. Converts implicitly to and from <see cref="string"/>, so it works directly with the DTOs' string
/// properties (<c>result.payment.status</c>).
/// </summary>
[JsonConverter(typeof(ExtensibleValueJsonConverter))]
public readonly struct PaymentStatus : IEquatable<PaymentStatus>
{
    private readonly string? _value;

    /// <summary>Wraps a wire value, known or not, keeping it as it is.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public PaymentStatus(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Wire value <c>PAID</c>.</summary>
    public static PaymentStatus Paid { get; } = new("PAID");

    /// <summary>Wire value <c>AUTHENTICATED</c>.</summary>
    public static PaymentStatus Authenticated { get; } = new("AUTHENTICATED");

    /// <summary>Wire value <c>AUTHORIZED</c>.</summary>
    public static PaymentStatus Authorized { get; } = new("AUTHORIZED");

    /// <summary>Wire value <c>PARTIALLY_CAPTURED</c>.</summary>
    public static PaymentStatus PartiallyCaptured { get; } = new("PARTIALLY_CAPTURED");

    /// <summary>Wire value <c>CAPTURED</c>.</summary>
    public static PaymentStatus Captured { get; } = new("CAPTURED");

    /// <summary>Wire value <c>PARTIALLY_REFUNDED</c>.</summary>
    public static PaymentStatus PartiallyRefunded { get; } = new("PARTIALLY_REFUNDED");

    /// <summary>Wire value <c>REFUNDED</c>.</summary>
    public static PaymentStatus Refunded { get; } = new("REFUNDED");

    /// <summary>Wire value <c>CANCELLED</c>.</summary>
    public static PaymentStatus Cancelled { get; } = new("CANCELLED");

    /// <summary>Wire value <c>INITIATED</c>.</summary>
    public static PaymentStatus Initiated { get; } = new("INITIATED");

    /// <summary>Wire value <c>AUTHENTICATION_INITIATED</c>.</summary>
    public static PaymentStatus AuthenticationInitiated { get; } = new("AUTHENTICATION_INITIATED");

    /// <summary>Wire value <c>REQUEST_INITIATED</c>.</summary>
    public static PaymentStatus RequestInitiated { get; } = new("REQUEST_INITIATED");

    /// <summary>Wire value <c>FAILURE</c>.</summary>
    public static PaymentStatus Failure { get; } = new("FAILURE");

    /// <summary>Wire value <c>PENDING</c>.</summary>
    public static PaymentStatus Pending { get; } = new("PENDING");

    /// <summary>Wire value <c>EXPIRED</c>.</summary>
    public static PaymentStatus Expired { get; } = new("EXPIRED");

    /// <summary>Wire value <c>FAILED</c>.</summary>
    public static PaymentStatus Failed { get; } = new("FAILED");

    /// <summary>The wire value, exactly as received or given.</summary>
    public override string ToString() => _value ?? string.Empty;

    /// <summary>Wraps a wire value.</summary>
    public static implicit operator PaymentStatus(string value) => new(value);

    /// <summary>Wraps a wire value that may be absent (null stays null).</summary>
    public static implicit operator PaymentStatus?(string? value) => value is null ? default(PaymentStatus?) : new PaymentStatus(value);

    /// <summary>The wire value.</summary>
    public static implicit operator string(PaymentStatus value) => value.ToString();

    /// <summary>Compares the wire values, ignoring case.</summary>
    public static bool operator ==(PaymentStatus left, PaymentStatus right) => left.Equals(right);

    /// <summary>Compares the wire values, ignoring case.</summary>
    public static bool operator !=(PaymentStatus left, PaymentStatus right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(PaymentStatus other) => string.Equals(ToString(), other.ToString(), StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PaymentStatus other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(ToString());
}
