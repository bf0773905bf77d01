using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Linq;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using System.Diagnostics.Metrics;
using Finpay.Generated.Diagnostics;
using Finpay.Generated.ReliabilityTests.Sandbox;
using Finpay.Generated.Tests.Loopback;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using Xunit;
using Xunit.Abstractions;

namespace Finpay.Generated.ReliabilityTests.Load;

/// <summary>5,000 one-click payments at concurrency 64 against the in-process sandbox. The time is reported, not asserted.</summary>
[Collection(SandboxUnderLoad.Name)]
public class LoadTests(ITestOutputHelper output)
{
    private const int Payments = 5_000;
    private const int Concurrency = 64;

    [Fact]
    public async Task Five_thousand_payments_at_concurrency_64_all_succeed_once_each_without_churning_connections()
    {
        await using var sandbox = await StoredCardSandbox.StartAsync();
        var connections = 0;
        // The SDK's default time limits: a load test measures throughput and correctness, and the test clients' short
        // 5 s attempt time-out is too tight for 64 requests in flight on a busy 2-core machine.
        using var harness = TestClients.Create(sandbox.Host.BaseAddress, options =>
        {
            options.Timeout = TimeSpan.FromSeconds(30);
            options.TotalTimeout = TimeSpan.FromSeconds(90);
        }, http: builder =>
            builder.ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                // Counts the TCP connections the pool opens: a client that leaks or churns sockets opens thousands.
                ConnectCallback = async (context, cancellationToken) =>
                {
                    Interlocked.Increment(ref connections);
                    var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                    try
                    {
                        await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                        return new NetworkStream(socket, ownsSocket: true);
                    }
                    catch
                    {
                        socket.Dispose();
                        throw;
                    }
                },
            }));
        using var durations = new MetricCollector<double>(harness.Services.GetRequiredService<IMeterFactory>(), FinpayTelemetry.MeterName, FinpayTelemetry.OperationDurationName);
        using var retries = new MetricCollector<long>(harness.Services.GetRequiredService<IMeterFactory>(), FinpayTelemetry.MeterName, FinpayTelemetry.RetriesName);
        var errors = new ConcurrentQueue<Exception>();
        var stopwatch = Stopwatch.StartNew();

        await Parallel.ForEachAsync(Enumerable.Range(0, Payments), new ParallelOptions { MaxDegreeOfParallelism = Concurrency }, async (i, cancellationToken) =>
        {
            try
            {
                var response = await harness.Client.PayAsync(StoredCardSandbox.Payment($"LOAD-{i:D5}"), cancellationToken);
                if (response.ResponseCode != "2000000") errors.Enqueue(new InvalidOperationException($"LOAD-{i:D5}: {response.ResponseCode}"));
            }
            catch (Exception exception)
            {
                errors.Enqueue(exception);
            }
        });

        stopwatch.Stop();
        output.WriteLine($"{Payments} payments at concurrency {Concurrency}: {stopwatch.Elapsed.TotalSeconds:0.0} s, " +
                         $"{Payments / stopwatch.Elapsed.TotalSeconds:0} payments/s, {connections} TCP connections, {Environment.ProcessorCount} cores.");
        Assert.True(errors.IsEmpty, $"{errors.Count} errors; first: {errors.FirstOrDefault()}");
        var charges = sandbox.ChargesPerOrder();
        Assert.Equal(Payments, charges.Count);
        // Under load the metrics count every payment once, as a success, and no retry.
        var measured = durations.GetMeasurementSnapshot();
        Assert.Equal(Payments, measured.Count);
        Assert.All(measured, m => Assert.Equal("2xx", m.Tags["finpay.response_code.class"]));
        Assert.Empty(retries.GetMeasurementSnapshot());
        Assert.All(charges, c => Assert.Equal(1, c.Value));
        Assert.Equal(Payments, charges.Keys.Count(k => k.StartsWith("LOAD-", StringComparison.Ordinal)));
        // One connection per caller, and a few more when the pool replaces one a busy server closed: thousands would be churn.
        Assert.InRange(connections, 1, 2 * Concurrency);
    }
}
