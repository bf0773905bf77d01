using System;
using System.Collections.Generic;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Finpay.Generated;
using Finpay.Generated.Callbacks;
using Xunit;

namespace Finpay.Sandbox.Tests;

/// <summary>The sandbox signs callbacks with its own PHP-style encoder, checked here against PHP's output written by hand.</summary>
public class CallbackSigningTests
{
    [Fact]
    public async Task A_callback_is_encoded_as_PHPs_json_encode_and_signed_with_hash_hmac_sha512_over_exactly_those_bytes()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        await using var sandbox = await Sandbox.StartAsync();
        var initiate = Requests.Initiate("PHP-1", receiver.Url);
        initiate.Meta = new Meta { Data = new Dictionary<string, object> { ["note"] = "Zoë / ½ 😀 \"q\"", ["ratio"] = 0.1, ["big"] = 1e25, ["small"] = 0.00001, ["whole"] = 2.0, ["seats"] = 3 } };
        var page = await sandbox.Client.InitiateAsync(initiate);
        await HostedPageCustomer.PayAsync(new Uri(page.RedirectUrl), Cards.TestCards.Approved.Number);

        var body = await receiver.NextAsync();

        // What PHP 7.1+ prints for json_encode of the decoded meta: "/" escaped, non-ASCII as lower-case \u, astral as a pair.
        Assert.Contains("\"meta\":{\"data\":{\"note\":\"Zo\\u00eb \\/ \\u00bd \\ud83d\\ude00 \\\"q\\\"\",\"ratio\":0.1,\"big\":1.0e+25,\"small\":1.0e-5,\"whole\":2,\"seats\":3}}", body, StringComparison.Ordinal);
        Assert.Contains("\"amount\":1000,", body, StringComparison.Ordinal);
        var at = body.LastIndexOf(",\"signature\":\"", StringComparison.Ordinal);
        var payload = body[..at] + "}";
        var expected = Convert.ToHexString(HMACSHA512.HashData(Encoding.UTF8.GetBytes(sandbox.Host.MerchantKey), Encoding.UTF8.GetBytes(payload))).ToLower(CultureInfo.InvariantCulture);
        Assert.Equal("{" + body[(at + 1)..], "{\"signature\":\"" + expected + "\"}");
        Assert.Equal(body, new FinpayCallbackSigner(sandbox.Host.MerchantKey).SignBody(body));
        var verified = sandbox.Verifier.Verify(body);
        Assert.True(verified.IsValid, verified.Reason);
        Assert.Equal(CallbackEncoding.PhpDefault, verified.MatchedEncoding);
    }
}
