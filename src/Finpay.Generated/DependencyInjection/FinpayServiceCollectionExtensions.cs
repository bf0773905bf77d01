using System;
using System.Linq;
using System.Net.Http;
using System.Threading;
using Finpay.Generated.Configuration;
using Finpay.Generated.Diagnostics;
using Finpay.Generated.Http;
using Finpay.Generated.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Finpay.Generated.DependencyInjection;

/// <summary>Registers Finpay clients with dependency injection and <c>IHttpClientFactory</c>.</summary>
public static class FinpayServiceCollectionExtensions
{
    /// <summary>The name of the <c>HttpClient</c> of the default client; a named client's is <c>Finpay.Generated:{name}</c>.</summary>
    public const string HttpClientName = "Finpay.Generated";

    /// <summary>
    /// Registers <see cref="IFinpayCardClient"/> configured in code. The options are validated when the client is first
    /// resolved, or at host start-up. Returns the <see cref="IHttpClientBuilder"/> to add your own handlers (they run on each
    /// attempt, after authentication).
    /// </summary>
    public static IHttpClientBuilder AddFinpay(this IServiceCollection services, Action<FinpayOptions> configure)
    {
        if (configure is null) throw new ArgumentNullException(nameof(configure));
        return AddFinpay(services, Options.DefaultName, configure);
    }

    /// <summary>
    /// Registers <see cref="IFinpayCardClient"/> bound to a configuration section, e.g.
    /// <c>services.AddFinpay(configuration.GetSection("Finpay"))</c> with keys <c>MerchantId</c>, <c>MerchantKey</c>,
    /// <c>Environment</c>, <c>BaseUrl</c>, <c>Timeout</c>, ….
    /// </summary>
    public static IHttpClientBuilder AddFinpay(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration is null) throw new ArgumentNullException(nameof(configuration));
        return AddFinpay(services, Options.DefaultName, configuration);
    }

    /// <summary>
    /// Registers a client for one of several merchant accounts under <paramref name="name"/>, configured in code: resolve it
    /// as <c>[FromKeyedServices(name)] IFinpayCardClient</c> or through <see cref="IFinpayClientFactory"/>. Each name has its
    /// own options (<c>IOptionsMonitor&lt;FinpayOptions&gt;.Get(name)</c>), credentials, handlers (add them to the returned
    /// builder) and telemetry tag (<c>finpay.client.name</c>).
    /// </summary>
    public static IHttpClientBuilder AddFinpay(this IServiceCollection services, string name, Action<FinpayOptions> configure)
    {
        if (services is null) throw new ArgumentNullException(nameof(services));
        if (name is null) throw new ArgumentNullException(nameof(name));
        if (configure is null) throw new ArgumentNullException(nameof(configure));
        services.AddOptions<FinpayOptions>(name).Configure(configure);
        return AddClient(services, name);
    }

    /// <summary>Registers a named client (see <see cref="AddFinpay(IServiceCollection, string, Action{FinpayOptions})"/>) bound to a configuration section.</summary>
    public static IHttpClientBuilder AddFinpay(this IServiceCollection services, string name, IConfiguration configuration)
    {
        if (services is null) throw new ArgumentNullException(nameof(services));
        if (name is null) throw new ArgumentNullException(nameof(name));
        if (configuration is null) throw new ArgumentNullException(nameof(configuration));
        services.AddOptions<FinpayOptions>(name).Bind(configuration);
        return AddClient(services, name);
    }

    private static IHttpClientBuilder AddClient(IServiceCollection services, string name)
    {
        var httpClientName = name.Length == 0 ? HttpClientName : HttpClientName + ":" + name;
        // A second AddFinpay for the same name only adds configuration: the handlers must not run twice.
        if (services.Any(d => d.ServiceType == typeof(FinpayNamedClients.Registration) && ((FinpayNamedClients.Registration?)d.ImplementationInstance)?.Name == name))
            return services.AddHttpClient(httpClientName);

        services.AddSingleton(new FinpayNamedClients.Registration(name));
        services.AddOptions<FinpayOptions>(name).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FinpayOptions>, FinpayOptionsValidator>());
        services.AddMetrics();
        services.TryAddSingleton<FinpayMetrics>();
        services.TryAddSingleton<FinpayCallTelemetry>();
        // Time-outs, retry delays and call durations run on this clock; a test registers a FakeTimeProvider before AddFinpay.
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IFinpayClientFactory>(provider => new FinpayNamedClients(provider, provider.GetServices<FinpayNamedClients.Registration>()));

        var http = services.AddHttpClient(httpClientName, (provider, client) =>
        {
            client.BaseAddress = provider.GetRequiredService<IOptionsMonitor<FinpayOptions>>().Get(name).ResolveBaseUrl();
            // Time limits belong to FinpayResilienceHandler, which tells a time-out from the caller's cancellation.
            client.Timeout = Timeout.InfiniteTimeSpan;
        });
        FinpayPipeline.Build(http, name);

        if (name.Length == 0)
            services.TryAddTransient<IFinpayCardClient>(provider => CreateClient(provider, httpClientName, name));
        else
            services.AddKeyedTransient<IFinpayCardClient>(name, (provider, _) => CreateClient(provider, httpClientName, name));
        return http;
    }

    private static FinpayClient CreateClient(IServiceProvider provider, string httpClientName, string name)
    {
        // Validates the options first, so a missing setting is reported by name rather than as a failed request.
        _ = provider.GetRequiredService<IOptionsMonitor<FinpayOptions>>().Get(name);
        return new FinpayClient(provider.GetRequiredService<IHttpClientFactory>().CreateClient(httpClientName), provider.GetRequiredService<FinpayCallTelemetry>(), name);
    }
}
