using System;
using Finpay.Generated.Configuration;
using Finpay.Generated.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;

namespace Finpay.Generated.ContractTests.Consumer;

/// <summary>
/// The SDK's production client (AddFinpay: Basic auth, error mapping, resilience) pointed at a Pact mock server: the one
/// place that knows how the SDK is configured, so the contract follows the production wiring.
/// </summary>
internal sealed class ContractClient : IDisposable
{
    private readonly ServiceProvider _services;

    private ContractClient(ServiceProvider services)
    {
        _services = services;
        Finpay = services.GetRequiredService<IFinpayCardClient>();
    }

    public IFinpayCardClient Finpay { get; }

    public static ContractClient For(Uri mockServer, string merchantKey = FinpayContract.MerchantKey)
    {
        var services = new ServiceCollection();
        services.AddFinpay(options =>
        {
            options.MerchantId = FinpayContract.MerchantId;
            options.MerchantKey = merchantKey;
            options.BaseUrl = mockServer;
            // The mock answers a request it does not expect with 500; one attempt keeps the report to that one request.
            options.MaxRetries = 0;
        });
        return new ContractClient(services.BuildServiceProvider());
    }

    public void Dispose() => _services.Dispose();
}
