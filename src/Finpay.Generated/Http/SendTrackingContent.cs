using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Finpay.Generated.Http;

/// <summary>
/// Wraps a request body and records whether the handler ever began to write it. A POST whose body was never written cannot
/// have been processed by Finpay, so it is the only kind of POST failure that may be retried.
/// </summary>
internal sealed class SendTrackingContent : HttpContent
{
    private readonly HttpContent _inner;
    private int _started;

    public SendTrackingContent(HttpContent inner)
    {
        _inner = inner;
        foreach (var header in inner.Headers)
        {
            if (header.Key != "Content-Length") Headers.TryAddWithoutValidation(header.Key, header.Value);
        }
    }

    public bool WriteStarted => Volatile.Read(ref _started) != 0;

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        Interlocked.Exchange(ref _started, 1);
        return _inner.CopyToAsync(stream);
    }

#if NET5_0_OR_GREATER
    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref _started, 1);
        return _inner.CopyToAsync(stream, cancellationToken);
    }

    protected override void SerializeToStream(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref _started, 1);
        _inner.CopyTo(stream, context, cancellationToken);
    }
#endif

    protected override bool TryComputeLength(out long length)
    {
        var known = _inner.Headers.ContentLength;
        length = known ?? 0;
        return known.HasValue;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) _inner.Dispose();
        base.Dispose(disposing);
    }
}
