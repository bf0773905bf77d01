using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Finpay.Generated.Configuration;
using Finpay.Generated.DependencyInjection;
using Finpay.Generated.Tests.Loopback;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;
using Finpay.Testing.Fixtures;

namespace Finpay.Generated.Tests.Runtime;

public class NamedClientTests
{
    private static void Tenant(FinpayOptions options, Uri baseUrl, string merchantId, string merchantKey)
    {
        TestClients.Configure(options, baseUrl);
        options.MerchantId = merchantId;
        options.MerchantKey = merchantKey;
    }

    [Fact]
    public async Task Two_named_clients_send_their_own_credentials_to_their_own_hosts()
    {
        await using var serverA = await LoopbackServer.AnsweringAsync(200, FinpayAnswers.CheckStatus("PAID"));
        await using var serverB = await LoopbackServer.AnsweringAsync(200, FinpayAnswers.CheckStatus("PAID"));
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddFinpay("tenant-a", options => Tenant(options, serverA.BaseUrl, "MERCHANT_A", "key-a"));
        services.AddFinpay("tenant-b", options => Tenant(options, serverB.BaseUrl, "MERCHANT_B", "key-b"));
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredKeyedService<IFinpayCardClient>("tenant-a").CheckStatusAsync("ORDER-A");
        await provider.GetRequiredService<IFinpayClientFactory>().GetClient("tenant-b").CheckStatusAsync("ORDER-B");

        Assert.Equal("Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("MERCHANT_A:key-a")), serverA.Requests.Single().Authorization);
        Assert.Equal("Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("MERCHANT_B:key-b")), serverB.Requests.Single().Authorization);
        Assert.EndsWith("/ORDER-A", serverA.Requests.Single().RawTarget);
        Assert.EndsWith("/ORDER-B", serverB.Requests.Single().RawTarget);
    }

    [Fact]
    public async Task The_unnamed_client_keeps_working_beside_named_ones()
    {
        await using var named = await LoopbackServer.AnsweringAsync(200, FinpayAnswers.CheckStatus("PAID"));
        await using var unnamed = await LoopbackServer.AnsweringAsync(200, FinpayAnswers.CheckStatus("PAID"));
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddFinpay(options => TestClients.Configure(options, unnamed.BaseUrl));
        services.AddFinpay("tenant-a", options => Tenant(options, named.BaseUrl, "MERCHANT_A", "key-a"));
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<IFinpayCardClient>().CheckStatusAsync("ORDER-1");
        await provider.GetRequiredService<IFinpayClientFactory>().GetClient(Options.DefaultName).CheckStatusAsync("ORDER-2");

        Assert.Equal(2, unnamed.Hits);
        Assert.Equal(0, named.Hits);
        Assert.All(unnamed.Requests, request => Assert.Equal(TestClients.ExpectedAuthorization, request.Authorization));
        Assert.Equal("MERCHANT_A", provider.GetRequiredService<IOptionsMonitor<FinpayOptions>>().Get("tenant-a").MerchantId);
    }

    [Fact]
    public async Task Each_name_has_its_own_handlers()
    {
        await using var server = await LoopbackServer.AnsweringAsync(200, FinpayAnswers.CheckStatus("PAID"));
        var seenByA = 0;
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddFinpay("tenant-a", options => Tenant(options, server.BaseUrl, "MERCHANT_A", "key-a"))
            .AddHttpMessageHandler(() => new CountingHandler(() => Interlocked.Increment(ref seenByA)));
        services.AddFinpay("tenant-b", options => Tenant(options, server.BaseUrl, "MERCHANT_B", "key-b"));
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredKeyedService<IFinpayCardClient>("tenant-b").CheckStatusAsync("ORDER-B");
        Assert.Equal(0, seenByA);
        await provider.GetRequiredKeyedService<IFinpayCardClient>("tenant-a").CheckStatusAsync("ORDER-A");
        Assert.Equal(1, seenByA);
    }

    [Fact]
    public void A_named_client_with_missing_settings_is_reported_by_name()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddFinpay("tenant-a", options => options.MerchantId = "MERCHANT_A");
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredKeyedService<IFinpayCardClient>("tenant-a"));

        Assert.Equal("tenant-a", error.OptionsName);
        Assert.Contains("MerchantKey", error.Message);
    }

    [Fact]
    public void The_factory_names_an_unknown_client_and_the_registered_ones()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddFinpay("tenant-a", options => Tenant(options, new Uri("http://127.0.0.1:9/"), "MERCHANT_A", "key-a"));
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IFinpayClientFactory>().GetClient("tenant-z"));

        Assert.Contains("'tenant-z'", error.Message);
        Assert.Contains("'tenant-a'", error.Message);
    }

    private sealed class CountingHandler(Action onSend) : System.Net.Http.DelegatingHandler
    {
        protected override Task<System.Net.Http.HttpResponseMessage> SendAsync(System.Net.Http.HttpRequestMessage request, CancellationToken cancellationToken)
        {
            onSend();
            return base.SendAsync(request, cancellationToken);
        }
    }
}
