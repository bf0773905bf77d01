using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;

namespace Finpay.Sandbox;

/// <summary>The configured test merchants, and the Basic-auth check against them.</summary>
internal sealed class MerchantDirectory
{
    private readonly Dictionary<string, string> _keys;

    public MerchantDirectory(IDictionary<string, string> merchants) => _keys = new Dictionary<string, string>(merchants, StringComparer.Ordinal);

    public string KeyOf(string merchantId) => _keys[merchantId];

    /// <summary>The merchant id when the header carries a known id with its key; otherwise null and why.</summary>
    public string? Authenticate(string? authorization, out string problem)
    {
        problem = "";
        const string scheme = "Basic ";
        if (string.IsNullOrEmpty(authorization))
        {
            problem = "Unauthorized. The Authorization header is missing";
            return null;
        }

        if (!authorization.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            problem = "Unauthorized. Use Basic authentication with the merchant id and key";
            return null;
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(authorization.Substring(scheme.Length).Trim()));
        }
        catch (FormatException)
        {
            problem = "Unauthorized. The Basic credentials are not base64";
            return null;
        }

        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        var id = colon < 0 ? decoded : decoded.Substring(0, colon);
        var key = colon < 0 ? "" : decoded.Substring(colon + 1);
        if (_keys.TryGetValue(id, out var expected) &&
            CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(key)))
        {
            return id;
        }

        problem = "Unauthorized. Unknown merchant id or wrong merchant key";
        return null;
    }
}
