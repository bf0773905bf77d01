using System;
using Finpay.Generated;
using Finpay.Generated.Configuration;
using Finpay.Generated.DependencyInjection;

namespace Finpay.Cli.Demo;

/// <summary>
/// The SDK's production client, built without a DI container exactly as a merchant would: options, then
/// <see cref="FinpayClientFactory.Create"/> (authentication, resilience that never re-sends a payment, error mapping).
/// </summary>
internal static class DemoClient
{
    public static IFinpayCardClient Create(Uri baseUrl, string merchantId, string merchantKey) => FinpayClientFactory.Create(new FinpayOptions
    {
        MerchantId = merchantId,
        MerchantKey = merchantKey,
        BaseUrl = baseUrl,
        Environment = baseUrl.Host == "live.finnet.co.id" ? FinpayEnvironment.Production : FinpayEnvironment.Development,
    });
}
