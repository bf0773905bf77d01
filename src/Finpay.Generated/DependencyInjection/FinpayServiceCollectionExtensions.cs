using System;
using System.Linq;
using System.Net.Http;
using System.Threading;
using Finpay.Generated.Configuration;
using Finpay.Generated.Diagnostics;
using Finpay.Generated.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Finpay.Generated.DependencyInjection;

/// <summary>Registers the Finpay client with dependency injection and <c>IHttpClientFactory</c>.</summary>
public static class FinpayServiceCollectionExtensions
{
    /// <summary>The name of the <c>HttpClient</c> the client uses, for <c>IHttpClientFactory</c> configuration.</summary>
    public const string HttpClientName = "Finpay.Generated";

    /// <summary>
    /// Registers <see cref="IFinpayCardClient"/> configured in code. The options are validated when the client is first
    /// resolved, or at host start-up. Returns the <see cref="IHttpClientBuilder"/> to add your own handlers (they run on each
    /// attempt, after authentication).
    /// </summary>
    public static IHttpClientBuilder AddFinpay(this IServiceCollection services, Action<FinpayOptions> configure)
    {
        if (services is null) throw new ArgumentNullException(nameof(services));
        if (configure is null) throw new ArgumentNullException(nameof(configure));
        services.AddOptions<FinpayOptions>().Configure(configure);
        return AddFinpayClient(services);
    }

    /// <summary>
    /// Registers <see cref="IFinpayCardClient"/> bound to a configuration section, e.g.
    /// <c>services.AddFinpay(configuration.GetSection("Finpay"))</c> with keys <c>MerchantId</c>, <c>MerchantKey</c>,
    /// <c>Environment</c>, <c>BaseUrl</c>, <c>Timeout</c>, ….
    /// </summary>
    public static IHttpClientBuilder AddFinpay(this IServiceCollection services, IConfiguration configuration)
    {
        if (services is null) throw new ArgumentNullException(nameof(services));
        if (configuration is null) throw new ArgumentNullException(nameof(configuration));
        services.AddOptions<FinpayOptions>().Bind(configuration);
        return AddFinpayClient(services);
    }

    private static IHttpClientBuilder AddFinpayClient(IServiceCollection services)
    {
        // A second AddFinpay only adds configuration: the handlers must not run twice.
        if (services.Any(d => d.ServiceType == typeof(FinpayPipelineSource)))
            return services.AddHttpClient(HttpClientName);

        services.AddOptions<FinpayOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FinpayOptions>, FinpayOptionsValidator>());
        services.AddSingleton<FinpayPipelineSource>();

        var builder = services.AddHttpClient<FinpayCardClient>(HttpClientName, (provider, http) =>
        {
            http.BaseAddress = provider.GetRequiredService<IOptions<FinpayOptions>>().Value.ResolveBaseUrl();
            // Time limits belong to the resilience pipeline, which tells a time-out from the caller's cancellation.
            http.Timeout = Timeout.InfiniteTimeSpan;
        });

        // The factory's own loggers write full URLs, and delete-card's URL carries the card token.
        builder.RemoveAllLoggers();
        // A redirect would send a payment again, to another address (a 307 repeats the POST and its body): report it instead.
        builder.ConfigurePrimaryHttpMessageHandler((handler, _) => DisableRedirects(handler));
        builder
            .AddHttpMessageHandler(provider => new FinpayTelemetryHandler(provider.GetRequiredService<ILoggerFactory>().CreateLogger(FinpayTelemetry.LoggerCategory)))
            .AddHttpMessageHandler(() => new FinpayResponseCheckHandler())
            .AddHttpMessageHandler(provider => new FinpayResilienceHandler(provider.GetRequiredService<FinpayPipelineSource>().Pipeline))
            .AddHttpMessageHandler(provider => new FinpayAuthenticationHandler(provider.GetRequiredService<IOptionsMonitor<FinpayOptions>>()))
            .AddHttpMessageHandler(provider => new FinpayResponseBufferingHandler(provider.GetRequiredService<IOptions<FinpayOptions>>().Value.MaxResponseBodyBytes));

        services.TryAddTransient<IFinpayCardClient>(provider => new ErrorMappingCardClient(provider.GetRequiredService<FinpayCardClient>()));
        return builder;
    }

    private static void DisableRedirects(HttpMessageHandler handler)
    {
        switch (handler)
        {
#if NET
            case SocketsHttpHandler sockets:
                sockets.AllowAutoRedirect = false;
                break;
#endif
            case HttpClientHandler client:
                client.AllowAutoRedirect = false;
                break;
        }
    }
}
