using System;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;

namespace Finpay.Generated.Callbacks;

/// <summary>HMAC-SHA512 over the canonical payload, lower-case hex, and a comparison that takes the same time for every input.</summary>
internal static class CallbackSignature
{
    public const int HexLength = 128;
    private const int ByteLength = 64;

    public static byte[] Compute(byte[] key, string payload)
    {
        using var hmac = new HMACSHA512(key);
        return hmac.ComputeHash(Encoding.UTF8.GetBytes(payload));
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

    /// <summary>Decodes 128 hex characters (either case) into 64 bytes; null when the text is anything else.</summary>
    public static byte[]? FromHex(string text)
    {
        if (text.Length != HexLength) return null;
        var bytes = new byte[ByteLength];
        for (var i = 0; i < ByteLength; i++)
        {
            var high = HexValue(text[2 * i]);
            var low = HexValue(text[2 * i + 1]);
            if (high < 0 || low < 0) return null;
            bytes[i] = (byte)((high << 4) | low);
        }

        return bytes;
    }

    private static int HexValue(char c) =>
        c >= '0' && c <= '9' ? c - '0' :
        c >= 'a' && c <= 'f' ? c - 'a' + 10 :
        c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;

    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.NoOptimization)]
    public static bool FixedTimeEquals(byte[] left, byte[] right)
    {
#if NET
        return CryptographicOperations.FixedTimeEquals(left, right);
#else
        if (left.Length != right.Length) return false;
        var difference = 0;
        for (var i = 0; i < left.Length; i++) difference |= left[i] ^ right[i];
        return difference == 0;
#endif
    }

    public static byte[] KeyBytes(string merchantKey, string parameterName)
    {
        if (merchantKey is null) throw new ArgumentNullException(parameterName);
        if (merchantKey.Length == 0) throw new ArgumentException("The merchant key is empty.", parameterName);
        return Encoding.UTF8.GetBytes(merchantKey);
    }
}
