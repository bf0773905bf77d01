using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Finpay.Generated.Callbacks;
using Xunit;

namespace Finpay.Generated.Tests.Callbacks;

/// <summary>
/// A body that is already PHP's default encoding is verified from its own bytes; everything else must verify exactly as the
/// full canonicalizer decides. <c>Verify(string)</c> always takes the full canonicalizer, so it is the reference here.
/// </summary>
public class CanonicalBodyTests
{
    private const string Key = "SoSecret123";

    // A Finpay-shaped body with a URL and a name outside ASCII, as PHP's default json_encode writes them.
    private const string Unsigned = """{"order":{"id":"1686716101151","reference":"FP-20230715-5DEFF9BD","amount":1000,"currency":"IDR","description":"Caf\u00e9 https:\/\/toko.example\/kopi \"x\" \\ \ud83d\ude00 \u0001\n"},"customer":{"id":"hajar.finnet@gmail.com","email":"hajar.finnet@gmail.com","firstName":"Hajar","lastName":"Ismail","mobilePhone":"+6281286288844"},"meta":{"data":{"list":[1,-2,true,false,null,[],"a"],"n":-123456789012345678}},"result":{"payment":{"status":"PAID","statusDesc":"Payment success","datetime":"2023-07-15 14:42:01","reference":"C-46081b76","channel":"CC","amount":1000}}}""";

    private static readonly string Signed = new FinpayCallbackSigner(Key).SignBody(Unsigned);

    [Fact]
    public void The_signer_s_body_is_proven_canonical_and_the_bytes_around_the_signature_are_the_payload()
    {
        Assert.Equal(Unsigned.Length - 1, Signed.IndexOf(",\"signature\"", StringComparison.Ordinal));
        AssertProvenWithPayloadOf(Signed);
        var result = new FinpayCallbackVerifier(Key).Verify(Encoding.UTF8.GetBytes(Signed));
        Assert.True(result.IsValid, result.ToString());
        Assert.Equal(CallbackEncoding.PhpDefault, result.MatchedEncoding);
        Assert.Equal("Caf\u00e9 https://toko.example/kopi \"x\" \\ \U0001F600 \u0001\n", result.Callback!.Order!.Description);
    }

    [Fact]
    public void The_bodies_php_sends_are_proven_canonical_where_php_wrote_them_with_its_defaults()
    {
        var proven = PhpVector.All.Where(v => Proves(v.Body)).ToList();
        Assert.Contains(proven, v => v.Name == "non-ascii-names");
        Assert.Contains(proven, v => v.Name == "slashes-quotes-backslashes");
        foreach (var vector in proven) AssertProvenWithPayloadOf(vector.Body);
        foreach (var vector in PhpEncodingVector.All.Where(v => v.Encoding == CallbackEncoding.PhpDefault)) AssertProvenWithPayloadOf(vector.Body);
    }

    [Fact]
    public void A_signature_first_in_the_body_is_cut_with_the_comma_after_it()
    {
        var signature = new FinpayCallbackSigner(Key).ComputeSignature(Unsigned);
        var body = "{\"signature\":\"" + signature + "\"," + Unsigned.Substring(1);

        AssertProvenWithPayloadOf(body);
        AssertSameAsFullCanonicalizer(body, expectValid: true);
    }

    [Fact]
    public void A_signature_in_upper_case_hex_is_still_proven()
    {
        var body = Signed.Substring(0, Signed.Length - 130) + Signed.Substring(Signed.Length - 130).ToUpperInvariant();

        AssertProvenWithPayloadOf(body);
        AssertSameAsFullCanonicalizer(body, expectValid: true);
    }

    /// <summary>The same data written otherwise than json_encode would: the scan refuses, the canonicalizer verifies as before.</summary>
    public static IEnumerable<object[]> SameDataOtherwiseWritten() => new[]
    {
        new object[] { "space after the opening brace", "{ \"order\"" },
        new object[] { "newline at the end", "<end>\n" },
        new object[] { "raw slashes", "https://toko.example/kopi" },
        new object[] { "raw UTF-8 é", "Caf\u00e9 https" },
        new object[] { "upper-case \\u escape", "Caf\\u00E9" },
        new object[] { "\\u escape of an ASCII letter", "Haj\\u0061r" },
        new object[] { "\\u escape of a slash", "https:\\u002f\\/" },
        new object[] { "\\u escape of a newline", "\\u000a\"}" },
        new object[] { "raw astral character", "\U0001F600 " },
    };

    [Theory]
    [MemberData(nameof(SameDataOtherwiseWritten))]
    public void The_same_data_written_otherwise_is_left_to_the_canonicalizer_and_still_verifies(string what, string edit)
    {
        var body = Edit(Signed, edit);
        Assert.NotEqual(Signed, body);

        Assert.False(Proves(body), what);
        AssertSameAsFullCanonicalizer(body, expectValid: true);
    }

