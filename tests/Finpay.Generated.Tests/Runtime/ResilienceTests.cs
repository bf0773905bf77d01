using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Finpay.Generated.Errors;
using Finpay.Generated.Tests.Loopback;
using Finpay.Generated.Tests.Snapshots;
using Finpay.Generated.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Finpay.Generated.DependencyInjection;
using Xunit;
using Finpay.Testing.Fixtures;

namespace Finpay.Generated.Tests.Runtime;

public class ResilienceTests
{
    private static Task<LoopbackServer> UnavailableTwiceAsync(string answer)
    {
        var calls = 0;
        return LoopbackServer.StartAsync((context, _) => Interlocked.Increment(ref calls) <= 2
            ? LoopbackServer.Answer(context, 503, "<html>Service Unavailable</html>", "text/html")
            : LoopbackServer.Answer(context, 200, answer));
    }

    [Fact]
    public async Task A_get_recovers_from_two_503s()
    {
        await using var server = await UnavailableTwiceAsync(FinpayAnswers.CheckStatus("PAID"));
        using var harness = TestClients.Create(server.BaseUrl);

        var response = await harness.Client.CheckStatusAsync("ORDER-1");

        Assert.Equal("PAID", response.Data.Result!.Payment!.Status);
        Assert.Equal(3, server.Hits);
    }

    [Fact]
    public async Task A_get_whose_answer_breaks_off_mid_body_is_retried()
    {
        var calls = 0;
        await using var server = await LoopbackServer.StartAsync(async (context, _) =>
        {
            if (Interlocked.Increment(ref calls) > 1)
            {
                await LoopbackServer.Answer(context, 200, FinpayAnswers.CheckStatus("PAID"));
                return;
            }

            context.Response.StatusCode = 200;
            context.Response.ContentLength = 4096;
            await context.Response.WriteAsync("{\"responseCode\":\"2000000\",");
            await context.Response.Body.FlushAsync();
            context.Abort();
        });
        using var harness = TestClients.Create(server.BaseUrl);

        var response = await harness.Client.CheckStatusAsync("ORDER-1");

        Assert.Equal("PAID", response.Data.Result!.Payment!.Status);
        Assert.Equal(2, server.Hits);
    }

    [Fact]
    public async Task A_payment_post_answered_503_is_not_sent_again()
    {
        await using var server = await UnavailableTwiceAsync(FinpayAnswers.Payment);
        using var harness = TestClients.Create(server.BaseUrl);

        var error = await Assert.ThrowsAsync<FinpayApiException>(() => harness.Client.PayAsync(RequestFactory.OneClickPayment()));

        Assert.Equal(503, error.StatusCode);
        Assert.Equal(1, server.Hits);
    }

    [Fact]
    public async Task A_payment_post_whose_connection_drops_after_sending_is_not_sent_again()
    {
        await using var server = await LoopbackServer.StartAsync((context, _) =>
        {
            context.Abort();
            return Task.CompletedTask;
        });
        using var harness = TestClients.Create(server.BaseUrl);

        await Assert.ThrowsAsync<FinpayConnectionException>(() => harness.Client.InitiateAsync(RequestFactory.RecurringInitiate()));

        Assert.Equal(1, server.Hits);
    }

    [Fact]
    public async Task A_payment_post_refused_before_any_byte_was_sent_is_retried()
    {
        var closedPort = ClosedLoopbackPort();
        var attempts = new AttemptCounter();
        using var harness = TestClients.Create(new Uri($"http://127.0.0.1:{closedPort}/"),
            options => options.MaxRetries = 2,
            http: builder => builder.AddHttpMessageHandler(() => attempts));

        await Assert.ThrowsAsync<FinpayConnectionException>(() => harness.Client.PayAsync(RequestFactory.OneClickPayment()));

        Assert.Equal(3, attempts.Count);
    }

