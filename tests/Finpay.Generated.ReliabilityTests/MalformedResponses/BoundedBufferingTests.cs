using System.Threading;
using System.Threading.Tasks;
using Finpay.Generated.Errors;
using Finpay.Generated.Tests.Loopback;
using Finpay.Generated.Tests.Snapshots;
using Xunit;

namespace Finpay.Generated.ReliabilityTests.MalformedResponses;

public class BoundedBufferingTests
{
    private const long Endless = 2L * 1024 * 1024 * 1024;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_body_that_never_ends_fails_the_call_after_the_limit_and_the_client_stops_reading(bool traceLogging)
    {
        long written = 0;
        await using var server = await LoopbackServer.StartAsync((context, _) =>
            Replies.HugeChunked(Endless, sent => Interlocked.Exchange(ref written, sent))(context));
        using var harness = TestClients.Create(server.BaseUrl,
            options => options.MaxResponseBodyBytes = 64 * 1024,
            logs: traceLogging ? new CapturedLogs() : null);

        var error = await Assert.ThrowsAsync<FinpayApiException>(() => harness.Client.PayAsync(RequestFactory.OneClickPayment()));

        Assert.Contains("MaxResponseBodyBytes", error.Message);
        // The server could only push what socket buffers hold before the client closed the connection: nowhere near 2 GiB.
        Assert.True(Interlocked.Read(ref written) < 64L * 1024 * 1024, $"The server wrote {Interlocked.Read(ref written)} bytes.");
        Assert.Equal(1, server.Hits);
    }

    [Fact]
    public async Task A_declared_length_over_the_limit_is_refused_before_reading_the_body()
    {
        await using var server = await LoopbackServer.StartAsync(async (context, _) =>
        {
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/json";
            context.Response.ContentLength = 1024L * 1024 * 1024;
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await Task.Delay(System.TimeSpan.FromSeconds(10), context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
        });
        using var harness = TestClients.Create(server.BaseUrl, options => options.MaxResponseBodyBytes = 64 * 1024);

        var error = await Assert.ThrowsAsync<FinpayApiException>(() => harness.Client.PayAsync(RequestFactory.OneClickPayment()));

        Assert.Contains("MaxResponseBodyBytes", error.Message);
    }
}
