using System.Linq;
using Finpay.Generated.Callbacks;
using Xunit;

namespace Finpay.Generated.Tests.Callbacks;

public class PhpJsonCanonicalizerTests
{
    private static (bool Ok, string Payload, string Members, string Error) Canonicalize(string json)
    {
        using var canonical = PhpJsonCanonicalizer.Rent();
        var ok = canonical.TryCanonicalize(json, wantObjectMembers: true);
        return (ok, ok ? canonical.PayloadText() : "", ok ? canonical.ObjectMembers : "", canonical.Error);
    }

    [Theory]
    [InlineData("{\"0\":\"a\",\"signature\":\"x\",\"1\":{\"0\":true}}", "[\"a\",[true]]", "\"0\":\"a\",\"1\":[true]")]
    [InlineData("{\"signature\":\"x\",\"0\":1,\"1\":[]}", "[1,[]]", "\"0\":1,\"1\":[]")]
    [InlineData("{\"1\":\"a\",\"0\":\"b\"}", "{\"1\":\"a\",\"0\":\"b\"}", "\"1\":\"a\",\"0\":\"b\"")]
    [InlineData("{\"a\":{},\"b\":{\"00\":1},\"c\":{\"0\":{\"0\":null,\"1\":-0}}}", "{\"a\":[],\"b\":{\"00\":1},\"c\":[[null,0]]}", "\"a\":[],\"b\":{\"00\":1},\"c\":[[null,0]]")]
    [InlineData("{\"signature\":\"x\"}", "[]", "")]
    [InlineData(" { \"a\" : \"\\ud83d\\ude00/\u00e9\\u0041\" , \"b\\/\" : [ 1 , 2.50 ] } ", "{\"a\":\"\\ud83d\\ude00\\/\\u00e9A\",\"b\\/\":[1,2.5]}", "\"a\":\"\\ud83d\\ude00\\/\\u00e9A\",\"b\\/\":[1,2.5]")]
    public void Bodies_are_re_encoded_as_php_encodes_them_without_the_top_level_signature(string json, string payload, string members)
    {
        var result = Canonicalize(json);

        Assert.True(result.Ok, result.Error);
        Assert.Equal(payload, result.Payload);
        Assert.Equal(members, result.Members);
    }

    [Theory]
    [InlineData("9223372036854775807", "9223372036854775807")]
    [InlineData("-9223372036854775808", "-9223372036854775808")]
    [InlineData("-0", "0")]
    [InlineData("1000", "1000")]
    public void Integers_that_fit_in_64_bits_stay_integers(string number, string expected)
    {
        Assert.Equal("{\"n\":" + expected + "}", Canonicalize("{\"n\":" + number + "}").Payload);
    }

    [Fact]
    public void An_integer_past_64_bits_becomes_a_php_double()
    {
        Assert.Contains("e+18", Canonicalize("{\"n\":9223372036854775808}").Payload);
    }

    [Theory]
    [InlineData("{\"a\":1,\"\\u0061\":2}")]
    [InlineData("{\"signature\":\"x\",\"signature\":\"y\"}")]
    [InlineData("{\"o\":{\"k\":1,\"k\":2}}")]
    public void Keys_that_decode_alike_are_duplicates(string json)
    {
        var result = Canonicalize(json);

        Assert.False(result.Ok);
        Assert.Contains("duplicate member", result.Error);
    }

    [Fact]
    public void Duplicates_are_found_in_objects_with_many_members_too()
    {
        var members = Enumerable.Range(0, 40).Select(i => $"\"k{i}\":{i}").ToList();
        var distinct = "{" + string.Join(",", members) + "}";
        var duplicated = "{" + string.Join(",", members) + ",\"k3\":0}";

        Assert.Equal(distinct, Canonicalize(distinct).Payload);
        Assert.Contains("duplicate member \"k3\"", Canonicalize(duplicated).Error);
    }

    [Fact]
    public void A_nested_signature_member_is_data_and_stays()
    {
        Assert.Equal("{\"meta\":{\"signature\":\"x\"}}", Canonicalize("{\"meta\":{\"signature\":\"x\"},\"signature\":\"y\"}").Payload);
    }

    [Fact]
    public void A_reused_instance_forgets_the_previous_body()
    {
        var large = "{\"a\":\"" + new string('x', 10_000) + "\",\"signature\":\"" + new string('a', 128) + "\"}";
        Assert.True(Canonicalize(large).Ok);

        using var canonical = PhpJsonCanonicalizer.Rent();
        Assert.True(canonical.TryCanonicalize("{\"b\":2}", wantObjectMembers: false));
        Assert.Equal("{\"b\":2}", canonical.PayloadText());
        Assert.False(canonical.HasSignature);
        Assert.False(canonical.HasWellFormedSignature);
    }
}
