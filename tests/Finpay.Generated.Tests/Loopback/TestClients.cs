using System;
using System.Net.Http;
using Finpay.Generated.Configuration;
using Finpay.Generated.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Finpay.Generated.Tests.Loopback;

/// <summary>Clients wired exactly as a merchant wires them (AddFinpay), pointed at a loopback server, with short test timings.</summary>
internal static class TestClients
{
    public const string MerchantId = "FINPAY770";
    public const string MerchantKey = "SoSecret123";
    public const string ExpectedAuthorization = "Basic RklOUEFZNzcwOlNvU2VjcmV0MTIz";

    public static void Configure(FinpayOptions options, Uri baseUrl)
    {
        options.MerchantId = MerchantId;
        options.MerchantKey = MerchantKey;
        options.BaseUrl = baseUrl;
        options.Timeout = TimeSpan.FromSeconds(5);
        options.TotalTimeout = TimeSpan.FromSeconds(10);
        options.RetryDelay = TimeSpan.FromMilliseconds(1);
    }

    public static Harness Create(
        Uri baseUrl,
        Action<FinpayOptions>? configure = null,
        ILoggerProvider? logs = null,
        Action<IHttpClientBuilder>? http = null,
        TimeProvider? time = null)
    {
        var services = new ServiceCollection();
        if (time is not null) services.AddSingleton(time);
        services.AddLogging(builder =>
        {
            builder.SetMinimumLevel(LogLevel.Trace);
            if (logs is not null) builder.AddProvider(logs);
        });
        var builder = services.AddFinpay(options =>
        {
            Configure(options, baseUrl);
            configure?.Invoke(options);
        });
        http?.Invoke(builder);
        var provider = services.BuildServiceProvider();
        return new Harness(provider, provider.GetRequiredService<IFinpayCardClient>());
    }

    internal sealed class Harness : IDisposable
    {
        private readonly ServiceProvider _provider;

        public Harness(ServiceProvider provider, IFinpayCardClient client)
        {
            _provider = provider;
            Client = client;
        }

        public IFinpayCardClient Client { get; }

        public IServiceProvider Services => _provider;

        public void Dispose() => _provider.Dispose();
    }
}
