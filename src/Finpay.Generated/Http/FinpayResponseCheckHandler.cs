using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Finpay.Generated.Diagnostics;
using Finpay.Generated.Errors;

namespace Finpay.Generated.Http;

/// <summary>
/// Turns every answer that is not a success into a <see cref="FinpayApiException"/>: a non-2xx status, a 2xx whose
/// <c>responseCode</c> is not <c>2000000</c>, and a 2xx that is not Finpay's JSON. Runs after retries, on the buffered body.
/// </summary>
internal sealed class FinpayResponseCheckHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var status = (int)response.StatusCode;
        string body;
        try
        {
            body = response.Content is null
                ? string.Empty
                : Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false));
        }
        catch
        {
            response.Dispose();
            throw;
        }

        var envelope = FinpayEnvelope.Read(body);
        if (envelope.ResponseCode is { } code)
            RequestState.SetResponseCode(request, code);

        if (status is >= 200 and <= 299 && envelope.IsJsonObject && envelope.ResponseCode == "2000000")
            return response;

        response.Dispose();
        throw FinpayErrors.FromResponse(FinpayOperation.Identify(request.RequestUri).Name, status, body);
    }
}
