using System;
using System.IO;
using System.IO.Compression;
using System.Text;
using System.Threading.Tasks;
using Finpay.Testing.Fixtures;
using Microsoft.AspNetCore.Http;

namespace Finpay.Generated.ReliabilityTests.MalformedResponses;

/// <summary>Ways a server (Finpay, a proxy, a load balancer, a broken network) can answer, as loopback request handlers.</summary>
internal static class Replies
{
    public static Func<HttpContext, Task> Json(string body, int status = 200) => Text(body, status, "application/json");

    public static Func<HttpContext, Task> Text(string body, int status, string? contentType) =>
        Bytes(Encoding.UTF8.GetBytes(body), status, contentType);

    public static Func<HttpContext, Task> Bytes(byte[] body, int status, string? contentType, Action<HttpResponse>? headers = null) =>
        async context =>
        {
            context.Response.StatusCode = status;
            if (contentType is not null) context.Response.Headers.ContentType = contentType;
            headers?.Invoke(context.Response);
            context.Response.ContentLength = body.Length;
            await context.Response.Body.WriteAsync(body, context.RequestAborted);
        };

    public static Func<HttpContext, Task> Gzipped(string body)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
            gzip.Write(Encoding.UTF8.GetBytes(body));
        return Bytes(buffer.ToArray(), 200, "application/json", response => response.Headers.ContentEncoding = "gzip");
    }

    public static Func<HttpContext, Task> Redirect(int status, string location) => context =>
    {
        context.Response.StatusCode = status;
        context.Response.Headers.Location = location;
        return Task.CompletedTask;
    };

    /// <summary>Sends <paramref name="body"/> in <paramref name="pieces"/> separately flushed pieces, without a Content-Length.</summary>
    public static Func<HttpContext, Task> Trickle(string body, int pieces) => async context =>
    {
        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/json";
        var bytes = Encoding.UTF8.GetBytes(body);
        var size = (bytes.Length + pieces - 1) / pieces;
        for (var offset = 0; offset < bytes.Length; offset += size)
        {
            await context.Response.Body.WriteAsync(bytes.AsMemory(offset, Math.Min(size, bytes.Length - offset)), context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
        }
    };

    /// <summary>Sends the first half of <paramref name="body"/>, without a Content-Length, then nothing until the client leaves.</summary>
    public static Func<HttpContext, Task> Stall(string body) => async context =>
    {
        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/json";
        var bytes = Encoding.UTF8.GetBytes(body);
        await context.Response.Body.WriteAsync(bytes.AsMemory(0, bytes.Length / 2), context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
        await LoopbackServer.UntilClientLeaves(context);
    };

    /// <summary>Declares <paramref name="declaredLength"/> bytes, sends the first part of the body, then drops the connection.</summary>
    public static Func<HttpContext, Task> ResetMidBody(string body, int declaredLength) => async context =>
    {
        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = declaredLength;
        var bytes = Encoding.UTF8.GetBytes(body);
        await context.Response.Body.WriteAsync(bytes.AsMemory(0, bytes.Length / 2), context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
        context.Abort();
    };

    /// <summary>Drops the connection without answering at all.</summary>
    public static Func<HttpContext, Task> Drop() => context =>
    {
        context.Abort();
        return Task.CompletedTask;
    };

    /// <summary>A chunked body (no Content-Length) of <paramref name="totalBytes"/> bytes of a JSON string, flushed as it goes.</summary>
    public static Func<HttpContext, Task> HugeChunked(long totalBytes, Action<long>? written = null) => async context =>
    {
        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/json";
        var chunk = Encoding.UTF8.GetBytes(new string('x', 16 * 1024));
        long sent = 0;
        try
        {
            await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes("{\"responseCode\":\"2000000\",\"pad\":\""), context.RequestAborted);
            // Kestrel accepts writes silently once the client has gone: stop there, so "sent" is what the client could have read.
            while (sent < totalBytes && !context.RequestAborted.IsCancellationRequested)
            {
                await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
                sent += chunk.Length;
                written?.Invoke(sent);
            }

            await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes("\"}"), context.RequestAborted);
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException or ObjectDisposedException)
        {
            // The client stopped reading and closed the connection: what a bounded reader does.
        }
    };
}
