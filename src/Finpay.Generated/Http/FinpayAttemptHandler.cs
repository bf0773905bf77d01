using System;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Finpay.Generated.Configuration;
using Finpay.Generated.Errors;
using Microsoft.Extensions.Options;

namespace Finpay.Generated.Http;

/// <summary>
/// Runs on every attempt, inside the attempt's time-out: adds <c>Authorization: Basic base64(MerchantId:MerchantKey)</c>
/// (computed once per options value, so a reloaded key rotates without a restart) and reads the answer's body, up to
/// <see cref="FinpayOptions.MaxResponseBodyBytes"/>, so that a server that sends headers and then stalls is timed out and a
/// huge body fails the call instead of filling memory.
/// </summary>
internal sealed class FinpayAttemptHandler : DelegatingHandler
{
    private static readonly byte[] Utf8Bom = { 0xEF, 0xBB, 0xBF };
    private const int InitialUnknownLengthBuffer = 4 * 1024;

    private readonly IOptionsMonitor<FinpayOptions> _options;
    private readonly string _name;
    private Credentials? _credentials;

    public FinpayAttemptHandler(IOptionsMonitor<FinpayOptions> options, string name)
    {
        _options = options;
        _name = name;
    }

    private static string BasicCredentials(string merchantId, string merchantKey) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(merchantId + ":" + merchantKey));

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var options = _options.Get(_name);
        request.Headers.Remove("Authorization");
        request.Headers.TryAddWithoutValidation("Authorization", AuthorizationFor(options));

        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        try
        {
            var original = response.Content;
            if (original is null || original is BufferedContent) return response;
            var body = await ReadBoundedAsync(response, original, options.MaxResponseBodyBytes, cancellationToken).ConfigureAwait(false);
            // JSON is UTF-8 (RFC 8259): the bytes are read as UTF-8 whatever the charset label says, a byte order mark
            // dropped. Only the client reads them (users' handlers run inside this one), so no header is carried over.
            var start = HasUtf8Bom(body) ? Utf8Bom.Length : 0;
            var buffered = new BufferedContent(new ArraySegment<byte>(body.Array!, body.Offset + start, body.Count - start));
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

    private string AuthorizationFor(FinpayOptions options)
    {
        var cached = Volatile.Read(ref _credentials);
        if (cached is not null && ReferenceEquals(cached.Options, options)) return cached.Header;
        var fresh = new Credentials(options, "Basic " + BasicCredentials(options.MerchantId ?? "", options.MerchantKey ?? ""));
        Volatile.Write(ref _credentials, fresh);
        return fresh.Header;
    }

    private static bool HasUtf8Bom(ArraySegment<byte> body) =>
        body.Count >= 3 && body.Array![body.Offset] == Utf8Bom[0] && body.Array[body.Offset + 1] == Utf8Bom[1] && body.Array[body.Offset + 2] == Utf8Bom[2];

    private static async Task<ArraySegment<byte>> ReadBoundedAsync(HttpResponseMessage response, HttpContent content, int maxBytes, CancellationToken cancellationToken)
    {
        var declared = content.Headers.ContentLength;
        if (declared > maxBytes) throw TooLarge(response, maxBytes);
#if NET5_0_OR_GREATER
        using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
#else
        using var stream = await content.ReadAsStreamAsync().ConfigureAwait(false);
#endif
        // Finpay sends Content-Length: then the body is read straight into one array of that size. Otherwise the array
        // grows by doubling, never past the limit.
        var buffer = new byte[declared is { } length ? (int)length : InitialUnknownLengthBuffer];
        var filled = 0;
        while (true)
        {
            if (filled == buffer.Length)
            {
                // One byte more than declared (or than the limit allows) means the body is not what it claimed to be.
                if (declared is not null) return await ReadPastDeclaredLengthAsync(response, stream, buffer, maxBytes, cancellationToken).ConfigureAwait(false);
                if (buffer.Length >= maxBytes) throw TooLarge(response, maxBytes);
                Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, maxBytes));
            }

            var read = await stream.ReadAsync(buffer, filled, buffer.Length - filled, cancellationToken).ConfigureAwait(false);
            if (read == 0) return new ArraySegment<byte>(buffer, 0, filled);
            filled += read;
        }
    }

    private static async Task<ArraySegment<byte>> ReadPastDeclaredLengthAsync(HttpResponseMessage response, Stream stream, byte[] buffer, int maxBytes, CancellationToken cancellationToken)
    {
        var probe = new byte[1];
        var more = await stream.ReadAsync(probe, 0, 1, cancellationToken).ConfigureAwait(false);
        if (more == 0) return new ArraySegment<byte>(buffer);
        throw TooLarge(response, maxBytes);
    }

    private static FinpayApiException TooLarge(HttpResponseMessage response, int maxBytes) => FinpayErrors.TooLarge((int)response.StatusCode, maxBytes);

    /// <summary>The header computed for one options value; replaced as a whole when the options are reloaded.</summary>
    private sealed class Credentials
    {
        public Credentials(FinpayOptions options, string header)
        {
            Options = options;
            Header = header;
        }

        public FinpayOptions Options { get; }

        public string Header { get; }
    }
}