    /// <summary>Bodies whose canonical form differs from the bytes, or that the canonicalizer refuses: never decided by the scan.</summary>
    public static IEnumerable<object[]> NotProvable() => new[]
    {
        new object[] { "a fraction", "\"amount\":1000,\"currency\"", "\"amount\":1000.0,\"currency\"" },
        new object[] { "an exponent", "\"amount\":1000,\"currency\"", "\"amount\":1e3,\"currency\"" },
        new object[] { "negative zero", "\"amount\":1000,\"currency\"", "\"amount\":-0,\"currency\"" },
        new object[] { "an integer past 64 bits", "\"amount\":1000,\"currency\"", "\"amount\":92233720368547758070,\"currency\"" },
        new object[] { "a 19-digit integer that fits", "\"amount\":1000,\"currency\"", "\"amount\":9223372036854775807,\"currency\"" },
        new object[] { "a PHP list in an object", "\"list\":[1,", "\"obj\":{\"0\":\"a\",\"1\":\"b\"},\"list\":[1," },
        new object[] { "an empty object", "\"list\":[1,", "\"obj\":{},\"list\":[1," },
        new object[] { "a duplicate key", "\"currency\":\"IDR\"", "\"currency\":\"IDR\",\"currency\":\"USD\"" },
        new object[] { "a leading zero", "\"amount\":1000,\"currency\"", "\"amount\":01000,\"currency\"" },
        new object[] { "a lone low surrogate", "\\ud83d\\ude00", "\\ude00" },
        new object[] { "a raw control character", "\\u0001", "\u0001" },
    };

    [Theory]
    [MemberData(nameof(NotProvable))]
    public void Bodies_whose_bytes_are_not_their_canonical_form_are_left_to_the_canonicalizer(string what, string from, string to)
    {
        var edited = Signed.Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(Signed, edited);
        Assert.False(Proves(edited), what);
        AssertSameAsFullCanonicalizer(edited, expectValid: null);

        // The same edit signed over its canonical form but sent as written: verifies through the canonicalizer.
        if (SignedAsWritten(Unsigned.Replace(from, to, StringComparison.Ordinal)) is { } signedAsWritten)
        {
            Assert.False(Proves(signedAsWritten), what);
            // Matched, though the model may still refuse a value (an amount past 64 bits), as it always did.
            Assert.Equal(CallbackEncoding.PhpDefault, AssertSameAsFullCanonicalizer(signedAsWritten, expectValid: null).MatchedEncoding);
        }
    }

    [Fact]
    public void Canonical_bytes_with_a_wrong_signature_are_refused_as_before()
    {
        var swapped = Signed.Replace(",\"currency\":\"IDR\"", "", StringComparison.Ordinal).Replace("{\"id\":\"1686716101151\"", "{\"currency\":\"IDR\",\"id\":\"1686716101151\"", StringComparison.Ordinal);
        var tampered = Signed.Replace("\"PAID\"", "\"FAILED\"", StringComparison.Ordinal);
        foreach (var body in new[] { swapped, tampered })
        {
            Assert.NotEqual(Signed, body);
            Assert.True(Proves(body));
            AssertSameAsFullCanonicalizer(body, expectValid: false);
            Assert.Equal(CallbackFailure.SignatureMismatch, new FinpayCallbackVerifier(Key).Verify(Encoding.UTF8.GetBytes(body)).Failure);
        }

        Assert.Equal(CallbackFailure.SignatureMismatch, new FinpayCallbackVerifier(Key + "x").Verify(Encoding.UTF8.GetBytes(Signed)).Failure);
    }

    [Fact]
    public void A_body_that_is_only_a_signature_or_has_a_malformed_one_is_left_to_the_canonicalizer()
    {
        var signature = Signed.Substring(Signed.Length - 130, 128);
        foreach (var body in new[]
                 {
                     "{\"signature\":\"" + signature + "\"}",
                     Signed.Replace(signature, signature.Substring(1), StringComparison.Ordinal),
                     Signed.Replace(signature, signature.Substring(1) + "g", StringComparison.Ordinal),
                     Signed.Replace(",\"signature\":\"" + signature + "\"", ",\"signature\":\"" + signature + "\",\"signature\":\"" + signature + "\"", StringComparison.Ordinal),
                     Unsigned,
                 })
        {
            Assert.False(Proves(body));
            AssertSameAsFullCanonicalizer(body, expectValid: false);
        }
    }

