using System;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Finpay.Generated.Errors;
using Finpay.Generated.Tests.Loopback;
using Finpay.Generated.Tests.Snapshots;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using Xunit;
using Finpay.Testing.Fixtures;

namespace Finpay.Generated.ReliabilityTests.MalformedResponses;

public class BoundedBufferingTests
{
    private const long Endless = 2L * 1024 * 1024 * 1024;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_body_that_never_ends_fails_the_call_after_the_limit_and_the_client_stops_reading(bool traceLogging)
    {
        await using var server = await LoopbackServer.StartAsync((context, _) => Replies.HugeChunked(Endless)(context));
        var counter = new ReadCountingHandler();
        using var harness = TestClients.Create(server.BaseUrl,
            options => options.MaxResponseBodyBytes = 64 * 1024,
            logs: traceLogging ? new FakeLoggerProvider() : null,
            http: builder => builder.AddHttpMessageHandler(() => counter));

        var error = await Assert.ThrowsAsync<FinpayApiException>(() => harness.Client.PayAsync(RequestFactory.OneClickPayment()));

        Assert.Contains("MaxResponseBodyBytes", error.Message);
        // What the SDK took off the connection: the limit and at most one read more, not 2 GiB.
        Assert.InRange(counter.BytesRead, 64 * 1024, 64 * 1024 + 16 * 1024);
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
            await LoopbackServer.UntilClientLeaves(context);
        });
        using var harness = TestClients.Create(server.BaseUrl, options => options.MaxResponseBodyBytes = 64 * 1024);

        var error = await Assert.ThrowsAsync<FinpayApiException>(() => harness.Client.PayAsync(RequestFactory.OneClickPayment()));

        Assert.Contains("MaxResponseBodyBytes", error.Message);
    }

    /// <summary>Sits next to the wire (a merchant's own handler would sit here) and counts the body bytes the SDK reads.</summary>
    private sealed class ReadCountingHandler : DelegatingHandler
    {
        private long _bytesRead;

        public long BytesRead => Interlocked.Read(ref _bytesRead);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            var counted = new StreamContent(new CountingStream(await response.Content.ReadAsStreamAsync(cancellationToken), this));
            foreach (var header in response.Content.Headers) counted.Headers.TryAddWithoutValidation(header.Key, header.Value);
            response.Content = counted;
            return response;
        }

        private sealed class CountingStream(Stream inner, ReadCountingHandler owner) : Stream
        {
            public override bool CanRead => true;
            public override bool CanSeek => false;
            public override bool CanWrite => false;
            public override long Length => throw new NotSupportedException();
            public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
            public override void Flush() { }
            public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));
            public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
                Count(await inner.ReadAsync(buffer, cancellationToken));
            public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
                ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
            public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
            public override void SetLength(long value) => throw new NotSupportedException();
            public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

            protected override void Dispose(bool disposing)
            {
                if (disposing) inner.Dispose();
                base.Dispose(disposing);
            }

            private int Count(int read)
            {
                Interlocked.Add(ref owner._bytesRead, read);
                return read;
            }
        }
    }
}
