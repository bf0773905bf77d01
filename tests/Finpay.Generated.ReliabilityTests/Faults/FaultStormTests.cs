using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using System.Diagnostics.Metrics;
using Finpay.Generated.Diagnostics;
using Finpay.Generated.Errors;
using Finpay.Generated.ReliabilityTests.Sandbox;
using Finpay.Generated.Tests.Loopback;
using Finpay.Sandbox.Faults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Xunit;
using Xunit.Abstractions;

namespace Finpay.Generated.ReliabilityTests.Faults;

/// <summary>
/// Payments through the sandbox's fault injection: 503s before and after the charge, connections reset before and after it,
/// answers held past the time-out, bodies cut in half. Whatever the caller sees, no order is charged twice, the SDK never puts a
/// payment on the wire twice, and a status check (itself under a 503 storm) recovers and tells the truth.
/// </summary>
[Collection(SandboxUnderLoad.Name)]
public class FaultStormTests(ITestOutputHelper output)
{
    private const int Payments = 70;
    private const int Seed = 20261108;

    private static readonly Func<FaultRule?>[] Faults =
    {
        () => null,
        () => new FaultRule { Operation = "pay", Kind = FaultKind.ServerError, StatusCode = 503 },
        () => new FaultRule { Operation = "pay", Kind = FaultKind.ServerError, StatusCode = 503, AfterProcessing = true },
        () => new FaultRule { Operation = "pay", Kind = FaultKind.DropConnection },
        () => new FaultRule { Operation = "pay", Kind = FaultKind.DropConnection, AfterProcessing = true },
        () => new FaultRule { Operation = "pay", Kind = FaultKind.Delay, Delay = TimeSpan.FromSeconds(4) },
        () => new FaultRule { Operation = "pay", Kind = FaultKind.MalformedBody },
    };