    [Fact]
    public void Every_php_vector_verifies_the_same_from_bytes_as_through_the_canonicalizer()
    {
        foreach (var vector in PhpVector.All)
        {
            foreach (var body in new[] { vector.Body, vector.PrettyBody, vector.RawBody })
            {
                AssertSameAsFullCanonicalizer(body, expectValid: null, vector.MerchantKey);
                AssertSameAsFullCanonicalizer(body, expectValid: false, vector.MerchantKey + "x");
            }
        }

        foreach (var vector in PhpEncodingVector.All)
        {
            AssertSameAsFullCanonicalizer(vector.Body, expectValid: true, vector.MerchantKey);
            AssertSameAsFullCanonicalizer(vector.Body.Replace("\"PAID\"", "\"FAILED\"", StringComparison.Ordinal), expectValid: false, vector.MerchantKey);
        }
    }

    [Fact]
    public void Verifiers_with_different_keys_on_the_same_threads_never_borrow_each_other_s_key()
    {
        var bodies = new Dictionary<string, byte[]>
        {
            ["key-one-000"] = Encoding.UTF8.GetBytes(new FinpayCallbackSigner("key-one-000").SignBody(Unsigned)),
            // Same length, one character apart: the per-thread keyed HMAC is matched by content, not by length.
            ["key-one-001"] = Encoding.UTF8.GetBytes(new FinpayCallbackSigner("key-one-001").SignBody(Unsigned)),
            ["another key"] = Encoding.UTF8.GetBytes(new FinpayCallbackSigner("another key").SignBody(Unsigned)),
        };
        var keys = bodies.Keys.ToArray();

        Parallel.For(0, 600, i =>
        {
            var key = keys[i % keys.Length];
            var verifier = new FinpayCallbackVerifier(key);
            foreach (var (signedWith, body) in bodies)
                Assert.Equal(signedWith == key, verifier.Verify(body).IsValid);
        });
    }

    private static string Edit(string body, string edit) => edit switch
    {
        "{ \"order\"" => "{ " + body.Substring(1),
        "<end>\n" => body + "\n",
        "https://toko.example/kopi" => body.Replace("https:\\/\\/toko.example\\/kopi", edit, StringComparison.Ordinal),
        "Caf\u00e9 https" => body.Replace("Caf\\u00e9 https", edit, StringComparison.Ordinal),
        "Caf\\u00E9" => body.Replace("Caf\\u00e9", edit, StringComparison.Ordinal),
        "Haj\\u0061r" => body.Replace("\"Hajar\"", "\"Haj\\u0061r\"", StringComparison.Ordinal),
        "https:\\u002f\\/" => body.Replace("https:\\/\\/", edit, StringComparison.Ordinal),
        "\\u000a\"}" => body.Replace("\\n\"}", edit, StringComparison.Ordinal),
        "\U0001F600 " => body.Replace("\\ud83d\\ude00 ", edit, StringComparison.Ordinal),
        _ => throw new ArgumentOutOfRangeException(nameof(edit)),
    };

    private static bool Proves(string body) =>
        CanonicalBody.TryProve(Encoding.UTF8.GetBytes(body), new byte[CallbackSignature.ByteLength], out _, out _);

    private static void AssertProvenWithPayloadOf(string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var signature = new byte[CallbackSignature.ByteLength];
        Assert.True(CanonicalBody.TryProve(bytes, signature, out var cutStart, out var cutEnd), body);

        using var canonical = PhpJsonCanonicalizer.Rent();
        Assert.True(canonical.TryCanonicalize(body, wantObjectMembers: false));
        var payload = Encoding.ASCII.GetString(bytes, 0, cutStart) + Encoding.ASCII.GetString(bytes, cutEnd, bytes.Length - cutEnd);
        Assert.Equal(canonical.PayloadText(), payload);
        Assert.Equal(canonical.Signature, signature);
    }

    // Verify(byte[]) must say exactly what Verify(string), which always re-encodes, says.
    private static CallbackVerificationResult AssertSameAsFullCanonicalizer(string body, bool? expectValid, string key = Key)
    {
        var verifier = new FinpayCallbackVerifier(key);
        var reference = verifier.Verify(body);
        var fromBytes = verifier.Verify(Encoding.UTF8.GetBytes(body));

        Assert.Equal(reference.Failure, fromBytes.Failure);
        Assert.Equal(reference.MatchedEncoding, fromBytes.MatchedEncoding);
        Assert.Equal(reference.Reason, fromBytes.Reason);
        Assert.Equal(reference.Callback?.Signature, fromBytes.Callback?.Signature);
        Assert.Equal(reference.Callback?.Order?.Description, fromBytes.Callback?.Order?.Description);
        if (expectValid is { } valid) Assert.True(valid == fromBytes.IsValid, fromBytes.ToString());
        return fromBytes;
    }

    // The text as written followed by the signature of its canonical form; null when the canonicalizer refuses the text.
    private static string? SignedAsWritten(string unsigned)
    {
        try
        {
            var signature = new FinpayCallbackSigner(Key).ComputeSignature(unsigned);
            return unsigned.Substring(0, unsigned.Length - 1) + ",\"signature\":\"" + signature + "\"}";
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
