using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;
using Finpay.Generated;
using Finpay.Sandbox.Cards;
using Finpay.Generated.Callbacks;
using Finpay.Testing.Fixtures;

namespace Finpay.Sandbox.Tests;

/// <summary>A started sandbox plus an SDK client pointed at it, for one test.</summary>
internal sealed class Sandbox : IAsyncDisposable
{
    private readonly FinpayTestClient _sdk;

    private Sandbox(SandboxHost host, HttpClient http)
    {
        Host = host;
        Http = http;
        _sdk = SdkFor(host, host.MerchantId, host.MerchantKey);
    }

    public SandboxHost Host { get; }

    /// <summary>Raw HTTP with the merchant's Authorization, for what the SDK would refuse to send.</summary>
    public HttpClient Http { get; }

    /// <summary>The SDK's client for the sandbox's merchant, one attempt per call: these tests are about the sandbox's answers.</summary>
    public IFinpayCardClient Client => _sdk.Client;

    public static async Task<Sandbox> StartAsync(Action<SandboxOptions>? configure = null)
    {
        var fixture = await SandboxFixture.StartAsync(options =>
        {
            options.CallbackRetryDelays.Clear();
            foreach (var ms in new[] { 0, 50, 100, 200 }) options.CallbackRetryDelays.Add(TimeSpan.FromMilliseconds(ms));
            configure?.Invoke(options);
        });
        var host = fixture.Host;
        return new Sandbox(host, ClientFor(host, host.MerchantId, host.MerchantKey));
    }

    public static HttpClient ClientFor(SandboxHost host, string merchantId, string merchantKey)
    {
        var http = new HttpClient { BaseAddress = host.BaseAddress };
        http.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(merchantId + ":" + merchantKey)));
        return http;
    }

    public static FinpayTestClient SdkFor(SandboxHost host, string merchantId, string merchantKey) =>
        FinpayTestClient.Create(host.BaseAddress, merchantId, merchantKey, options => options.MaxRetries = 0);

    /// <summary>A client for the default merchant of a sandbox started as a process.</summary>
    public static FinpayTestClient SdkFor(Uri baseAddress) =>
        FinpayTestClient.Create(baseAddress, SandboxOptions.DefaultMerchantId, SandboxOptions.DefaultMerchantKey, options => options.MaxRetries = 0);

    public FinpayCallbackVerifier Verifier => new(Host.MerchantKey);

    /// <summary>Initiates an order (recurring when asked) and completes the hosted page with the given card.</summary>
    public async Task<string> PaidOrderAsync(string orderId, Uri? callbackUrl = null, TestCard? card = null, Recurring? recurring = null, decimal amount = 1000)
    {
        var initiate = await Client.InitiateAsync(Requests.Initiate(orderId, callbackUrl, recurring, amount));
        var (_, html) = await HostedPageCustomer.PayAsync(new Uri(initiate.RedirectUrl), (card ?? TestCards.Approved).Number);
        return HostedPageCustomer.ResultStatus(html);
    }

    public async ValueTask DisposeAsync()
    {
        _sdk.Dispose();
        Http.Dispose();
        await Host.DisposeAsync();
    }
}
