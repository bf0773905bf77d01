using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using Finpay.Generated.Diagnostics;
using Finpay.Generated.Errors;

namespace Finpay.Generated.Http;

/// <summary>
/// Reads each attempt's response body, up to a limit, while the attempt's time-out still applies, so that a server that sends
/// headers and then stalls is timed out, and a huge body fails the call instead of filling memory.
/// </summary>
internal sealed class FinpayResponseBufferingHandler : DelegatingHandler
{
    private readonly int _maxBytes;

    public FinpayResponseBufferingHandler(int maxBytes) => _maxBytes = maxBytes;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        try
        {
            var original = response.Content;
            if (original is null) return response;
            var body = await ReadBoundedAsync(response, original, cancellationToken).ConfigureAwait(false);
            // JSON is UTF-8 (RFC 8259): a byte order mark or a wrong or unknown charset label must not make every reader
            // (the response check, the logs, the generated client) decode the same bytes differently, or throw.
            var start = HasUtf8Bom(body) ? Utf8Bom.Length : 0;
            var buffered = new ByteArrayContent(body, start, body.Length - start);
            foreach (var header in original.Headers)
            {
                if (header.Key is not "Content-Length" and not "Content-Type") buffered.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            if (original.Headers.ContentType?.MediaType is { } mediaType)
                buffered.Headers.ContentType = new MediaTypeHeaderValue(mediaType) { CharSet = "utf-8" };

            response.Content = buffered;
            original.Dispose();
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private static readonly byte[] Utf8Bom = { 0xEF, 0xBB, 0xBF };

    private static bool HasUtf8Bom(byte[] body) =>
        body.Length >= 3 && body[0] == Utf8Bom[0] && body[1] == Utf8Bom[1] && body[2] == Utf8Bom[2];

    private async Task<byte[]> ReadBoundedAsync(HttpResponseMessage response, HttpContent content, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength > _maxBytes) throw TooLarge(response);
#if NET5_0_OR_GREATER
        using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
#else
        using var stream = await content.ReadAsStreamAsync().ConfigureAwait(false);
#endif
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, 0, chunk.Length, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > _maxBytes) throw TooLarge(response);
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private FinpayApiException TooLarge(HttpResponseMessage response) => new(
        $"Finpay answered {(int)response.StatusCode} with a body larger than FinpayOptions.MaxResponseBodyBytes ({_maxBytes} bytes); it was not read.",
        (int)response.StatusCode, responseCode: null, responseMessage: null, traceId: null, body: string.Empty);
}
