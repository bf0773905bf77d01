using System;
using System.Security.Cryptography;
using System.Text;

namespace Finpay.Generated.Callbacks;

/// <summary>HMAC-SHA512 over the canonical payload, lower-case hex, and a comparison that takes the same time for every input.</summary>
internal static class CallbackSignature
{
    public const int HexLength = 128;
    public const int ByteLength = 64;

    public static byte[] Compute(byte[] key, byte[] payload, int length)
    {
#if NET
        return HMACSHA512.HashData(key, payload.AsSpan(0, length));
#else
        using var hmac = new HMACSHA512(key);
        return hmac.ComputeHash(payload, 0, length);
#endif
    }

    /// <summary>Whether <paramref name="received"/> is the signature of <c>payload[0..length)</c>, compared in constant time.</summary>
    public static bool Matches(byte[] key, byte[] payload, int length, byte[] received)
    {
#if NET
        // One-shot, on the stack: no HMAC object and no hash array per callback.
        Span<byte> expected = stackalloc byte[ByteLength];
        HMACSHA512.HashData(key, payload.AsSpan(0, length), expected);
        return CryptographicOperations.FixedTimeEquals(expected, received);
#else
        // HMACSHA512 instances are not thread-safe and a verifier is shared, so netstandard2.0 keeps one per call.
        return FixedTimeEquals(Compute(key, payload, length), received);
#endif
    }

    public static string ToHex(byte[] bytes)
    {
        const string digits = "0123456789abcdef";
        var chars = new char[bytes.Length * 2];
        for (var i = 0; i < bytes.Length; i++)
        {
            chars[2 * i] = digits[bytes[i] >> 4];
            chars[2 * i + 1] = digits[bytes[i] & 0xf];
        }

        return new string(chars);
    }

#if !NET
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining | System.Runtime.CompilerServices.MethodImplOptions.NoOptimization)]
    public static bool FixedTimeEquals(byte[] left, byte[] right)
    {
        if (left.Length != right.Length) return false;
        var difference = 0;
        for (var i = 0; i < left.Length; i++) difference |= left[i] ^ right[i];
        return difference == 0;
    }
#endif

    public static byte[] KeyBytes(string merchantKey, string parameterName)
    {
        if (merchantKey is null) throw new ArgumentNullException(parameterName);
        if (merchantKey.Length == 0) throw new ArgumentException("The merchant key is empty.", parameterName);
        return Encoding.UTF8.GetBytes(merchantKey);
    }
}
