using System;
using Newtonsoft.Json;

namespace Finpay.Generated.Values;

/// <summary>
/// Where a transaction came from (<c>data.source</c> of a payment).
/// An open set: a value Finpay adds later is kept exactly as received, and compares equal to a known constant
/// regardless of case. Converts implicitly to and from <see cref="string"/>, so it works directly with the DTOs' string
/// properties (<c>data.source</c>).
/// </summary>
[JsonConverter(typeof(ExtensibleValueJsonConverter))]
public readonly struct TransactionSource : IEquatable<TransactionSource>
{
    private readonly string? _value;

    /// <summary>Wraps a wire value, known or not, keeping it as it is.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public TransactionSource(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Wire value <c>CALL_CENTRE</c>.</summary>
    public static TransactionSource CallCentre { get; } = new("CALL_CENTRE");

    /// <summary>Wire value <c>CARD_PRESENT</c>.</summary>
    public static TransactionSource CardPresent { get; } = new("CARD_PRESENT");

    /// <summary>Wire value <c>INTERNET</c>.</summary>
    public static TransactionSource Internet { get; } = new("INTERNET");

    /// <summary>Wire value <c>MAIL_ORDER</c>.</summary>
    public static TransactionSource MailOrder { get; } = new("MAIL_ORDER");

    /// <summary>Wire value <c>MERCHANT</c>.</summary>
    public static TransactionSource Merchant { get; } = new("MERCHANT");

    /// <summary>Wire value <c>MOTO</c>.</summary>
    public static TransactionSource Moto { get; } = new("MOTO");

    /// <summary>Wire value <c>PAYER_PRESENT</c>.</summary>
    public static TransactionSource PayerPresent { get; } = new("PAYER_PRESENT");

    /// <summary>Wire value <c>SERVICE_PROVIDER</c>.</summary>
    public static TransactionSource ServiceProvider { get; } = new("SERVICE_PROVIDER");

    /// <summary>Wire value <c>TELEPHONE_ORDER</c>.</summary>
    public static TransactionSource TelephoneOrder { get; } = new("TELEPHONE_ORDER");

    /// <summary>Wire value <c>VOICE_RESPONSE</c>.</summary>
    public static TransactionSource VoiceResponse { get; } = new("VOICE_RESPONSE");

    /// <summary>The wire value, exactly as received or given.</summary>
    public override string ToString() => _value ?? string.Empty;

    /// <summary>Wraps a wire value.</summary>
    public static implicit operator TransactionSource(string value) => new(value);

    /// <summary>Wraps a wire value that may be absent (null stays null).</summary>
    public static implicit operator TransactionSource?(string? value) => value is null ? default(TransactionSource?) : new TransactionSource(value);

    /// <summary>The wire value.</summary>
    public static implicit operator string(TransactionSource value) => value.ToString();

    /// <summary>Compares the wire values, ignoring case.</summary>
    public static bool operator ==(TransactionSource left, TransactionSource right) => left.Equals(right);

    /// <summary>Compares the wire values, ignoring case.</summary>
    public static bool operator !=(TransactionSource left, TransactionSource right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(TransactionSource other) => string.Equals(ToString(), other.ToString(), StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TransactionSource other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(ToString());
}
