using System.Linq;
using Finpay.Generated.Callbacks;
using Xunit;

namespace Finpay.Generated.Tests.Callbacks;

public class PhpVectorTests
{
    [Fact]
    public void The_committed_vectors_come_from_php_and_cover_the_hard_cases()
    {
        var names = PhpVector.All.Select(v => v.Name).ToList();
        Assert.Contains("non-ascii-names", names);
        Assert.Contains("slashes-quotes-backslashes", names);
        Assert.Contains("fractional-and-extreme-numbers", names);
        Assert.Contains("nested-meta-data", names);
        Assert.Contains("null-meta-and-card", names);
        Assert.All(PhpVector.All, v => Assert.Matches("^[0-9a-f]{128}$", v.Signature));
    }

    [Theory]
    [MemberData(nameof(PhpVector.Names), MemberType = typeof(PhpVector))]
    public void The_verifier_agrees_with_php_on_the_body_php_sends(string name)
    {
        var vector = PhpVector.Named(name);
        var result = new FinpayCallbackVerifier(vector.MerchantKey).Verify(vector.Body);
        Assert.True(vector.PhpAcceptsBody == result.IsValid, $"PHP accepts: {vector.PhpAcceptsBody}; verifier: {result}");
        Assert.Equal(result.IsValid, result.Callback is not null);
    }

    [Theory]
    [MemberData(nameof(PhpVector.Names), MemberType = typeof(PhpVector))]
    public void The_verifier_agrees_with_php_on_the_same_data_pretty_printed_and_unescaped(string name)
    {
        var vector = PhpVector.Named(name);
        var result = new FinpayCallbackVerifier(vector.MerchantKey).Verify(vector.PrettyBody);
        Assert.True(vector.PhpAcceptsPrettyBody == result.IsValid, $"PHP accepts: {vector.PhpAcceptsPrettyBody}; verifier: {result}");
    }

    [Theory]
    [MemberData(nameof(PhpVector.Names), MemberType = typeof(PhpVector))]
    public void The_verifier_agrees_with_php_on_the_original_text_with_its_own_number_spellings(string name)
    {
        var vector = PhpVector.Named(name);
        var result = new FinpayCallbackVerifier(vector.MerchantKey).Verify(vector.RawBody);
        Assert.True(vector.PhpAcceptsRawBody == result.IsValid, $"PHP accepts: {vector.PhpAcceptsRawBody}; verifier: {result}");
    }

    [Fact]
    public void Php_accepts_almost_every_vector_so_agreement_is_not_trivial()
    {
        var accepted = PhpVector.All.Count(v => v.PhpAcceptsBody) + PhpVector.All.Count(v => v.PhpAcceptsPrettyBody) +
                       PhpVector.All.Count(v => v.PhpAcceptsRawBody);
        Assert.Equal(PhpVector.All.Count * 3 - 1, accepted);
        Assert.False(PhpVector.Named("negative-zero-php-quirk").PhpAcceptsBody);
    }

    [Theory]
    [MemberData(nameof(PhpVector.Names), MemberType = typeof(PhpVector))]
    public void The_signer_computes_the_signature_php_computes(string name)
    {
        var vector = PhpVector.Named(name);
        Assert.Equal(vector.Signature, new FinpayCallbackSigner(vector.MerchantKey).ComputeSignature(vector.Input));
    }

    [Theory]
    [MemberData(nameof(PhpVector.Names), MemberType = typeof(PhpVector))]
    public void The_signer_writes_the_body_php_writes_byte_for_byte(string name)
    {
        var vector = PhpVector.Named(name);
        Assert.Equal(vector.Body, new FinpayCallbackSigner(vector.MerchantKey).SignBody(vector.Input));
    }

    [Theory]
    [MemberData(nameof(PhpVector.Names), MemberType = typeof(PhpVector))]
    public void A_php_body_checked_with_another_merchant_key_is_refused(string name)
    {
        var vector = PhpVector.Named(name);
        var result = new FinpayCallbackVerifier(vector.MerchantKey + "x").Verify(vector.Body);
        Assert.Equal(CallbackFailure.SignatureMismatch, result.Failure);
    }
}
