using System;
using Newtonsoft.Json;

namespace Finpay.Generated.Values;

/// <summary>
/// Finpay's seven-digit response code. The first three digits follow the HTTP status (see <see cref="Category"/>); <c>2000000</c> is success.
/// An open set: a value Finpay adds later is kept exactly as received, and compares equal to a known constant
/// regardless of case. Converts implicitly to and from <see cref="string"/>, so it works directly with the DTOs' string
/// properties (<c>responseCode</c>).
/// </summary>
[JsonConverter(typeof(ExtensibleValueJsonConverter))]
public readonly struct ResponseCode : IEquatable<ResponseCode>
{
    private readonly string? _value;

    /// <summary>Wraps a wire value, known or not, keeping it as it is.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public ResponseCode(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>The call succeeded. Wire value <c>2000000</c>.</summary>
    public static ResponseCode Success { get; } = new("2000000");

    /// <summary>The merchant may not use this feature. Wire value <c>4030001</c>.</summary>
    public static ResponseCode FeatureNotAllowed { get; } = new("4030001");

    /// <summary>The transaction is not permitted, e.g. voiding an order that is not paid. Wire value <c>4030015</c>.</summary>
    public static ResponseCode TransactionNotPermitted { get; } = new("4030015");

    /// <summary>The order is not in a status that allows the operation. Wire value <c>4040100</c>.</summary>
    public static ResponseCode InvalidTransactionStatus { get; } = new("4040100");

    /// <summary>True for <c>2000000</c>, the only code Finpay uses for success.</summary>
    public bool IsSuccess => string.Equals(_value, "2000000", StringComparison.Ordinal);

    /// <summary>
    /// The HTTP-like category: the first three digits (403 for <c>4030015</c>), or null when the code does not start with three
    /// digits.
    /// </summary>
    public int? Category
    {
        get
        {
            var value = _value;
            if (value is null || value.Length < 3) return null;
            for (var i = 0; i < 3; i++)
                if (value[i] < '0' || value[i] > '9') return null;
            return (value[0] - '0') * 100 + (value[1] - '0') * 10 + (value[2] - '0');
        }
    }

    /// <summary>The wire value, exactly as received or given.</summary>
    public override string ToString() => _value ?? string.Empty;

    /// <summary>Wraps a wire value.</summary>
    public static implicit operator ResponseCode(string value) => new(value);

    /// <summary>Wraps a wire value that may be absent (null stays null).</summary>
    public static implicit operator ResponseCode?(string? value) => value is null ? default(ResponseCode?) : new ResponseCode(value);

    /// <summary>The wire value.</summary>
    public static implicit operator string(ResponseCode value) => value.ToString();

    /// <summary>Compares the wire values, ignoring case.</summary>
    public static bool operator ==(ResponseCode left, ResponseCode right) => left.Equals(right);

    /// <summary>Compares the wire values, ignoring case.</summary>
    public static bool operator !=(ResponseCode left, ResponseCode right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(ResponseCode other) => string.Equals(ToString(), other.ToString(), StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ResponseCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(ToString());
}
