using System;
using System.Linq;
using Finpay.Generated.Callbacks;
using Xunit;

namespace Finpay.Generated.Tests.Callbacks;

/// <summary>Real verifiers re-encode with PHP's default flags, JSON_UNESCAPED_SLASHES, JSON_UNESCAPED_UNICODE or both; so may Finpay.</summary>
public class CallbackEncodingTests
{
    [Fact]
    public void The_committed_encoding_vectors_cover_every_encoding_where_it_changes_the_bytes()
    {
        foreach (var encoding in Enum.GetValues<CallbackEncoding>().Where(e => e != CallbackEncoding.PhpDefault))
            Assert.Contains(PhpEncodingVector.All, v => v.Encoding == encoding && v.DiffersFromDefault);
        Assert.Contains(PhpEncodingVector.All, v => v.Name == "mixed-slashes-and-unicode");
    }

    [Theory]
    [MemberData(nameof(PhpEncodingVector.Keys), MemberType = typeof(PhpEncodingVector))]
    public void A_callback_signed_with_any_known_encoding_verifies_and_says_which(string name, string encoding)
    {
        var vector = PhpEncodingVector.Get(name, encoding);

        var result = new FinpayCallbackVerifier(vector.MerchantKey).Verify(vector.Body);

        Assert.True(result.IsValid, result.ToString());
        // Where encodings give the same bytes for this data, the first in order is named (PHP's default when none differs).
        var firstWithSameBytes = PhpEncodingVector.All.Where(v => v.Name == name && v.Payload == vector.Payload).Min(v => v.Encoding);
        Assert.Equal(firstWithSameBytes, result.MatchedEncoding);
        Assert.Equal(vector.DiffersFromDefault, firstWithSameBytes != CallbackEncoding.PhpDefault);
        Assert.Equal(vector.Signature, result.Callback!.Signature);
    }

    [Theory]
    [MemberData(nameof(PhpEncodingVector.Keys), MemberType = typeof(PhpEncodingVector))]
    public void A_callback_signed_with_any_known_encoding_still_fails_when_tampered(string name, string encoding)
    {
        var vector = PhpEncodingVector.Get(name, encoding);
        var tampered = vector.Body.Replace("\"PAID\"", "\"FAILED\"");
        Assert.NotEqual(vector.Body, tampered);

        var result = new FinpayCallbackVerifier(vector.MerchantKey).Verify(tampered);

        Assert.Equal(CallbackFailure.SignatureMismatch, result.Failure);
        Assert.Null(result.MatchedEncoding);
    }

    [Theory]
    [MemberData(nameof(PhpEncodingVector.Keys), MemberType = typeof(PhpEncodingVector))]
    public void A_callback_signed_with_any_known_encoding_fails_with_another_key(string name, string encoding)
    {
        var vector = PhpEncodingVector.Get(name, encoding);
        Assert.Equal(CallbackFailure.SignatureMismatch, new FinpayCallbackVerifier(vector.MerchantKey + "x").Verify(vector.Body).Failure);
    }

    [Fact]
    public void The_wire_form_does_not_decide_the_encoding_only_the_signature_does()
    {
        // Signed with unescaped slashes but posted with PHP's default escaping: the verifier re-encodes, so it still matches.
        var vector = PhpEncodingVector.Get("slashes-quotes-backslashes", nameof(CallbackEncoding.UnescapedSlashes));
        var escapedWire = vector.Body.Replace("/", "\\/");

        var result = new FinpayCallbackVerifier(vector.MerchantKey).Verify(escapedWire);

        Assert.Equal(CallbackEncoding.UnescapedSlashes, result.MatchedEncoding);
    }

    [Fact]
    public void A_signature_over_an_unknown_encoding_is_refused()
    {
        // Pretty-printed JSON is a fifth encoding nobody signs with; accepting it would widen what a signature vouches for.
        var vector = PhpEncodingVector.Get("paid-seed-customer", nameof(CallbackEncoding.PhpDefault));
        var prettySignature = Hex(System.Security.Cryptography.HMACSHA512.HashData(
            System.Text.Encoding.UTF8.GetBytes(vector.MerchantKey),
            System.Text.Encoding.UTF8.GetBytes(vector.Payload.Replace(",", ", "))));
        var body = vector.Body.Replace(vector.Signature, prettySignature);

        Assert.Equal(CallbackFailure.SignatureMismatch, new FinpayCallbackVerifier(vector.MerchantKey).Verify(body).Failure);
    }

    [Fact]
    public void The_result_names_the_matched_encoding()
    {
        var vector = PhpEncodingVector.Get("mixed-slashes-and-unicode", nameof(CallbackEncoding.UnescapedSlashesAndUnicode));

        var result = new FinpayCallbackVerifier(vector.MerchantKey).Verify(vector.Body);

        Assert.Equal("Valid callback (signed over UnescapedSlashesAndUnicode)", result.ToString());
    }

    private static string Hex(byte[] bytes) => Convert.ToHexString(bytes).ToLowerInvariant();
}
