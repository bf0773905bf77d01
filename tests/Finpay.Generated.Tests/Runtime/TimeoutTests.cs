using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Finpay.Generated.Errors;
using Finpay.Generated.Tests.Loopback;
using Finpay.Generated.Tests.Snapshots;
using Microsoft.AspNetCore.Http;
using Xunit;
using Finpay.Testing.Fixtures;

namespace Finpay.Generated.Tests.Runtime;

public class TimeoutTests
{
    private const string WarmUpOrder = "WARM-UP";

    /// <summary>
    /// A Finpay that takes the request and never answers (until the client goes away), except to cancel <see cref="WarmUpOrder"/>:
    /// the tests call that first, so that a cold start (JIT, first connection) cannot eat the short attempt time-out.
    /// </summary>
    private static Task<LoopbackServer> SilentAsync() => LoopbackServer.StartAsync(async (context, request) =>
    {
        if (request.RawTarget.EndsWith("/" + WarmUpOrder, StringComparison.Ordinal))
        {
            await LoopbackServer.Answer(context, 200, FinpayAnswers.Operation);
            return;
        }

        try
        {
            await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
        }
    });

    [Fact]
    public async Task A_payment_post_that_times_out_reached_the_server_exactly_once_and_raises_FinpayTimeoutException()
    {
        await using var server = await SilentAsync();
        using var harness = TestClients.Create(server.BaseUrl, options => options.Timeout = TimeSpan.FromMilliseconds(500));
        await harness.Client.CancelAsync(WarmUpOrder);

        var error = await Assert.ThrowsAsync<FinpayTimeoutException>(() => harness.Client.PayAsync(RequestFactory.OneClickPayment()));

        Assert.Equal(1, server.Requests.Count(r => r.Method == "POST"));
        Assert.Contains("pay", error.Message);
    }

    [Fact]
    public async Task The_callers_cancellation_stays_an_OperationCanceledException_and_is_not_a_time_out()
    {
        await using var server = await SilentAsync();
        using var harness = TestClients.Create(server.BaseUrl, options => options.Timeout = TimeSpan.FromSeconds(8));
        await harness.Client.CancelAsync(WarmUpOrder);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        var error = await Record.ExceptionAsync(() => harness.Client.InitiateAsync(RequestFactory.RecurringInitiate(), cancellation.Token));

        Assert.IsAssignableFrom<OperationCanceledException>(error);
        Assert.Equal(1, server.Requests.Count(r => r.Method == "POST"));
    }

    [Fact]
    public async Task A_get_that_times_out_is_retried_then_raises_FinpayTimeoutException()
    {
        await using var server = await SilentAsync();
        using var harness = TestClients.Create(server.BaseUrl, options =>
        {
            options.Timeout = TimeSpan.FromMilliseconds(400);
            options.MaxRetries = 1;
        });
        await harness.Client.CancelAsync(WarmUpOrder);

        await Assert.ThrowsAsync<FinpayTimeoutException>(() => harness.Client.CheckStatusAsync("ORDER-1"));

        Assert.Equal(2, server.Requests.Count(r => r.RawTarget.Contains("/check/")));
    }

    [Fact]
    public async Task A_body_that_stalls_after_the_headers_is_timed_out_too()
    {
        await using var server = await LoopbackServer.StartAsync(async (context, request) =>
        {
            if (request.Method == "GET")
            {
                await LoopbackServer.Answer(context, 200, FinpayAnswers.Operation);
                return;
            }

            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("{\"responseCode\":", context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
            }
        });
        using var harness = TestClients.Create(server.BaseUrl, options => options.Timeout = TimeSpan.FromMilliseconds(500));
        await harness.Client.CancelAsync(WarmUpOrder);

        await Assert.ThrowsAsync<FinpayTimeoutException>(() => harness.Client.PayAsync(RequestFactory.OneClickPayment()));

        Assert.Equal(1, server.Requests.Count(r => r.Method == "POST"));
    }
}
