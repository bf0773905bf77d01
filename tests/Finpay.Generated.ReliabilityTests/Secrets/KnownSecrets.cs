using System.Text.RegularExpressions;
using Finpay.Generated.Tests.Loopback;
using Finpay.Generated.Tests.Snapshots;
using Xunit.Sdk;

namespace Finpay.Generated.ReliabilityTests.Secrets;

/// <summary>The secrets a merchant hands the SDK, and the one assertion that none of them shows up in some text.</summary>
internal static class KnownSecrets
{
    public const string MerchantKey = TestClients.MerchantKey;
    public const string AuthorizationValue = "RklOUEFZNzcwOlNvU2VjcmV0MTIz";
    public const string CardToken = RequestFactory.StoredCardToken;
    public const string CardNumber = "4111111111111111";
    public const string CardNumberSpaced = "4111 1111 1111 1111";
    public const string Cvv = "9317";

    // A CVV is four digits: look for it standing alone, so that it is not "found" inside a longer number or in a logged
    // duration, whose value is whatever the machine took ("ElapsedMs=0.9317", "Execution Time: 9317.1221ms", "in 9317 ms").
    private static readonly Regex CvvAlone = new("(?<![0-9.])" + Cvv + "(?![0-9.]| ?ms)");

    private static readonly string[] Literal = { MerchantKey, AuthorizationValue, CardToken, CardNumber, CardNumberSpaced };

    /// <summary>Fails naming <paramref name="where"/> and the secret when <paramref name="text"/> contains any of them.</summary>
    public static void AssertAbsent(string where, string? text)
    {
        if (string.IsNullOrEmpty(text)) return;
        foreach (var secret in Literal)
        {
            if (text.Contains(secret, System.StringComparison.OrdinalIgnoreCase))
                throw new XunitException($"{where} contains the secret '{secret}':\n{text}");
        }

        if (CvvAlone.IsMatch(text))
            throw new XunitException($"{where} contains the CVV:\n{text}");
    }
}
