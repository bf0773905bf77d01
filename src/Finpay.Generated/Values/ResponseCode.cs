using System;

namespace Finpay.Generated.Values;

// The known codes, the conversions and the equality come from the spec (x-finpay-known-values); these members are ResponseCode's own.
public readonly partial struct ResponseCode
{
    /// <summary>True for <see cref="Success"/>, the only code Finpay uses for success.</summary>
    public bool IsSuccess => string.Equals(_value, Success._value, StringComparison.Ordinal);

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
}
