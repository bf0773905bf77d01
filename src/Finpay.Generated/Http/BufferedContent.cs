using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;

namespace Finpay.Generated.Http;

/// <summary>
/// A response body already read into memory, exposed as bytes to the SDK's own handlers so that checking the response code
/// does not copy or decode it again.
/// </summary>
internal sealed class BufferedContent : HttpContent
{
    public BufferedContent(ArraySegment<byte> body) => Body = body;

    public ArraySegment<byte> Body { get; }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        stream.WriteAsync(Body.Array!, Body.Offset, Body.Count);

    protected override Task<Stream> CreateContentReadStreamAsync() =>
        Task.FromResult<Stream>(new MemoryStream(Body.Array!, Body.Offset, Body.Count, writable: false));

    protected override bool TryComputeLength(out long length)
    {
        length = Body.Count;
        return true;
    }
}
