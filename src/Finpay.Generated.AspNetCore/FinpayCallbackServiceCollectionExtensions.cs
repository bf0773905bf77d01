using System;
using Finpay.Generated.AspNetCore.Claims;
using Finpay.Generated.AspNetCore.Endpoint;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Finpay.Generated.AspNetCore;

/// <summary>Registers the callback endpoint's services.</summary>
public static class FinpayCallbackServiceCollectionExtensions
{
    /// <summary>
    /// Registers <typeparamref name="THandler"/> (scoped) as the handler of Finpay's callbacks and the services
    /// <c>MapFinpayCallbacks</c> needs. Claims are kept in memory unless another <see cref="ICallbackClaimStore"/> is
    /// registered (e.g. <c>AddFinpayRedisCallbackClaims</c> for several instances). Register the Finpay client too
    /// (<c>AddFinpay</c>): its merchant key verifies the signature and its client confirms the status.
    /// </summary>
    public static IServiceCollection AddFinpayCallbacks<THandler>(this IServiceCollection services, Action<FinpayCallbackOptions>? configure = null)
        where THandler : class, IFinpayCallbackHandler
    {
        if (services is null) throw new ArgumentNullException(nameof(services));
        var options = services.AddOptions<FinpayCallbackOptions>();
        if (configure is not null) options.Configure(configure);
        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FinpayCallbackOptions>, FinpayCallbackOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ICallbackClaimStore, InMemoryCallbackClaimStore>();
        services.TryAddSingleton<CallbackEndpoint>();
        services.AddScoped<IFinpayCallbackHandler, THandler>();
        return services;
    }
}
