using System.Text;
using BenchmarkDotNet.Attributes;
using Finpay.Generated.Callbacks;

namespace Finpay.Generated.Benchmarks;

/// <summary>
/// Verifying a seed-sized signed callback as it arrives over HTTP (UTF-8 bytes): size check, parse, PHP-compatible
/// re-encoding, HMAC-SHA512, constant-time compare, typed result. Goal: at most 10 us and 8 KB allocated.
/// </summary>
[MemoryDiagnoser]
public class CallbackBenchmarks
{
    private const string MerchantKey = "SoSecret123";

    // The objects Finpay's callback carries (FINPAY-API.md), filled like the seed customer's recurring initiate.
    private const string Unsigned = """
        {"order":{"id":"1686716101151","reference":"FP-20230715-5DEFF9BD","amount":1000,"currency":"IDR","description":"Testing"},
        "customer":{"id":"hajar.finnet@gmail.com","email":"hajar.finnet@gmail.com","firstName":"Hajar","lastName":"Ismail","mobilePhone":"+6281286288844"},
        "meta":{"data":null},
        "card":{"mask":"481111******1114","token":"81b36a850c2e40458bad296f952084b516c919ca717d448722782769b81b9fd9","info":{"brand":"VISA","issuing":"BANK CIMB NIAGA","type":"CREDIT","subType":"CLASSIC","country":"IDN"}},
        "result":{"payment":{"status":"PAID","statusDesc":"Payment success","datetime":"2023-07-15 14:42:01","reference":"C-46081b76-b4e7-4260-aebc-bdd5368d186d","channel":"CC","amount":1000}}}
        """;

    private FinpayCallbackVerifier _verifier = null!;
    private byte[] _body = null!;

    [GlobalSetup]
    public void Setup()
    {
        _verifier = new FinpayCallbackVerifier(MerchantKey);
        var signed = new FinpayCallbackSigner(MerchantKey).SignBody(Unsigned.Replace("\n", ""));
        _body = Encoding.UTF8.GetBytes(signed);
        if (!_verifier.Verify(_body).IsValid) throw new System.InvalidOperationException("The benchmark's callback does not verify.");
    }

    [Benchmark]
    public bool Verify_seed_sized_callback() => _verifier.Verify(_body).IsValid;
}
