using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Finpay.Generated.Callbacks;
using Xunit;

namespace Finpay.Generated.Tests.Callbacks;

public class CallbackVerifierTests
{
    private static readonly PhpVector Paid = PhpVector.Named("paid-seed-customer");
    private static readonly FinpayCallbackVerifier Verifier = new(Paid.MerchantKey);

    [Fact]
    public void A_valid_callback_comes_back_typed()
    {
        var result = Verifier.Verify(Paid.Body);

        Assert.True(result.IsValid, result.Reason);
        Assert.Equal(CallbackFailure.None, result.Failure);
        Assert.Equal("1686716101151", result.Callback!.Order!.Id);
        Assert.Equal(1000m, result.Callback.Order.Amount);
        Assert.Equal("PAID", result.Callback.Result!.Payment!.Status);
        Assert.Equal("481111******1114", result.Callback.Card!.Mask);
        Assert.Equal(Paid.Signature, result.Callback.Signature);
    }

    [Theory]
    [InlineData("1e30", 1e30)]
    [InlineData("-79228162514264337593543950336.5", -79228162514264337593543950336.5)]
    public void A_callback_whose_meta_data_holds_a_number_beyond_decimal_is_read(string number, double expected)
    {
        // Valid JSON that Finpay's PHP decodes as a double: the verifier must not refuse what Finpay signed.
        var body = new FinpayCallbackSigner(Paid.MerchantKey).SignBody(Paid.Input.Replace("\"meta\":{\"data\":null}", "\"meta\":{\"data\":{\"big\":" + number + "}}"));

        var result = Verifier.Verify(body);

        Assert.True(result.IsValid, result.ToString());
        Assert.Equal(1000m, result.Callback!.Order!.Amount);
        Assert.Equal(expected, Convert.ToDouble(((Newtonsoft.Json.Linq.JObject)result.Callback.Meta!.Data!)["big"], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_tampered_amount_is_refused_as_a_signature_mismatch()
    {
        var tampered = Paid.Body.Replace("\"amount\":1000,", "\"amount\":1,");
        Assert.NotEqual(Paid.Body, tampered);

        var result = Verifier.Verify(tampered);

        Assert.False(result.IsValid);
        Assert.Equal(CallbackFailure.SignatureMismatch, result.Failure);
        Assert.Null(result.Callback);
    }

    [Fact]
    public void A_tampered_status_is_refused()
    {
        var tampered = Paid.Body.Replace("\"status\":\"PAID\"", "\"status\":\"PAID \"");
        Assert.Equal(CallbackFailure.SignatureMismatch, Verifier.Verify(tampered).Failure);
    }

    [Fact]
    public void A_signature_with_one_digit_changed_is_refused()
    {
        var flipped = (Paid.Signature[0] == '0' ? "1" : "0") + Paid.Signature.Substring(1);
        var body = Paid.Body.Replace(Paid.Signature, flipped);

        Assert.Equal(CallbackFailure.SignatureMismatch, Verifier.Verify(body).Failure);
    }

    [Fact]
    public void A_truncated_signature_is_refused_as_malformed()
    {
        var body = Paid.Body.Replace(Paid.Signature, Paid.Signature.Substring(0, 127));

        var result = Verifier.Verify(body);

        Assert.Equal(CallbackFailure.MalformedSignature, result.Failure);
        Assert.Contains("128 hexadecimal", result.Reason);
    }

    [Theory]
    [InlineData("\"signature\":12345")]
    [InlineData("\"signature\":null")]
    [InlineData("\"signature\":\"not-hex\"")]
    public void A_signature_that_is_not_128_hex_characters_is_refused_as_malformed(string member)
    {
        var body = Paid.Body.Replace($"\"signature\":\"{Paid.Signature}\"", member);
        Assert.Equal(CallbackFailure.MalformedSignature, Verifier.Verify(body).Failure);
    }

    [Fact]
    public void An_upper_case_signature_is_the_same_signature()
    {
        var body = Paid.Body.Replace(Paid.Signature, Paid.Signature.ToUpperInvariant());
        Assert.True(Verifier.Verify(body).IsValid);
    }

    [Fact]
    public void A_body_without_signature_is_refused_as_missing_signature()
    {
        var result = Verifier.Verify(Paid.Input);
        Assert.Equal(CallbackFailure.MissingSignature, result.Failure);
    }

    [Fact]
    public void A_body_signed_with_another_merchant_key_is_refused()
    {
        var foreign = new FinpayCallbackSigner("AnotherMerchantKey").SignBody(Paid.Input);
        Assert.Equal(CallbackFailure.SignatureMismatch, Verifier.Verify(foreign).Failure);
    }

    [Fact]
    public void A_truncated_body_is_refused_as_invalid_json()
    {
        var result = Verifier.Verify(Paid.Body.Substring(0, Paid.Body.Length / 2));
        Assert.Equal(CallbackFailure.InvalidJson, result.Failure);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void No_body_is_refused_as_missing(string? body)
    {
        Assert.Equal(CallbackFailure.MissingBody, Verifier.Verify(body).Failure);
        Assert.Equal(CallbackFailure.MissingBody, Verifier.Verify((byte[]?)null).Failure);
    }

    [Fact]
    public void A_body_over_the_limit_is_refused_before_parsing()
    {
        var small = new FinpayCallbackVerifier(Paid.MerchantKey, maxBodyBytes: Paid.Body.Length - 1);

        Assert.Equal(CallbackFailure.BodyTooLarge, small.Verify(Paid.Body).Failure);
        Assert.Equal(CallbackFailure.BodyTooLarge, small.Verify(Encoding.UTF8.GetBytes(Paid.Body)).Failure);
        // Not even JSON: the limit is checked first.
        Assert.Equal(CallbackFailure.BodyTooLarge, Verifier.Verify(new string('{', FinpayCallbackVerifier.DefaultMaxBodyBytes + 1)).Failure);
    }

    [Fact]
    public void The_limit_counts_utf8_bytes_not_characters()
    {
        var vector = PhpVector.Named("non-ascii-names");
        var characters = vector.PrettyBody.Length;
        var bytes = Encoding.UTF8.GetByteCount(vector.PrettyBody);
        Assert.True(bytes > characters);

        var verifier = new FinpayCallbackVerifier(vector.MerchantKey, maxBodyBytes: characters);

        Assert.Equal(CallbackFailure.BodyTooLarge, verifier.Verify(vector.PrettyBody).Failure);
    }

    [Fact]
    public async Task A_stream_is_read_up_to_the_limit_and_verified()
    {
        using var valid = new MemoryStream(Encoding.UTF8.GetBytes(Paid.Body));
        Assert.True((await Verifier.VerifyAsync(valid)).IsValid);

        using var endless = new MemoryStream(new byte[FinpayCallbackVerifier.DefaultMaxBodyBytes * 4]);
        Assert.Equal(CallbackFailure.BodyTooLarge, (await Verifier.VerifyAsync(endless)).Failure);
        Assert.True(endless.Position <= FinpayCallbackVerifier.DefaultMaxBodyBytes + 81920);
    }

    [Fact]
    public void Bytes_that_are_not_utf8_are_refused()
    {
        var bytes = Encoding.UTF8.GetBytes(Paid.Body);
        bytes[20] = 0xff;

        var result = Verifier.Verify(bytes);

        Assert.Equal(CallbackFailure.InvalidJson, result.Failure);
        Assert.Contains("UTF-8", result.Reason);
    }

    [Theory]
    [InlineData("{\"a\":1,\"a\":2}", "duplicate member")]
    [InlineData("{\"a\":\"\\ud800\"}", "unpaired UTF-16 surrogate")]
    [InlineData("{\"a\":\"tab\there\"}", "control character")]
    [InlineData("{\"a\":1e400}", "too large")]
    [InlineData("{\"a\":01}", "expected ','")]
    [InlineData("{\"a\":1,}", "member name")]
    [InlineData("[1,2]", "not a JSON object")]
    [InlineData("{\"a\":1} {}", "after the JSON object")]
    [InlineData("\uFEFF{\"a\":1}", "not a JSON object")]
    [InlineData("{'a':1}", "member name")]
    public void What_php_would_not_decode_is_refused_with_a_reason(string body, string reason)
    {
        var result = Verifier.Verify(body);

        Assert.Equal(CallbackFailure.InvalidJson, result.Failure);
        Assert.Contains(reason, result.Reason);
    }

    [Fact]
    public void Deep_nesting_is_refused_without_exhausting_the_stack()
    {
        var body = "{\"a\":" + new string('[', 50_000) + new string(']', 50_000) + "}";
        var result = new FinpayCallbackVerifier("k", maxBodyBytes: 200_000).Verify(body);

        Assert.Equal(CallbackFailure.InvalidJson, result.Failure);
        Assert.Contains("nested deeper", result.Reason);
    }

    [Fact]
    public void A_signed_body_whose_fields_do_not_fit_the_model_is_refused_as_unreadable()
    {
        var body = new FinpayCallbackSigner(Paid.MerchantKey).SignBody("{\"order\":{\"amount\":{\"not\":\"a number\"}}}");

        var result = Verifier.Verify(body);

        Assert.Equal(CallbackFailure.UnreadablePayload, result.Failure);
        Assert.Null(result.Callback);
    }

    [Fact]
    public void Mangled_bodies_never_throw()
    {
        var random = new Random(20261122);
        var source = PhpVector.Named("nested-meta-data");
        var verifier = new FinpayCallbackVerifier(source.MerchantKey);
        var alphabet = "{}[]\",:\\/u0123456789abcdefE.-+ \u00e9\ud83d\ude00\0tnrfb";
        var accepted = 0;
        for (var i = 0; i < 3000; i++)
        {
            var chars = source.Body.ToCharArray().ToList();
            var edits = random.Next(1, 4);
            for (var e = 0; e < edits; e++)
            {
                var at = random.Next(chars.Count);
                switch (random.Next(3))
                {
                    case 0: chars[at] = alphabet[random.Next(alphabet.Length)]; break;
                    case 1: chars.RemoveAt(at); break;
                    default: chars.Insert(at, alphabet[random.Next(alphabet.Length)]); break;
                }
            }

            var result = verifier.Verify(new string(chars.ToArray()));
            Assert.Equal(result.IsValid, result.Callback is not null);
            if (result.IsValid) accepted++;
        }

        // An edit can leave the decoded data unchanged (e.g. whitespace), but almost every one must be refused.
        Assert.True(accepted < 300, $"{accepted} of 3000 mangled bodies were accepted");
    }

    [Fact]
    public void Neither_the_key_nor_the_token_shows_in_any_text_the_verifier_makes()
    {
        var vector = PhpVector.Named("nested-meta-data");
        var verifier = new FinpayCallbackVerifier(vector.MerchantKey);
        var texts = new List<string> { verifier.ToString(), new FinpayCallbackSigner(vector.MerchantKey).ToString() };
        foreach (var body in new[] { vector.Body, vector.Body.Replace("\"qty\":2", "\"qty\":3"), vector.Body.Substring(0, 100) })
        {
            var result = verifier.Verify(body);
            texts.Add(result.ToString());
            texts.Add(result.Reason);
        }

        Assert.All(texts, t => Assert.DoesNotContain(vector.MerchantKey, t));
        Assert.All(texts, t => Assert.DoesNotContain("81b36a850c2e40458bad296f952084b5", t));
    }

    [Fact]
    public void An_empty_or_missing_merchant_key_is_a_programming_error()
    {
        Assert.Throws<ArgumentException>(() => new FinpayCallbackVerifier(""));
        Assert.Throws<ArgumentNullException>(() => new FinpayCallbackVerifier(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => new FinpayCallbackVerifier("k", 0));
    }
}
