using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Finpay.Generated.Benchmarks;

/// <summary>
/// Answers every request with Finpay's seed payment response without a socket, after reading the request body: the soak's
/// <c>--in-memory</c> mode, which leaves the SDK's own CPU per call and the hand-written call's, with no network in between.
/// </summary>
internal sealed class InMemoryFinpay : HttpMessageHandler
{
    private static readonly byte[] Answer = Encoding.UTF8.GetBytes(Payloads.PaymentResponse);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is not null) await request.Content.CopyToAsync(Stream.Null, cancellationToken).ConfigureAwait(false);
        var content = new ByteArrayContent(Answer);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request };
    }
}
