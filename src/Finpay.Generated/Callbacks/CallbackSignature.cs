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
        return Matches(key, payload.AsSpan(0, length), ReadOnlySpan<byte>.Empty, received);
#else
        // HMACSHA512 instances are not thread-safe and a verifier is shared, so netstandard2.0 keeps one per call.
        return FixedTimeEquals(Compute(key, payload, length), received);
#endif
    }

#if NET
    // Keying HMAC-SHA512 (OpenSSL's context and the padded key blocks) costs more than hashing a 1 KiB callback, so each
    // thread keeps one keyed instance and resets it after every hash. A merchant's endpoint may build a verifier per request,
    // so the cached instance is matched by key content, not by verifier.
    [ThreadStatic]
    private static IncrementalHash? t_hmac;

    [ThreadStatic]
    private static byte[]? t_hmacKey;

    /// <summary>Whether <paramref name="received"/> is the signature of <paramref name="first"/> followed by <paramref name="second"/>, compared in constant time.</summary>
    public static bool Matches(byte[] key, ReadOnlySpan<byte> first, ReadOnlySpan<byte> second, ReadOnlySpan<byte> received)
    {
        var hmac = KeyedHmac(key);
        hmac.AppendData(first);
        hmac.AppendData(second);
        Span<byte> expected = stackalloc byte[ByteLength];
        hmac.GetHashAndReset(expected);
        t_hmac = hmac;
        return CryptographicOperations.FixedTimeEquals(expected, received);
    }

    // Taken out of the slot while in use: if hashing ever throws, the next call keys a fresh instance.
    private static IncrementalHash KeyedHmac(byte[] key)
    {
        var hmac = t_hmac;
        t_hmac = null;
        var cachedKey = t_hmacKey;
        if (hmac is not null && cachedKey is not null &&
            (ReferenceEquals(cachedKey, key) || (cachedKey.Length == key.Length && CryptographicOperations.FixedTimeEquals(cachedKey, key))))
        {
            t_hmacKey = key;
            return hmac;
        }

        hmac?.Dispose();
        t_hmacKey = key;
        return IncrementalHash.CreateHMAC(HashAlgorithmName.SHA512, key);
    }
#endif

    /// <summary>Reads <c>"</c> + 128 hex digits (either case) + <c>"</c> into <paramref name="signature"/>; false for anything else.</summary>
    public static bool TryReadQuotedHex(ReadOnlySpan<byte> value, Span<byte> signature)
    {
        if (value.Length != HexLength + 2 || value[0] != (byte)'"' || value[HexLength + 1] != (byte)'"') return false;
        for (var i = 0; i < ByteLength; i++)
        {
            var high = HexValue(value[1 + 2 * i]);
            var low = HexValue(value[2 + 2 * i]);
            if (high < 0 || low < 0) return false;
            signature[i] = (byte)((high << 4) | low);
        }

        return true;
    }

    private static int HexValue(byte c) =>
        c >= '0' && c <= '9' ? c - '0' :
        c >= 'a' && c <= 'f' ? c - 'a' + 10 :
        c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;

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
