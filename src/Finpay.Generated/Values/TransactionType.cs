using System;
using Newtonsoft.Json;

namespace Finpay.Generated.Values;

/// <summary>
/// What kind of transaction a payment record is (<c>data.type</c> of a payment).
/// An open set: a value Finpay adds later is kept exactly as received, and compares equal to a known constant
/// regardless of case. Converts implicitly to and from <see cref="string"/>, so it works directly with the DTOs' string
/// properties (<c>data.type</c>).
/// </summary>
[JsonConverter(typeof(ExtensibleValueJsonConverter))]
public readonly struct TransactionType : IEquatable<TransactionType>
{
    private readonly string? _value;

    /// <summary>Wraps a wire value, known or not, keeping it as it is.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public TransactionType(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Wire value <c>AUTHENTICATION</c>.</summary>
    public static TransactionType Authentication { get; } = new("AUTHENTICATION");

    /// <summary>Wire value <c>AUTHORIZATION</c>.</summary>
    public static TransactionType Authorization { get; } = new("AUTHORIZATION");

    /// <summary>Wire value <c>AUTHORIZATION_UPDATE</c>.</summary>
    public static TransactionType AuthorizationUpdate { get; } = new("AUTHORIZATION_UPDATE");

    /// <summary>Wire value <c>CAPTURE</c>.</summary>
    public static TransactionType Capture { get; } = new("CAPTURE");

    /// <summary>Wire value <c>CHARGEBACK</c>.</summary>
    public static TransactionType Chargeback { get; } = new("CHARGEBACK");

    /// <summary>Wire value <c>DISBURSEMENT</c>.</summary>
    public static TransactionType Disbursement { get; } = new("DISBURSEMENT");

    /// <summary>Wire value <c>FUNDING</c>.</summary>
    public static TransactionType Funding { get; } = new("FUNDING");

    /// <summary>Wire value <c>PAYMENT</c>.</summary>
    public static TransactionType Payment { get; } = new("PAYMENT");

    /// <summary>Wire value <c>REFUND</c>.</summary>
    public static TransactionType Refund { get; } = new("REFUND");

    /// <summary>Wire value <c>REFUND_REQUEST</c>.</summary>
    public static TransactionType RefundRequest { get; } = new("REFUND_REQUEST");

    /// <summary>Wire value <c>VERIFICATION</c>.</summary>
    public static TransactionType Verification { get; } = new("VERIFICATION");

    /// <summary>Wire value <c>VOID_AUTHORIZATION</c>.</summary>
    public static TransactionType VoidAuthorization { get; } = new("VOID_AUTHORIZATION");

    /// <summary>Wire value <c>VOID_CAPTURE</c>.</summary>
    public static TransactionType VoidCapture { get; } = new("VOID_CAPTURE");

    /// <summary>Wire value <c>VOID_PAYMENT</c>.</summary>
    public static TransactionType VoidPayment { get; } = new("VOID_PAYMENT");

    /// <summary>Wire value <c>VOID_REFUND</c>.</summary>
    public static TransactionType VoidRefund { get; } = new("VOID_REFUND");

    /// <summary>The wire value, exactly as received or given.</summary>
    public override string ToString() => _value ?? string.Empty;

    /// <summary>Wraps a wire value.</summary>
    public static implicit operator TransactionType(string value) => new(value);

    /// <summary>Wraps a wire value that may be absent (null stays null).</summary>
    public static implicit operator TransactionType?(string? value) => value is null ? default(TransactionType?) : new TransactionType(value);

    /// <summary>The wire value.</summary>
    public static implicit operator string(TransactionType value) => value.ToString();

    /// <summary>Compares the wire values, ignoring case.</summary>
    public static bool operator ==(TransactionType left, TransactionType right) => left.Equals(right);

    /// <summary>Compares the wire values, ignoring case.</summary>
    public static bool operator !=(TransactionType left, TransactionType right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(TransactionType other) => string.Equals(ToString(), other.ToString(), StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TransactionType other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(ToString());
}
