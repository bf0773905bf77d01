using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;

namespace Finpay.Generated.ContractTests.Consumer;

/// <summary>
/// The SDK's client pointed at a Pact mock server: the one place that knows how the SDK is configured, so the contract
/// follows the production wiring when it changes.
/// </summary>
internal sealed class ContractClient : IDisposable
{
    private readonly HttpClient _http;

    private ContractClient(HttpClient http)
    {
        _http = http;
        Finpay = new FinpayCardClient(http);
    }

    public IFinpayCardClient Finpay { get; }

    public static ContractClient For(Uri mockServer, string merchantKey = FinpayContract.MerchantKey)
    {
        var http = new HttpClient { BaseAddress = mockServer };
        var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{FinpayContract.MerchantId}:{merchantKey}"));
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", credentials);
        return new ContractClient(http);
    }

    public void Dispose() => _http.Dispose();
}
