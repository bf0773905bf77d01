using System;
using System.Diagnostics.Metrics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Finpay.Generated.Diagnostics;
using Finpay.Generated.Errors;
using Finpay.Generated.Tests.Loopback;
using Finpay.Generated.Tests.Snapshots;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Xunit;
using Finpay.Testing.Fixtures;

namespace Finpay.Generated.Tests.Runtime;

public class MetricsTests
{
    [Fact]
    public async Task A_successful_call_records_its_duration_in_seconds_tagged_by_operation_and_response_code_class()
    {
        await using var server = await LoopbackServer.AnsweringAsync(200, FinpayAnswers.Payment);
        using var harness = TestClients.Create(server.BaseUrl);
        using var duration = Collect<double>(harness, FinpayTelemetry.OperationDurationName);

        await harness.Client.PayAsync(RequestFactory.OneClickPayment());

        var measurement = Assert.Single(duration.GetMeasurementSnapshot());
        Assert.InRange(measurement.Value, 0, 10);
        Assert.Equal("pay", measurement.Tags["finpay.operation"]);
        Assert.Equal("2xx", measurement.Tags["finpay.response_code.class"]);
        Assert.Equal(200, measurement.Tags["http.response.status_code"]);
        Assert.False(measurement.Tags.ContainsKey("error.type"));
        Assert.Equal("s", duration.Instrument!.Unit);
        Assert.Equal(FinpayTelemetry.MeterName, duration.Instrument.Meter.Name);
    }

    [Fact]
    public async Task A_declined_call_records_the_error_type_and_Finpays_response_code_class()
    {
        await using var server = await LoopbackServer.AnsweringAsync(403,
            """{"responseCode":"4030015","responseMessage":"Transaction not permitted","traceId":"t-1"}""");
        using var harness = TestClients.Create(server.BaseUrl);
        using var duration = Collect<double>(harness, FinpayTelemetry.OperationDurationName);

        await Assert.ThrowsAsync<FinpayApiException>(() => harness.Client.VoidAsync("ORDER-1"));

        var measurement = Assert.Single(duration.GetMeasurementSnapshot());
        Assert.Equal("void", measurement.Tags["finpay.operation"]);
        Assert.Equal("4xx", measurement.Tags["finpay.response_code.class"]);
        Assert.Equal(nameof(FinpayApiException), measurement.Tags["error.type"]);
    }

    [Fact]
    public async Task Retries_are_counted_per_operation()
    {
        var calls = 0;
        await using var server = await LoopbackServer.StartAsync((context, _) => Interlocked.Increment(ref calls) <= 2
            ? LoopbackServer.Answer(context, 503, "<html>busy</html>", "text/html")
            : LoopbackServer.Answer(context, 200, FinpayAnswers.CheckStatus("PAID")));
        using var harness = TestClients.Create(server.BaseUrl);
        using var retries = Collect<long>(harness, FinpayTelemetry.RetriesName);

        await harness.Client.CheckStatusAsync("ORDER-1");

        Assert.Equal(2, retries.GetMeasurementSnapshot().Sum(m => m.Value));
        Assert.All(retries.GetMeasurementSnapshot(), m => Assert.Equal("checkStatus", m.Tags["finpay.operation"]));
    }

    [Fact]
    public async Task No_tag_carries_the_card_token_or_the_key()
    {
        await using var server = await LoopbackServer.AnsweringAsync(500, """{"responseCode":"5000000","responseMessage":"boom"}""");
        using var harness = TestClients.Create(server.BaseUrl, options => options.MaxRetries = 1);
        using var duration = Collect<double>(harness, FinpayTelemetry.OperationDurationName);
        using var retries = Collect<long>(harness, FinpayTelemetry.RetriesName);

        await Assert.ThrowsAsync<FinpayApiException>(() => harness.Client.DeleteCardAsync(RequestFactory.StoredCardToken));

        var tags = duration.GetMeasurementSnapshot().SelectMany(m => m.Tags).Concat(retries.GetMeasurementSnapshot().SelectMany(m => m.Tags)).ToList();
        Assert.NotEmpty(tags);
        foreach (var tag in tags)
        {
            Assert.DoesNotContain(RequestFactory.StoredCardToken, tag.Value?.ToString() ?? "", StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(TestClients.MerchantKey, tag.Value?.ToString() ?? "");
        }
    }

    private static MetricCollector<T> Collect<T>(FinpayTestClient harness, string instrument)
        where T : struct =>
        new(harness.Services.GetRequiredService<IMeterFactory>(), FinpayTelemetry.MeterName, instrument);
}
