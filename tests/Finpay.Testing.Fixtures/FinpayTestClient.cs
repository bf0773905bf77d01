using System;
using Finpay.Generated;
using Finpay.Generated.Configuration;
using Finpay.Generated.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;

namespace Finpay.Testing.Fixtures;

/// <summary>
/// The SDK's one client, wired exactly as a merchant wires it (<c>AddFinpay</c>), pointed at a loopback server or sandbox.
/// Retries come at once and the time-outs are far beyond anything a test waits for, so a slow machine cannot trip them: a
/// test about time registers a <see cref="TestClock"/> and moves it. Dispose it to stop the client's pooled handlers.
/// </summary>
public sealed class FinpayTestClient : IDisposable
{
    private readonly ServiceProvider _provider;

    private FinpayTestClient(ServiceProvider provider)
    {
        _provider = provider;
        Client = provider.GetRequiredService<IFinpayCardClient>();
    }

    public IFinpayCardClient Client { get; }

    public IServiceProvider Services => _provider;

    /// <summary>The test defaults: the merchant, the base URL, time-outs no busy machine reaches, retries without delay.</summary>
    public static void Configure(FinpayOptions options, Uri baseUrl, string merchantId, string merchantKey)
    {
        options.MerchantId = merchantId;
        options.MerchantKey = merchantKey;
        options.BaseUrl = baseUrl;
        options.Timeout = TimeSpan.FromMinutes(5);
        options.TotalTimeout = TimeSpan.FromMinutes(10);
        options.RetryDelay = TimeSpan.FromMilliseconds(1);
    }

    /// <summary>
    /// A client for <paramref name="merchantId"/> at <paramref name="baseUrl"/>; <paramref name="configure"/> changes the
    /// test defaults, <paramref name="services"/> registers what goes before <c>AddFinpay</c> (a clock, loggers), and
    /// <paramref name="http"/> adds to the client's HTTP pipeline.
    /// </summary>
    public static FinpayTestClient Create(
        Uri baseUrl,
        string merchantId,
        string merchantKey,
        Action<FinpayOptions>? configure = null,
        Action<IServiceCollection>? services = null,
        Action<IHttpClientBuilder>? http = null)
    {
        var collection = new ServiceCollection();
        services?.Invoke(collection);
        var builder = collection.AddFinpay(options =>
        {
            Configure(options, baseUrl, merchantId, merchantKey);
            configure?.Invoke(options);
        });
        http?.Invoke(builder);
        return new FinpayTestClient(collection.BuildServiceProvider());
    }

    public void Dispose() => _provider.Dispose();
}