    [Fact]
    public async Task A_seeded_storm_of_faults_never_charges_an_order_twice_and_status_checks_recover()
    {
        await using var sandbox = await StoredCardSandbox.StartAsync();
        // A cold start (JIT, the sandbox loading its spec) must not eat the short attempt time-out of the storm's client.
        using (var warmUp = TestClients.Create(sandbox.Host.BaseAddress))
            await warmUp.Client.PayAsync(StoredCardSandbox.Payment("WARM-UP-0"));
        var wire = new WireCounter();
        using var harness = TestClients.Create(sandbox.Host.BaseAddress,
            options => options.Timeout = TimeSpan.FromSeconds(1),
            http: builder => builder.AddHttpMessageHandler(() => wire));
        // Status checks get the usual attempt time-out, so that only the injected 503s make them retry.
        var statusWire = new WireCounter();
        using var status = TestClients.Create(sandbox.Host.BaseAddress, http: builder => builder.AddHttpMessageHandler(() => statusWire));
        using var paymentRetries = new MetricCollector<long>(harness.Services.GetRequiredService<IMeterFactory>(), FinpayTelemetry.MeterName, FinpayTelemetry.RetriesName);
        using var paymentDurations = new MetricCollector<double>(harness.Services.GetRequiredService<IMeterFactory>(), FinpayTelemetry.MeterName, FinpayTelemetry.OperationDurationName);
        using var statusRetries = new MetricCollector<long>(status.Services.GetRequiredService<IMeterFactory>(), FinpayTelemetry.MeterName, FinpayTelemetry.RetriesName);
        try
        {
            await harness.Client.PayAsync(StoredCardSandbox.Payment("WARM-UP"));
        }
        catch (FinpayTimeoutException)
        {
            // A busy machine may need more than the storm's short time-out for the first call; it still counts as one POST.
        }
        var random = new Random(Seed);
        var outcomes = new Dictionary<string, (FaultRule? Fault, Exception? Error)>();

        for (var i = 0; i < Payments; i++)
        {
            var orderId = $"STORM-{i:D3}";
            var fault = Faults[random.Next(Faults.Length)]();
            if (fault is not null) sandbox.Host.Faults.Add(fault);
            Exception? error = null;
            try
            {
                await harness.Client.PayAsync(StoredCardSandbox.Payment(orderId));
            }
            catch (FinpayException exception)
            {
                error = exception;
            }

            sandbox.Host.Faults.Clear();
            outcomes[orderId] = (fault, error);
        }

        var charges = sandbox.ChargesPerOrder();
        Assert.All(charges, c => Assert.True(c.Value <= 1, $"{c.Key} was charged {c.Value} times."));
        Assert.Equal(Payments + 1, wire.Posts);
        foreach (var (orderId, (fault, error)) in outcomes)
        {
            var charged = charges.GetValueOrDefault(orderId);
            if (error is null) Assert.True(charged == 1, $"{orderId}: the caller saw success but the ledger has {charged} charges.");
            if (fault is { Kind: FaultKind.ServerError or FaultKind.DropConnection, AfterProcessing: false })
                Assert.True(charged == 0 && error is not null, $"{orderId}: {fault} yet charged {charged}, error {error?.GetType().Name}.");
        }

        // Whatever the payment call said, the status check says what happened, through a storm of 503s on every GET.
        foreach (var orderId in outcomes.Keys)
        {
            sandbox.Host.Faults.Clear();
            sandbox.Host.Faults.Add(new FaultRule { Operation = "checkStatus", Kind = FaultKind.ServerError, StatusCode = 503, Times = 2 });
            if (charges.GetValueOrDefault(orderId) == 1)
                Assert.Equal("PAID", (await status.Client.CheckStatusAsync(orderId)).Data.Result!.Payment!.Status);
            else
                Assert.Equal(404, (await Assert.ThrowsAsync<FinpayApiException>(() => status.Client.CheckStatusAsync(orderId))).StatusCode);
        }

        Assert.Equal(3 * Payments, statusWire.Gets);
        // The metrics tell the same story as the wire: no payment retried, every call measured once, every 503 retried once.
        Assert.Empty(paymentRetries.GetMeasurementSnapshot());
        Assert.Equal(Payments + 1, paymentDurations.GetMeasurementSnapshot().Count);
        Assert.Equal(2 * Payments, statusRetries.GetMeasurementSnapshot().Sum(m => m.Value));
        var kinds = outcomes.GroupBy(o => Describe(o.Value.Fault)).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key}: {g.Count()} payments, {g.Count(o => o.Value.Error is null)} reported success, {g.Count(o => charges.GetValueOrDefault(o.Key) == 1)} charged once, 0 twice");
        output.WriteLine(string.Join("\n", kinds));
    }

    private static string Describe(FaultRule? fault) => fault is null
        ? "no fault"
        : fault.Kind + (fault.AfterProcessing ? " after the charge" : fault.Kind == FaultKind.MalformedBody ? " (after the charge)" : "");

    [Fact]
    public async Task A_get_recovers_from_resets_and_503s_within_its_retries_and_reports_a_longer_storm()
    {
        await using var sandbox = await StoredCardSandbox.StartAsync();
        using var harness = TestClients.Create(sandbox.Host.BaseAddress);
        await harness.Client.PayAsync(StoredCardSandbox.Payment("ORDER-1"));

        sandbox.Host.Faults.Add(new FaultRule { Operation = "checkStatus", Kind = FaultKind.DropConnection, Times = 2 });
        sandbox.Host.Faults.Add(new FaultRule { Operation = "checkStatus", Kind = FaultKind.ServerError, StatusCode = 503, Times = 1 });
        Assert.Equal("PAID", (await harness.Client.CheckStatusAsync("ORDER-1")).Data.Result!.Payment!.Status);

        sandbox.Host.Faults.Add(new FaultRule { Operation = "checkStatus", Kind = FaultKind.ServerError, StatusCode = 503, Times = null });
        Assert.Equal(503, (await Assert.ThrowsAsync<FinpayApiException>(() => harness.Client.CheckStatusAsync("ORDER-1"))).StatusCode);
        sandbox.Host.Faults.Clear();
        Assert.Equal("PAID", (await harness.Client.CheckStatusAsync("ORDER-1")).Data.Result!.Payment!.Status);
        Assert.Single(sandbox.Host.Ledger.For("ORDER-1"));
    }
}
