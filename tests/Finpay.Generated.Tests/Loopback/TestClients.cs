using System;
using System.Net.Http;
using Finpay.Generated.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Finpay.Testing.Fixtures;

namespace Finpay.Generated.Tests.Loopback;

/// <summary>
/// The SDK tests' merchant and its clients (see <see cref="FinpayTestClient"/>), with every log line kept from Trace up so a
/// test can show that no secret reaches one.
/// </summary>
internal static class TestClients
{
    public const string MerchantId = "FINPAY770";
    public const string MerchantKey = "SoSecret123";
    public const string ExpectedAuthorization = "Basic RklOUEFZNzcwOlNvU2VjcmV0MTIz";

    public static void Configure(FinpayOptions options, Uri baseUrl) => FinpayTestClient.Configure(options, baseUrl, MerchantId, MerchantKey);

    public static FinpayTestClient Create(
        Uri baseUrl,
        Action<FinpayOptions>? configure = null,
        ILoggerProvider? logs = null,
        Action<IHttpClientBuilder>? http = null,
        TimeProvider? clock = null) =>
        FinpayTestClient.Create(baseUrl, MerchantId, MerchantKey, configure, services =>
        {
            if (clock is not null) services.AddSingleton(clock);
            services.AddLogging(builder =>
            {
                builder.SetMinimumLevel(LogLevel.Trace);
                if (logs is not null) builder.AddProvider(logs);
            });
        }, http);
}