    [Fact]
    public async Task A_back_off_that_would_end_past_the_total_time_out_is_not_begun_and_the_answer_is_reported()
    {
        await using var server = await UnavailableTwiceAsync(FinpayAnswers.CheckStatus("PAID"));
        // The shortest first back-off (0.8 x RetryDelay) is 16 s; the call has 15 s in all.
        using var harness = TestClients.Create(server.BaseUrl, options =>
        {
            options.RetryDelay = TimeSpan.FromSeconds(20);
            options.Timeout = TimeSpan.FromSeconds(15);
            options.TotalTimeout = TimeSpan.FromSeconds(15);
        });

        var error = await Assert.ThrowsAsync<FinpayApiException>(() => harness.Client.CheckStatusAsync("ORDER-1"));

        Assert.Equal(503, error.StatusCode);
        Assert.Equal(1, server.Hits);
    }

    [Fact]
    public async Task MaxRetries_zero_turns_retries_off()
    {
        await using var server = await UnavailableTwiceAsync(FinpayAnswers.CheckStatus("PAID"));
        using var harness = TestClients.Create(server.BaseUrl, options => options.MaxRetries = 0);

        await Assert.ThrowsAsync<FinpayApiException>(() => harness.Client.CheckStatusAsync("ORDER-1"));

        Assert.Equal(1, server.Hits);
    }

    [Fact]
    public async Task Reloaded_options_apply_to_the_next_call()
    {
        await using var server = await LoopbackServer.StartAsync((context, _) => LoopbackServer.Answer(context, 503, "<html>busy</html>", "text/html"));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Finpay:MerchantId"] = "FINPAY770",
            ["Finpay:MerchantKey"] = "SoSecret123",
            ["Finpay:BaseUrl"] = server.BaseUrl.ToString(),
            ["Finpay:RetryDelay"] = "00:00:00.001",
            ["Finpay:MaxRetries"] = "2",
        }).Build();
        var services = new ServiceCollection();
        services.AddFinpay(configuration.GetSection("Finpay"));
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<IFinpayCardClient>();

        await Assert.ThrowsAsync<FinpayApiException>(() => client.CheckStatusAsync("ORDER-1"));
        Assert.Equal(3, server.Hits);

        configuration["Finpay:MaxRetries"] = "0";
        configuration.Reload();
        await Assert.ThrowsAsync<FinpayApiException>(() => client.CheckStatusAsync("ORDER-2"));
        Assert.Equal(4, server.Hits);
    }

    [Theory]
    [InlineData("GET", 503, null, true)]
    [InlineData("GET", 429, null, true)]
    [InlineData("GET", 408, null, true)]
    [InlineData("GET", 400, null, false)]
    [InlineData("GET", 200, null, false)]
    [InlineData("GET", 0, "timeout", true)]
    [InlineData("GET", 0, "broken-body", true)]
    [InlineData("GET", 0, "refused", true)]
    [InlineData("POST", 503, null, false)]
    [InlineData("POST", 429, null, false)]
    [InlineData("POST", 0, "timeout", false)]
    [InlineData("POST", 0, "broken-body", false)]
    [InlineData("POST", 0, "reset", false)]
    [InlineData("POST", 0, "refused", true)]
    public void The_retry_rule_resends_a_request_that_changes_state_only_when_nothing_was_sent(string method, int status, string? failure, bool retried)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), "https://finpay.example/pg/x");
        using var response = status == 0 ? null : new HttpResponseMessage((HttpStatusCode)status);
        Exception? exception = failure switch
        {
            "timeout" => new TimeoutException(),
            "broken-body" => new System.IO.IOException("The response ended prematurely."),
            "reset" => new HttpRequestException(HttpRequestError.Unknown, "reset", new SocketException((int)SocketError.ConnectionReset)),
            "refused" => new HttpRequestException(HttpRequestError.ConnectionError, "refused", new SocketException((int)SocketError.ConnectionRefused)),
            _ => null,
        };

        Assert.Equal(retried, FinpayResilience.IsSafeToRetry(request, response, exception));
    }

    private static int ClosedLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>A user's own handler, added through the builder AddFinpay returns: it sees every attempt.</summary>
    private sealed class AttemptCounter : DelegatingHandler
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _count);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
