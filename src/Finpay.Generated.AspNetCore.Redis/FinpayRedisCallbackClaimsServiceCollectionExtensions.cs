using System;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Finpay.Generated.AspNetCore.Redis;

/// <summary>Keeps the callback endpoint's claims in Redis, so several app instances handle each payment event once.</summary>
public static class FinpayRedisCallbackClaimsServiceCollectionExtensions
{
    /// <summary>
    /// Claims in the Redis at <paramref name="configuration"/> (a StackExchange.Redis configuration string such as
    /// <c>redis.internal:6379</c>). While Redis cannot be reached the endpoint answers 503 and runs no handler.
    /// </summary>
    public static IServiceCollection AddFinpayRedisCallbackClaims(this IServiceCollection services, string configuration)
    {
        if (string.IsNullOrWhiteSpace(configuration)) throw new ArgumentException("The Redis configuration string is empty.", nameof(configuration));
        return services.AddFinpayRedisCallbackClaims(o => o.Configuration = configuration);
    }

    /// <summary>Claims in Redis, configured in code (<see cref="FinpayRedisCallbackClaimOptions.Configuration"/>, key prefix).</summary>
    public static IServiceCollection AddFinpayRedisCallbackClaims(this IServiceCollection services, Action<FinpayRedisCallbackClaimOptions> configure)
    {
        if (services is null) throw new ArgumentNullException(nameof(services));
        if (configure is null) throw new ArgumentNullException(nameof(configure));
        services.AddOptions<FinpayRedisCallbackClaimOptions>().Configure(configure)
            .Validate(o => !string.IsNullOrWhiteSpace(o.Configuration), "FinpayRedisCallbackClaimOptions.Configuration must name the Redis server, e.g. \"redis.internal:6379\".")
            .ValidateOnStart();
        return Register(services, provider => RedisConnection.Owned(provider.GetRequiredService<IOptions<FinpayRedisCallbackClaimOptions>>().Value.Configuration!));
    }

    /// <summary>Claims in Redis through a connection the app already has (it stays the app's to dispose).</summary>
    public static IServiceCollection AddFinpayRedisCallbackClaims(this IServiceCollection services, Func<IServiceProvider, IConnectionMultiplexer> connection, string? keyPrefix = null)
    {
        if (services is null) throw new ArgumentNullException(nameof(services));
        if (connection is null) throw new ArgumentNullException(nameof(connection));
        var options = services.AddOptions<FinpayRedisCallbackClaimOptions>();
        if (keyPrefix is not null) options.Configure(o => o.KeyPrefix = keyPrefix);
        return Register(services, provider => RedisConnection.Shared(connection(provider)));
    }

    private static IServiceCollection Register(IServiceCollection services, Func<IServiceProvider, RedisConnection> connection)
    {
        services.RemoveAll<RedisConnection>();
        services.AddSingleton(connection);
        // Replaces the in-memory store whether this runs before or after AddFinpayCallbacks.
        services.RemoveAll<ICallbackClaimStore>();
        services.AddSingleton<ICallbackClaimStore>(provider => new RedisCallbackClaimStore(
            provider.GetRequiredService<RedisConnection>(), provider.GetRequiredService<IOptions<FinpayRedisCallbackClaimOptions>>().Value.KeyPrefix));
        return services;
    }
}
