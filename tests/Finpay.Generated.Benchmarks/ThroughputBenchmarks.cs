using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;

namespace Finpay.Generated.Benchmarks;

/// <summary>
/// Payments per second at concurrency 1, 16 and 64 against the same loopback endpoint: each invocation completes
/// <see cref="Payments"/> payments with <see cref="Concurrency"/> callers in flight, so the reported time per operation is
/// one payment and requests per second is its inverse.
/// </summary>
[MemoryDiagnoser]
public class ThroughputBenchmarks
{
    private const int Payments = 256;

    private PaymentClients _clients = null!;

    [Params(1, 16, 64)]
    public int Concurrency { get; set; }

    [GlobalSetup]
    public void Setup() => _clients = PaymentClients.StartAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => _clients.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Baseline = true, OperationsPerInvoke = Payments)]
    public Task HttpClient_and_Newtonsoft_by_hand() => RunAsync(() => _clients.PayByHandAsync());

    [Benchmark(OperationsPerInvoke = Payments)]
    public Task Sdk_PayAsync() => RunAsync(() => _clients.PayWithSdkAsync());

    /// <summary>The peer: Stripe.net's PaymentIntent create with the same callers against the same server.</summary>
    [Benchmark(OperationsPerInvoke = Payments)]
    public Task Stripe_net_PaymentIntentService_CreateAsync() => RunAsync(() => _clients.Stripe.PayAsync());

    private Task RunAsync<T>(System.Func<Task<T>> pay) =>
        Task.WhenAll(Enumerable.Range(0, Concurrency).Select(async worker =>
        {
            for (var i = worker; i < Payments; i += Concurrency) await pay();
        }));
}
