using System;
using Finpay.Generated.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Finpay.Generated.DependencyInjection;

/// <summary>
/// Builds a client without a DI container: <c>var finpay = FinpayClientFactory.Create(options);</c>. The client behaves
/// exactly as the one <c>AddFinpay</c> registers. Create it once and reuse it (like <c>HttpClient</c>).
/// </summary>
public static class FinpayClientFactory
{
    /// <summary>Validates <paramref name="options"/> and builds a client; logs go to <paramref name="loggerFactory"/> when given.</summary>
    /// <exception cref="OptionsValidationException">A setting is missing or wrong; the message names it.</exception>
    public static IFinpayCardClient Create(FinpayOptions options, ILoggerFactory? loggerFactory = null)
    {
        if (options is null) throw new ArgumentNullException(nameof(options));
        var failures = FinpayOptionsValidator.Check(options);
        if (failures.Count > 0) throw new OptionsValidationException(Options.DefaultName, typeof(FinpayOptions), failures);

        var services = new ServiceCollection();
        services.AddSingleton(loggerFactory ?? NullLoggerFactory.Instance);
        services.AddFinpay(options.CopyTo);
        // The provider lives as long as the client: it owns the pooled handlers.
        return services.BuildServiceProvider().GetRequiredService<IFinpayCardClient>();
    }
}
