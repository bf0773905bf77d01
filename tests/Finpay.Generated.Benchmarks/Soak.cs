using System;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Finpay.Generated.Benchmarks;

/// <summary>
/// The throughput benchmark's case as a plain loop, for a profiler to attach to (BenchmarkDotNet's own profilers do not run
/// on this runtime): <c>dotnet run -c Release -- --soak 64 30</c>, then <c>dotnet-trace collect -p PID</c>. Add
/// <c>--baseline</c> for the hand-written call, <c>--in-memory</c> to answer without a socket (<see cref="InMemoryFinpay"/>).
/// With <c>--rounds N</c> the SDK and the hand-written call take turns in one process, N rounds of the given seconds each, and
/// the CPU per payment of each is summed over its rounds: on a machine whose speed drifts by the minute, short alternating
/// rounds put both through the same drift, where two separate runs minutes apart do not.
/// </summary>
internal static class Soak
{
    private static readonly TimeSpan Warmup = TimeSpan.FromSeconds(10);

    public static bool TryRun(string[] args)
    {
        var at = Array.IndexOf(args, "--soak");
        if (at < 0) return false;
        var concurrency = int.Parse(args[at + 1], System.Globalization.CultureInfo.InvariantCulture);
        var duration = TimeSpan.FromSeconds(int.Parse(args[at + 2], System.Globalization.CultureInfo.InvariantCulture));
        var baseline = Array.IndexOf(args, "--baseline") >= 0;
        var inMemory = Array.IndexOf(args, "--in-memory") >= 0;
        var roundsAt = Array.IndexOf(args, "--rounds");
        var rounds = roundsAt < 0 ? 0 : int.Parse(args[roundsAt + 1], System.Globalization.CultureInfo.InvariantCulture);
        (rounds > 0 ? AlternateAsync(concurrency, duration, rounds, inMemory) : RunAsync(concurrency, duration, baseline, inMemory)).GetAwaiter().GetResult();
        return true;
    }

    private static async Task RunAsync(int concurrency, TimeSpan duration, bool baseline, bool inMemory)
    {
        await using var clients = await PaymentClients.StartAsync(inMemory);
        Console.WriteLine($"PID {Environment.ProcessId}: paying at concurrency {concurrency} for {duration.TotalSeconds} s ({(baseline ? "baseline" : "SDK")}).");
        // The first seconds run code the JIT has not optimised yet (more of it for the SDK than for the hand-written call): they
        // are paid for, not counted.
        await PayAsync(clients, concurrency, Warmup, baseline);
        var round = await MeasureAsync(clients, concurrency, duration, baseline);
        // CPU time per payment (client and in-process server together) stays comparable on a machine shared with other work.
        Console.WriteLine($"{round.Payments} payments, {round.Payments / round.Elapsed.TotalSeconds:0} per second, {round.CpuMicroseconds / round.Payments:0} µs CPU per payment.");
    }

    private static async Task AlternateAsync(int concurrency, TimeSpan duration, int rounds, bool inMemory)
    {
        await using var clients = await PaymentClients.StartAsync(inMemory);
        Console.WriteLine($"PID {Environment.ProcessId}: SDK and baseline in turns at concurrency {concurrency}, {rounds} rounds of {duration.TotalSeconds} s each.");
        await PayAsync(clients, concurrency, Warmup, baseline: false);
        await PayAsync(clients, concurrency, Warmup, baseline: true);
        Round sdk = default, hand = default;
        for (var i = 0; i < rounds; i++)
        {
            var s = await MeasureAsync(clients, concurrency, duration, baseline: false);
            var b = await MeasureAsync(clients, concurrency, duration, baseline: true);
            Console.WriteLine($"round {i + 1}: SDK {s.CpuMicroseconds / s.Payments:0.0} µs, baseline {b.CpuMicroseconds / b.Payments:0.0} µs CPU per payment; " +
                              $"thread-pool work items per payment {(double)s.WorkItems / s.Payments:0.00} vs {(double)b.WorkItems / b.Payments:0.00}, lock contentions {(double)s.Contentions / s.Payments:0.000} vs {(double)b.Contentions / b.Payments:0.000}");
            sdk += s;
            hand += b;
        }

        var ratio = (hand.CpuMicroseconds / hand.Payments) / (sdk.CpuMicroseconds / sdk.Payments);
        Console.WriteLine($"SDK {sdk.CpuMicroseconds / sdk.Payments:0.0} µs, baseline {hand.CpuMicroseconds / hand.Payments:0.0} µs CPU per payment: " +
                          $"the SDK does {ratio:0.00}× the baseline's payments per unit of CPU; payments per second {sdk.Payments / sdk.Elapsed.TotalSeconds:0} vs {hand.Payments / hand.Elapsed.TotalSeconds:0}.");
    }

    private static async Task<Round> MeasureAsync(PaymentClients clients, int concurrency, TimeSpan duration, bool baseline)
    {
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var workItemsBefore = ThreadPool.CompletedWorkItemCount;
        var contentionBefore = Monitor.LockContentionCount;
        var stopwatch = Stopwatch.StartNew();
        var payments = await PayAsync(clients, concurrency, duration, baseline);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        return new Round(payments, stopwatch.Elapsed, cpu.TotalMilliseconds * 1000, ThreadPool.CompletedWorkItemCount - workItemsBefore, Monitor.LockContentionCount - contentionBefore);
    }

    private static async Task<long> PayAsync(PaymentClients clients, int concurrency, TimeSpan duration, bool baseline)
    {
        var payments = 0L;
        var stopwatch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            while (stopwatch.Elapsed < duration)
            {
                await (baseline ? clients.PayByHandAsync() : clients.PayWithSdkAsync());
                Interlocked.Increment(ref payments);
            }
        }));
        return payments;
    }

    /// <summary>Payments made in a stretch of time, and the process's CPU time over it.</summary>
    private readonly record struct Round(long Payments, TimeSpan Elapsed, double CpuMicroseconds, long WorkItems, long Contentions)
    {
        public static Round operator +(Round a, Round b) =>
            new(a.Payments + b.Payments, a.Elapsed + b.Elapsed, a.CpuMicroseconds + b.CpuMicroseconds, a.WorkItems + b.WorkItems, a.Contentions + b.Contentions);
    }
}
