using System;
using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Attributes;
using Finpay.Generated.Callbacks;
using Finpay.Generated.Serialization;

namespace Finpay.Generated.Benchmarks;

/// <summary>
/// Verifying a seed-sized signed callback as it arrives over HTTP (UTF-8 bytes): size check, parse, PHP-compatible
/// re-encoding, HMAC-SHA512, constant-time compare, typed result. Goal: at most 10 us and 8 KB allocated.
/// The <c>Step_</c> rows time the verifier's steps alone on the same body, to show where the time and bytes go. The seed body
/// is json_encode output, so the verifier's path is: the canonical scan, the per-thread keyed HMAC, the ASCII decode and the
/// typed parse; <c>Step_canonicalize</c> and the other HMAC rows are the full path and the alternatives it replaced.
/// The seed body has no <c>/</c> and nothing outside ASCII, so all four canonical encodings are the same bytes and the first
/// (PHP's default) matches; <c>Verify_last_encoding_matches</c> is the worst case: a body with both, signed over
/// JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE, so every encoding is computed and tried.
/// </summary>
[MemoryDiagnoser]
public class CallbackBenchmarks
{
    private const string MerchantKey = "SoSecret123";

    // The objects Finpay's callback carries (FINPAY-API.md), filled like the seed customer's recurring initiate.
    internal const string Unsigned = """
        {"order":{"id":"1686716101151","reference":"FP-20230715-5DEFF9BD","amount":1000,"currency":"IDR","description":"Testing"},
        "customer":{"id":"hajar.finnet@gmail.com","email":"hajar.finnet@gmail.com","firstName":"Hajar","lastName":"Ismail","mobilePhone":"+6281286288844"},
        "meta":{"data":null},
        "card":{"mask":"481111******1114","token":"81b36a850c2e40458bad296f952084b516c919ca717d448722782769b81b9fd9","info":{"brand":"VISA","issuing":"BANK CIMB NIAGA","type":"CREDIT","subType":"CLASSIC","country":"IDN"}},
        "result":{"payment":{"status":"PAID","statusDesc":"Payment success","datetime":"2023-07-15 14:42:01","reference":"C-46081b76-b4e7-4260-aebc-bdd5368d186d","channel":"CC","amount":1000}}}
        """;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private FinpayCallbackVerifier _verifier = null!;
    private byte[] _body = null!;
    private string _text = null!;
    private byte[] _payload = null!;
    private byte[] _key = null!;
    private byte[] _signature = new byte[CallbackSignature.ByteLength];
    private byte[] _lastEncodingBody = null!;

    [GlobalSetup]
    public void Setup()
    {
        _verifier = new FinpayCallbackVerifier(MerchantKey);
        var signed = new FinpayCallbackSigner(MerchantKey).SignBody(Unsigned.Replace("\n", ""));
        _body = Encoding.UTF8.GetBytes(signed);
        _text = signed;
        _key = Encoding.UTF8.GetBytes(MerchantKey);
        using (var canonical = PhpJsonCanonicalizer.Rent())
        {
            canonical.TryCanonicalize(signed, wantObjectMembers: false);
            _payload = Encoding.ASCII.GetBytes(canonical.PayloadText());
        }

        if (!_verifier.Verify(_body).IsValid) throw new System.InvalidOperationException("The benchmark's callback does not verify.");

        // The same callback with a URL and a name outside ASCII, signed as a verifier using both unescape flags would.
        var wider = Unsigned.Replace("\n", "").Replace("\"description\":\"Testing\"", "\"description\":\"Kopi ☕ https://toko.example/kopi\"");
        using (var canonical = PhpJsonCanonicalizer.Rent())
        {
            canonical.TryCanonicalize(wider, wantObjectMembers: false);
            var payload = canonical.Variant(CallbackEncoding.UnescapedSlashesAndUnicode, out var length);
            var signature = CallbackSignature.ToHex(CallbackSignature.Compute(_key, payload, length));
            _lastEncodingBody = Encoding.UTF8.GetBytes(wider.Substring(0, wider.Length - 1) + ",\"signature\":\"" + signature + "\"}");
        }

        if (_verifier.Verify(_lastEncodingBody).MatchedEncoding != CallbackEncoding.UnescapedSlashesAndUnicode)
            throw new System.InvalidOperationException("The last-encoding callback does not verify over the last encoding.");
    }

    [Benchmark(Baseline = true)]
    public bool Verify_seed_sized_callback() => _verifier.Verify(_body).IsValid;

    [Benchmark]
    public bool Verify_last_encoding_matches() => _verifier.Verify(_lastEncodingBody).IsValid;

    [Benchmark]
    public int Step_strict_UTF8_decode() => StrictUtf8.GetString(_body).Length;

    [Benchmark]
    public int Step_canonicalize()
    {
        using var canonical = PhpJsonCanonicalizer.Rent();
        return canonical.TryCanonicalize(_text, wantObjectMembers: false) ? canonical.PayloadLength : 0;
    }

    [Benchmark]
    public int Step_canonical_scan() => CanonicalBody.TryProve(_body, _signature, out var cutStart, out _) ? cutStart : 0;

    [Benchmark]
    public int Step_HMACSHA512_new_instance()
    {
        using var hmac = new HMACSHA512(_key);
        return hmac.ComputeHash(_payload).Length;
    }

    [Benchmark]
    public bool Step_HMACSHA512_one_shot_and_compare()
    {
        Span<byte> expected = stackalloc byte[CallbackSignature.ByteLength];
        HMACSHA512.HashData(_key, _payload, expected);
        return CryptographicOperations.FixedTimeEquals(expected, _signature);
    }

    [Benchmark]
    public bool Step_HMACSHA512_keyed_per_thread_and_compare() =>
        CallbackSignature.Matches(_key, _payload.AsSpan(), ReadOnlySpan<byte>.Empty, _signature);

    [Benchmark]
    public bool Step_Newtonsoft_typed_parse_JsonConvert() => FinpayJson.Deserialize<Callback>(_text) is not null;

    // The floor under any Newtonsoft-based typed read: the reader's tokens alone, no objects built.
    [Benchmark]
    public int Step_Newtonsoft_tokens_only()
    {
        using var reader = new Newtonsoft.Json.JsonTextReader(new System.IO.StringReader(_text)) { DateParseHandling = Newtonsoft.Json.DateParseHandling.None, FloatParseHandling = Newtonsoft.Json.FloatParseHandling.Decimal };
        var tokens = 0;
        while (reader.Read()) tokens++;
        return tokens;
    }

    [Benchmark]
    public bool Step_Newtonsoft_typed_parse_shared_serializer() => CallbackReader.Read(_text) is not null;
}
