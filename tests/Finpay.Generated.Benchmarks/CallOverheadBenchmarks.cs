using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Stripe;

namespace Finpay.Generated.Benchmarks;

/// <summary>
/// One PayAsync through the whole SDK against a hand-written HttpClient + Newtonsoft call, same payload, same loopback server.
/// Goal: time ratio at most 1.10 and allocations at most 1.10 times the baseline, and at or below Stripe.net's time and
/// allocations per call (its row, against the same server).
/// </summary>
[MemoryDiagnoser]
public class CallOverheadBenchmarks
{
    private PaymentClients _clients = null!;

    [GlobalSetup]
    public void Setup() => _clients = PaymentClients.StartAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => _clients.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Baseline = true)]
    public Task<PaymentResponse> HttpClient_and_Newtonsoft_by_hand() => _clients.PayByHandAsync();

    [Benchmark]
    public Task<PaymentResponse> Sdk_PayAsync() => _clients.PayWithSdkAsync();

    /// <summary>The peer: Stripe.net's PaymentIntent create against the same server. Goal: the SDK at or below it.</summary>
    [Benchmark]
    public Task<PaymentIntent> Stripe_net_PaymentIntentService_CreateAsync() => _clients.Stripe.PayAsync();
}
