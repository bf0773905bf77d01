using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Finpay.Generated.Benchmarks.Peer;
using Finpay.Generated.Configuration;
using Finpay.Generated.DependencyInjection;
using Finpay.Generated.Serialization;
using Finpay.Testing.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;

namespace Finpay.Generated.Benchmarks;

/// <summary>
/// The two ways of paying that the call benchmarks compare: the SDK as a merchant wires it (DI, validation, auth, logging at
/// Information, resilience) and a hand-written HttpClient + Newtonsoft call with the same payload against the same server.
/// </summary>
internal sealed class PaymentClients : IAsyncDisposable
{
    private const string MerchantId = "FINPAY770";
    private const string MerchantKey = "SoSecret123";

    private readonly PaymentEndpoint _endpoint;
    private readonly ServiceProvider _services;
    private readonly HttpClient _baselineHttp;
    private readonly PaymentRequest _request;

    private PaymentClients(PaymentEndpoint endpoint, bool inMemory)
    {
        _endpoint = endpoint;
        _request = FinpayJson.Deserialize<PaymentRequest>(Payloads.Read("payment-request.json"))!;

        var services = new ServiceCollection();
        services.AddLogging(logging => logging.ClearProviders().AddProvider(new DiscardingLoggerProvider()).SetMinimumLevel(LogLevel.Information));
        var http = services.AddFinpay(options =>
        {
            options.MerchantId = MerchantId;
            options.MerchantKey = MerchantKey;
            options.BaseUrl = endpoint.BaseAddress;
        });
        if (inMemory) http.ConfigurePrimaryHttpMessageHandler(() => new InMemoryFinpay());
        _services = services.BuildServiceProvider();
        Sdk = _services.GetRequiredService<IFinpayCardClient>();

        _baselineHttp = new HttpClient(inMemory ? new InMemoryFinpay() : new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue }) { BaseAddress = endpoint.BaseAddress };
        _baselineHttp.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(MerchantId + ":" + MerchantKey)));
        Stripe = new StripePeer(endpoint.BaseAddress);
    }

    /// <summary>Stripe.net against the same server, for the peer row.</summary>
    public StripePeer Stripe { get; }

    public IFinpayCardClient Sdk { get; }

    /// <summary>Both clients against the loopback endpoint or, <paramref name="inMemory"/>, against <see cref="InMemoryFinpay"/>.</summary>
    public static async Task<PaymentClients> StartAsync(bool inMemory = false) => new(await PaymentEndpoint.StartAsync(), inMemory);

    public PaymentRequest Request => _request;

    public Task<PaymentResponse> PayWithSdkAsync() => Sdk.PayAsync(_request, CancellationToken.None);

    /// <summary>What a merchant would write without the SDK: serialize, POST, read, deserialize.</summary>
    public async Task<PaymentResponse> PayByHandAsync()
    {
        using var payment = ApiPaths.Request("pay", new StringContent(JsonConvert.SerializeObject(_request), Encoding.UTF8, "application/json"));
        using var response = await _baselineHttp.SendAsync(payment).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var json = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        return JsonConvert.DeserializeObject<PaymentResponse>(json)!;
    }

    public async ValueTask DisposeAsync()
    {
        _baselineHttp.Dispose();
        Stripe.Dispose();
        await _services.DisposeAsync();
        await _endpoint.DisposeAsync();
    }
}
