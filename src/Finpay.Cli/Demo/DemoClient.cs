using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using Finpay.Generated;

namespace Finpay.Cli.Demo;

/// <summary>
/// The SDK client the demo drives: the generated <see cref="FinpayCardClient"/> over an HttpClient with the base address
/// and Basic auth. (Kept in one place so the demo moves to the SDK's production client factory with a one-file change.)
/// </summary>
internal sealed class DemoClient : IDisposable
{
    private readonly HttpClient _http;

    public DemoClient(Uri baseUrl, string merchantId, string merchantKey)
    {
        var root = baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");
        _http = new HttpClient { BaseAddress = root, Timeout = TimeSpan.FromSeconds(60) };
        _http.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(merchantId + ":" + merchantKey)));
        Finpay = new FinpayCardClient(_http);
    }

    public IFinpayCardClient Finpay { get; }

    public void Dispose() => _http.Dispose();
}
