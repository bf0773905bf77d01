using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Finpay.Generated.Configuration;
using Microsoft.Extensions.Options;

namespace Finpay.Generated.Http;

/// <summary>Adds <c>Authorization: Basic base64(MerchantId:MerchantKey)</c> and JSON <c>Accept</c> to every attempt.</summary>
internal sealed class FinpayAuthenticationHandler : DelegatingHandler
{
    private static readonly MediaTypeWithQualityHeaderValue Json = new("application/json");
    private readonly IOptionsMonitor<FinpayOptions> _options;

    public FinpayAuthenticationHandler(IOptionsMonitor<FinpayOptions> options) => _options = options;

    public static string BasicCredentials(string merchantId, string merchantKey) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(merchantId + ":" + merchantKey));

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // Read per request so that a reloaded configuration rotates the key without a restart.
        var options = _options.CurrentValue;
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", BasicCredentials(options.MerchantId ?? "", options.MerchantKey ?? ""));
        if (request.Headers.Accept.Count == 0) request.Headers.Accept.Add(Json);
        if (request.Content is { } content && content.Headers.ContentType is null)
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return base.SendAsync(request, cancellationToken);
    }
}
