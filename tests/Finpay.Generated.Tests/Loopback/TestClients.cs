using System;
using System.Net.Http;
using Finpay.Generated.Configuration;
using Finpay.Generated.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Finpay.Testing.Fixtures;

namespace Finpay.Generated.Tests.Loopback;

/// <summary>
/// Clients wired exactly as a merchant wires them (AddFinpay), pointed at a loopback server. Retries come at once, and the
/// time-outs are far beyond anything a test waits for, so a slow machine cannot trip them: a test about time-outs passes a
/// <see cref="TestClock"/> and moves it.
/// </summary>
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
        options.Timeout = TimeSpan.FromMinutes(5);
        options.TotalTimeout = TimeSpan.FromMinutes(10);
        options.RetryDelay = TimeSpan.FromMilliseconds(1);
    }

    public static Harness Create(
        Uri baseUrl,
        Action<FinpayOptions>? configure = null,
        ILoggerProvider? logs = null,
        Action<IHttpClientBuilder>? http = null,
        TimeProvider? clock = null)
    {
        var services = new ServiceCollection();
        if (clock is not null) services.AddSingleton(clock);
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
