using System;
using System.Threading;
using System.Threading.Tasks;
using Finpay.Generated.Errors;
using Finpay.Generated.Tests.Loopback;
using Finpay.Generated.Tests.Snapshots;
using Microsoft.AspNetCore.Http;
using Xunit;

namespace Finpay.Generated.Tests.Runtime;

public class TimeoutTests
{
    /// <summary>A Finpay that takes the request and never answers (until the client goes away).</summary>
    private static Task<LoopbackServer> SilentAsync() => LoopbackServer.StartAsync(async (context, _) =>
    {
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
        using var harness = TestClients.Create(server.BaseUrl, options => options.Timeout = TimeSpan.FromMilliseconds(700));

        var error = await Assert.ThrowsAsync<FinpayTimeoutException>(() => harness.Client.PayAsync(RequestFactory.OneClickPayment()));

        Assert.Equal(1, server.Hits);
        Assert.Contains("pay", error.Message);
    }

    [Fact]
    public async Task The_callers_cancellation_stays_an_OperationCanceledException_and_is_not_a_time_out()
    {
        await using var server = await SilentAsync();
        using var harness = TestClients.Create(server.BaseUrl, options => options.Timeout = TimeSpan.FromSeconds(8));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        var error = await Record.ExceptionAsync(() => harness.Client.InitiateAsync(RequestFactory.RecurringInitiate(), cancellation.Token));

        Assert.IsAssignableFrom<OperationCanceledException>(error);
        Assert.Equal(1, server.Hits);
    }

    [Fact]
    public async Task A_get_that_times_out_is_retried_then_raises_FinpayTimeoutException()
    {
        await using var server = await SilentAsync();
        using var harness = TestClients.Create(server.BaseUrl, options =>
        {
            options.Timeout = TimeSpan.FromMilliseconds(300);
            options.MaxRetries = 1;
        });

        await Assert.ThrowsAsync<FinpayTimeoutException>(() => harness.Client.CheckStatusAsync("ORDER-1"));

        Assert.Equal(2, server.Hits);
    }

    [Fact]
    public async Task A_body_that_stalls_after_the_headers_is_timed_out_too()
    {
        await using var server = await LoopbackServer.StartAsync(async (context, _) =>
        {
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

        await Assert.ThrowsAsync<FinpayTimeoutException>(() => harness.Client.PayAsync(RequestFactory.OneClickPayment()));

        Assert.Equal(1, server.Hits);
    }
}
