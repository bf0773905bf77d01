using BenchmarkDotNet.Attributes;
using Finpay.Generated.Serialization;

namespace Finpay.Generated.Benchmarks;

/// <summary>The fullest PaymentRequest to JSON and Finpay's payment response from JSON, with the SDK's cached settings.</summary>
[MemoryDiagnoser]
public class SerializationBenchmarks
{
    private PaymentRequest _request = null!;
    private string _responseJson = null!;

    [GlobalSetup]
    public void Setup()
    {
        _request = FinpayJson.Deserialize<PaymentRequest>(Payloads.FullPaymentRequest)!;
        _responseJson = Payloads.PaymentResponse;
    }

    [Benchmark]
    public string Serialize_full_payment_request() => FinpayJson.Serialize(_request);

    [Benchmark]
    public PaymentResponse Deserialize_payment_response() => FinpayJson.Deserialize<PaymentResponse>(_responseJson)!;
}
