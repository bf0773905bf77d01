using System;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Finpay.Generated.Benchmarks;

/// <summary>
/// The throughput benchmark's SDK case as a plain loop, for a profiler to attach to (BenchmarkDotNet's own profilers do not
/// run on this runtime): <c>dotnet run -c Release -- --soak 64 30</c>, then <c>dotnet-trace collect -p PID</c>. Add
/// <c>--baseline</c> for the hand-written call, <c>--in-memory</c> to answer without a socket (<see cref="InMemoryFinpay"/>).
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
        RunAsync(concurrency, duration, baseline, inMemory).GetAwaiter().GetResult();
        return true;
    }

    private static async Task RunAsync(int concurrency, TimeSpan duration, bool baseline, bool inMemory)
    {
        await using var clients = await PaymentClients.StartAsync(inMemory);
        Console.WriteLine($"PID {Environment.ProcessId}: paying at concurrency {concurrency} for {duration.TotalSeconds} s ({(baseline ? "baseline" : "SDK")}).");
        // The first seconds run code the JIT has not optimised yet (more of it for the SDK than for the hand-written call): they
        // are paid for, not counted.
        await PayAsync(clients, concurrency, Warmup, baseline);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        var payments = await PayAsync(clients, concurrency, duration, baseline);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        // CPU time per payment (client and in-process server together) stays comparable on a machine shared with other work.
        Console.WriteLine($"{payments} payments, {payments / stopwatch.Elapsed.TotalSeconds:0} per second, {cpu.TotalMilliseconds * 1000 / payments:0} µs CPU per payment.");
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
}
