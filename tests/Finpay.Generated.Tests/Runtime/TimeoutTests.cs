using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Finpay.Generated.Errors;
using Finpay.Generated.Tests.Loopback;
using Finpay.Generated.Tests.Snapshots;
using Finpay.Testing.Fixtures;
using Microsoft.AspNetCore.Http;
using Xunit;

namespace Finpay.Generated.Tests.Runtime;

/// <summary>
/// Time-outs run on the registered <see cref="TimeProvider"/>: each test gives the client a <see cref="TestClock"/>, waits
/// until the time-out's timer is set and moves the clock past it. Nothing waits for real time, so a slow machine changes nothing.
/// </summary>
public class TimeoutTests
{
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(30);

    /// <summary>A Finpay that takes the request and never answers, until the client goes away.</summary>
    private static Task<LoopbackServer> SilentAsync() => LoopbackServer.StartAsync((context, _) => LoopbackServer.UntilClientLeaves(context));

    private static FinpayTestClient ClientOn(TestClock clock, Uri baseUrl, int maxRetries = 3) =>
        TestClients.Create(baseUrl, options =>
        {
            options.Timeout = AttemptTimeout;
            options.TotalTimeout = TimeSpan.FromMinutes(5);
            options.MaxRetries = maxRetries;
            options.RetryDelay = TimeSpan.Zero;
        }, clock: clock);

    /// <summary>Waits until the server holds <paramref name="requests"/> requests and the attempt's time-out is set.</summary>
    private static async Task AttemptWaitingAsync(LoopbackServer server, TestClock clock, int requests = 1)
    {
        await Eventually.TrueAsync(() => server.Requests.Count >= requests, $"request {requests} at the server");
        await clock.TimerSetAsync(AttemptTimeout, requests);
    }

    [Fact]
    public async Task A_payment_post_that_times_out_reached_the_server_exactly_once_and_raises_FinpayTimeoutException()
    {
        await using var server = await SilentAsync();
        var clock = new TestClock();
        using var harness = ClientOn(clock, server.BaseUrl);

        var call = harness.Client.PayAsync(RequestFactory.OneClickPayment());
        await AttemptWaitingAsync(server, clock);
        clock.Advance(AttemptTimeout);

        var error = await Assert.ThrowsAsync<FinpayTimeoutException>(() => call);
        Assert.Equal(1, server.Requests.Count(r => r.Method == "POST"));
        Assert.Contains("pay", error.Message);
    }

    [Fact]
    public async Task Just_before_the_time_out_the_call_is_still_waiting_for_its_answer()
    {
        await using var server = await SilentAsync();
        var clock = new TestClock();
        using var harness = ClientOn(clock, server.BaseUrl);

        var call = harness.Client.PayAsync(RequestFactory.OneClickPayment());
        await AttemptWaitingAsync(server, clock);
        clock.Advance(AttemptTimeout - TimeSpan.FromMilliseconds(1));
        // Timers of a FakeTimeProvider fire inside Advance: one that was due would have cancelled the call by now.
        Assert.False(call.IsCompleted);

        clock.Advance(TimeSpan.FromMilliseconds(1));
        await Assert.ThrowsAsync<FinpayTimeoutException>(() => call);
    }

    [Fact]
    public async Task The_callers_cancellation_stays_an_OperationCanceledException_and_is_not_a_time_out()
    {
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await LoopbackServer.StartAsync((context, _) =>
        {
            arrived.TrySetResult();
            return LoopbackServer.UntilClientLeaves(context);
        });
        var clock = new TestClock();
        using var harness = ClientOn(clock, server.BaseUrl);
        using var cancellation = new CancellationTokenSource();

        var call = harness.Client.InitiateAsync(RequestFactory.RecurringInitiate(), cancellation.Token);
        await arrived.Task.WaitAsync(Eventually.Deadline);
        await cancellation.CancelAsync();

        var error = await Record.ExceptionAsync(() => call);
        Assert.IsAssignableFrom<OperationCanceledException>(error);
        Assert.Equal(1, server.Requests.Count(r => r.Method == "POST"));
    }

    [Fact]
    public async Task A_get_that_times_out_is_retried_then_raises_FinpayTimeoutException()
    {
        await using var server = await SilentAsync();
        var clock = new TestClock();
        using var harness = ClientOn(clock, server.BaseUrl, maxRetries: 1);

        var call = harness.Client.CheckStatusAsync("ORDER-1");
        await AttemptWaitingAsync(server, clock);
        clock.Advance(AttemptTimeout);
        await AttemptWaitingAsync(server, clock, requests: 2);
        clock.Advance(AttemptTimeout);

        await Assert.ThrowsAsync<FinpayTimeoutException>(() => call);
        Assert.Equal(2, server.Requests.Count(r => r.RawTarget.Contains("/check/")));
    }

    [Fact]
    public async Task A_retried_get_gets_only_the_time_the_call_has_left_and_then_raises_FinpayTimeoutException()
    {
        await using var server = await SilentAsync();
        var clock = new TestClock();
        using var harness = TestClients.Create(server.BaseUrl, options =>
        {
            options.Timeout = AttemptTimeout;
            options.TotalTimeout = TimeSpan.FromSeconds(45);
            options.RetryDelay = TimeSpan.Zero;
        }, clock: clock);

        var call = harness.Client.CheckStatusAsync("ORDER-1");
        await AttemptWaitingAsync(server, clock);
        clock.Advance(AttemptTimeout);
        // The second attempt may take the 15 s left of the 45, not another 30.
        await Eventually.TrueAsync(() => server.Requests.Count >= 2, "request 2 at the server");
        await clock.TimerSetAsync(TimeSpan.FromSeconds(15));
        clock.Advance(TimeSpan.FromSeconds(15));

        var error = await Assert.ThrowsAsync<FinpayTimeoutException>(() => call);
        Assert.Equal(2, server.Requests.Count);
        Assert.Contains("TotalTimeout", error.InnerException!.Message);
    }

    [Fact]
    public async Task A_body_that_stalls_after_the_headers_is_timed_out_too()
    {
        await using var server = await LoopbackServer.StartAsync(async (context, _) =>
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("{\"responseCode\":", context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await LoopbackServer.UntilClientLeaves(context);
        });
        var clock = new TestClock();
        using var harness = ClientOn(clock, server.BaseUrl);

        var call = harness.Client.PayAsync(RequestFactory.OneClickPayment());
        await AttemptWaitingAsync(server, clock);
        clock.Advance(AttemptTimeout);

        await Assert.ThrowsAsync<FinpayTimeoutException>(() => call);
        Assert.Equal(1, server.Requests.Count(r => r.Method == "POST"));
    }
}
