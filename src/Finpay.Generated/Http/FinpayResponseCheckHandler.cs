using System;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Finpay.Generated.Diagnostics;
using Finpay.Generated.Errors;
using Finpay.Generated.Values;

namespace Finpay.Generated.Http;

/// <summary>
/// Turns every answer that is not a success into a <see cref="FinpayApiException"/>: a non-2xx status, a 2xx whose
/// <c>responseCode</c> is not <see cref="ResponseCode.Success"/>, and a 2xx that is not Finpay's JSON. Runs after retries, on the buffered body.
/// </summary>
internal sealed class FinpayResponseCheckHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var status = (int)response.StatusCode;
        ArraySegment<byte> body;
        try
        {
            body = response.Content switch
            {
                BufferedContent buffered => buffered.Body,
                null => new ArraySegment<byte>(Array.Empty<byte>()),
                // Only when a user's handler replaced the SDK's buffered body.
                var other => new ArraySegment<byte>(await other.ReadAsByteArrayAsync().ConfigureAwait(false)),
            };
        }
        catch
        {
            response.Dispose();
            throw;
        }

        // The success path only needs the top-level code; the generated client's typed parse checks the rest.
        var responseCode = ResponseCodeScanner.Find(body);
        var call = FinpayCallContext.Current;
        if (call is not null)
        {
            call.ResponseCode = responseCode;
            call.ResponseBody = body;
        }

        if (status is >= 200 and <= 299 && string.Equals(responseCode, ResponseCode.Success.ToString(), StringComparison.Ordinal))
            return response;

        response.Dispose();
        var operation = call?.Operation ?? FinpayOperation.Identify(request.RequestUri).Name;
        throw FinpayErrors.FromResponse(operation, status, Encoding.UTF8.GetString(body.Array!, body.Offset, body.Count));
    }
}
