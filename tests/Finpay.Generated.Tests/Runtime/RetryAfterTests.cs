using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;
using Finpay.Generated.Errors;
using Finpay.Generated.Http;
using Microsoft.Extensions.DependencyInjection;
using Finpay.Generated.Tests.Loopback;
using Finpay.Generated.Tests.Snapshots;
using Xunit;
using Finpay.Testing.Fixtures;

namespace Finpay.Generated.Tests.Runtime;

public class RetryAfterTests
{
    /// <summary>Answers the first request 503 (with <paramref name="retryAfter"/> when given) and every later one PAID.</summary>
    private static Task<LoopbackServer> BusyOnceAsync(string? retryAfter)
    {
        var calls = 0;
        return LoopbackServer.StartAsync((context, _) =>
        {
            if (Interlocked.Increment(ref calls) > 1) return LoopbackServer.Answer(context, 200, FinpayAnswers.CheckStatus("PAID"));
            if (retryAfter is not null) context.Response.Headers["Retry-After"] = retryAfter;
            return LoopbackServer.Answer(context, 503, "<html>busy</html>", "text/html");
        });
    }

    /// <summary>
    /// Moves <paramref name="clock"/> to just before <paramref name="wait"/> has passed, shows the retry has not come, then to
    /// the moment it has and shows that it does. Timers of a FakeTimeProvider fire inside Advance, so nothing waits for real time.
    /// </summary>
    private static async Task RetryComesAfterAsync(TestClock clock, LoopbackServer server, TimeSpan wait, Task call)
    {
        await clock.TimerSetAsync(wait);
        await RetryComesAtAsync(clock, server, wait, call);
    }

    private static async Task RetryComesAtAsync(TestClock clock, LoopbackServer server, TimeSpan wait, Task call)
    {
        clock.Advance(wait - TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, server.Hits);
        Assert.False(call.IsCompleted);

        clock.Advance(TimeSpan.FromMilliseconds(1));
        await call;
        Assert.Equal(2, server.Hits);
    }

    [Fact]
    public async Task A_read_waits_as_long_as_Retry_After_asks_before_trying_again()
    {
        await using var server = await BusyOnceAsync("20");
        var clock = new TestClock();
        // RetryDelay is 1 ms in the test clients: only the header can make the client wait 20 seconds.
        using var harness = TestClients.Create(server.BaseUrl, clock: clock);

        var call = harness.Client.CheckStatusAsync("ORDER-1");

        await RetryComesAfterAsync(clock, server, TimeSpan.FromSeconds(20), call);
    }

    [Fact]
    public async Task A_read_retried_after_a_503_waits_its_jittered_back_off_delay_on_the_registered_clock()
    {
        await using var server = await BusyOnceAsync(retryAfter: null);
        var clock = new TestClock();
        using var harness = TestClients.Create(server.BaseUrl, options => options.RetryDelay = TimeSpan.FromSeconds(20), clock: clock);

        var call = harness.Client.CheckStatusAsync("ORDER-1");

        // The first back-off is RetryDelay times a random factor between 0.8 and 1.2.
        var wait = await clock.TimerSetAsync(TimeSpan.FromSeconds(16), TimeSpan.FromSeconds(24));
        await RetryComesAtAsync(clock, server, wait, call);
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
