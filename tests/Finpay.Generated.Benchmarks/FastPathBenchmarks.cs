using System;
using System.Linq;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Finpay.Generated.Callbacks;
using Finpay.Generated.Http;
using Finpay.Generated.Serialization;
using Finpay.Generated.Validation;
using Newtonsoft.Json;

namespace Finpay.Generated.Benchmarks;

/// <summary>
/// Each hand-written fast path of the SDK next to the plain code it replaced, on the same input, so that a fast path is kept
/// only where the plain version would miss a goal in docs/benchmarks.md (see "Fast paths: kept or gone").
/// <list type="bullet">
/// <item>Callback: the canonical scan with the per-thread keyed HMAC, against the full canonicalizer with one-shot
/// <c>HMACSHA512.HashData</c> and <c>JsonConvert</c>'s typed parse (goal: 10 µs, 8 KB).</item>
/// <item>Request body: the pooled writer into one exact-size array, against <c>JsonConvert.SerializeObject</c> and
/// <c>Encoding.UTF8.GetBytes</c>; answer: the pooled reader over the bytes, against <c>GetString</c> and
/// <c>JsonConvert.DeserializeObject</c>; the envelope's code: the byte scanner, against Newtonsoft's reader over the text
/// (goal for the call: allocations at most 1.10× the hand-written call).</item>
/// <item>Patterns: <c>Validate()</c> with the SDK's loops for simple patterns, against the same with every pattern a
/// <see cref="Regex"/> (goal: at least 20× faster than DataAnnotations, 0 B).</item>
/// </list>
/// </summary>
[MemoryDiagnoser]
public class FastPathBenchmarks
{
    private const string MerchantKey = "SoSecret123";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly JsonSerializerSettings ValidatingSettings = CreateValidatingSettings();

    private FinpayCallbackVerifier _verifier = null!;
    private byte[] _key = null!;
    private byte[] _callback = null!;
    private PaymentRequest _payRequest = null!;
    private PaymentRequest _fullRequest = null!;
    private byte[] _answer = null!;

    [GlobalSetup]
    public void Setup()
    {
        _verifier = new FinpayCallbackVerifier(MerchantKey);
        _key = Encoding.UTF8.GetBytes(MerchantKey);
        _callback = Encoding.UTF8.GetBytes(new FinpayCallbackSigner(MerchantKey).SignBody(CallbackBenchmarks.Unsigned.Replace("\n", "")));
        _payRequest = FinpayJson.Deserialize<PaymentRequest>(Payloads.Read("payment-request.json"))!;
        _fullRequest = FinpayJson.Deserialize<PaymentRequest>(Payloads.FullPaymentRequest)!;
        _answer = Encoding.UTF8.GetBytes(Payloads.PaymentResponse);
        if (!Callback_plain() || !Callback_fast()) throw new InvalidOperationException("The benchmark's callback does not verify.");
        if (!Write_pooled().AsSpan().SequenceEqual(Write_plain())) throw new InvalidOperationException("The two writers differ.");
    }

    /// <summary>Every pattern of the generated validators goes to <see cref="Regex"/>, as <c>StringPattern</c> does for a pattern it has no loop for.</summary>
    [GlobalSetup(Target = nameof(Validate_regex_patterns))]
    public void SetupRegexPatterns()
    {
        Setup();
        var regexField = typeof(StringPattern).GetField("_regex", BindingFlags.Instance | BindingFlags.NonPublic)!;
        var patterns = typeof(PaymentRequest).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
            .Where(f => f.FieldType == typeof(StringPattern) && !f.DeclaringType!.ContainsGenericParameters)
            .Select(f => (StringPattern?)f.GetValue(null))
            .Where(p => p is not null && p.IsSimple)
            .ToList();
        foreach (var pattern in patterns)
            regexField.SetValue(pattern, new Regex(JsonSchemaPattern.ToDotNet(pattern!.ToString()), RegexOptions.CultureInvariant));
        if (patterns.Count == 0 || patterns.Any(p => p!.IsSimple)) throw new InvalidOperationException("No pattern was switched to Regex.");
        Console.WriteLine($"// {patterns.Count} simple patterns switched to Regex");
    }

    [Benchmark]
    public bool Callback_fast() => _verifier.Verify(_callback).IsValid;

    [Benchmark]
    public bool Callback_plain()
    {
        var text = StrictUtf8.GetString(_callback);
        using var canonical = PhpJsonCanonicalizer.Rent();
        if (!canonical.TryCanonicalize(text, wantObjectMembers: false) || !canonical.HasWellFormedSignature) return false;
        Span<byte> expected = stackalloc byte[CallbackSignature.ByteLength];
        HMACSHA512.HashData(_key, canonical.Payload.AsSpan(0, canonical.PayloadLength), expected);
        return CryptographicOperations.FixedTimeEquals(expected, canonical.Signature) && FinpayJson.Deserialize<Callback>(text) is not null;
    }

    [Benchmark]
    public byte[] Write_pooled() => WireJson.SerializeValidated(_payRequest);

    [Benchmark]
    public byte[] Write_plain() => Encoding.UTF8.GetBytes(JsonConvert.SerializeObject(_payRequest, ValidatingSettings));

    [Benchmark]
    public object? Read_pooled() => WireJson.Deserialize(new ArraySegment<byte>(_answer), typeof(PaymentResponse));

    [Benchmark]
    public object? Read_plain() => JsonConvert.DeserializeObject(Encoding.UTF8.GetString(_answer), typeof(PaymentResponse), ValidatingSettings);

    [Benchmark]
    public string? ResponseCode_scanner() => ResponseCodeScanner.Find(new ArraySegment<byte>(_answer));

    [Benchmark]
    public string? ResponseCode_plain()
    {
        using var reader = new JsonTextReader(new System.IO.StringReader(Encoding.UTF8.GetString(_answer))) { DateParseHandling = DateParseHandling.None };
        string? code = null;
        while (reader.Read())
        {
            if (reader.Depth == 1 && reader.TokenType == JsonToken.PropertyName && (string?)reader.Value == "responseCode")
                code = reader.ReadAsString();
            else if (reader.Depth == 1 && reader.TokenType is JsonToken.StartObject or JsonToken.StartArray)
                reader.Skip();
        }

        return code;
    }

    [Benchmark]
    public int Validate_loop_patterns() => _fullRequest.Validate().Count;

    [Benchmark]
    public int Validate_regex_patterns() => _fullRequest.Validate().Count;

    private static JsonSerializerSettings CreateValidatingSettings()
    {
        var settings = new JsonSerializerSettings();
        FinpayJson.Apply(settings);
        settings.ContractResolver = ValidatingContractResolver.Instance;
        return settings;
    }
}
