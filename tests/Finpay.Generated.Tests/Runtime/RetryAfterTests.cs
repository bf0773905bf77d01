using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using Finpay.Generated.Errors;
using Finpay.Generated.Tests.Loopback;
using Finpay.Generated.Tests.Snapshots;
using Xunit;
using Finpay.Testing.Fixtures;

namespace Finpay.Generated.Tests.Runtime;

public class RetryAfterTests
{
    [Fact]
    public async Task A_read_waits_as_long_as_Retry_After_asks_before_trying_again()
    {
        var arrivals = new ConcurrentQueue<long>();
        await using var server = await LoopbackServer.StartAsync((context, _) =>
        {
            arrivals.Enqueue(Stopwatch.GetTimestamp());
            if (arrivals.Count > 1) return LoopbackServer.Answer(context, 200, FinpayAnswers.CheckStatus("PAID"));
            context.Response.Headers["Retry-After"] = "1";
            return LoopbackServer.Answer(context, 503, "<html>busy</html>", "text/html");
        });
        // RetryDelay is 1 ms in the test clients: only the header can make the client wait a second.
        using var harness = TestClients.Create(server.BaseUrl);

        await harness.Client.CheckStatusAsync("ORDER-1");

        var times = arrivals.ToArray();
        Assert.Equal(2, times.Length);
        Assert.True(Stopwatch.GetElapsedTime(times[0], times[1]) >= TimeSpan.FromMilliseconds(900), "The retry came before Retry-After allowed.");
    }

    [Fact]
    public async Task A_Retry_After_beyond_the_total_time_out_is_not_waited_for_and_the_answer_is_reported()
    {
        await using var server = await LoopbackServer.StartAsync((context, _) =>
        {
            context.Response.Headers["Retry-After"] = "3600";
            return LoopbackServer.Answer(context, 503, """{"responseCode":"5030000","responseMessage":"Maintenance"}""");
        });
        using var harness = TestClients.Create(server.BaseUrl);

        var error = await Assert.ThrowsAsync<FinpayApiException>(() => harness.Client.CheckStatusAsync("ORDER-1"));

        Assert.Equal(503, error.StatusCode);
        Assert.Equal(1, server.Hits);
    }

    [Fact]
    public async Task Retry_After_never_makes_a_payment_go_twice()
    {
        await using var server = await LoopbackServer.StartAsync((context, _) =>
        {
            context.Response.Headers["Retry-After"] = "0";
            return LoopbackServer.Answer(context, 503, """{"responseCode":"5030000","responseMessage":"Busy"}""");
        });
        using var harness = TestClients.Create(server.BaseUrl);

        await Assert.ThrowsAsync<FinpayApiException>(() => harness.Client.PayAsync(RequestFactory.OneClickPayment()));

        Assert.Equal(1, server.Hits);
    }
}
