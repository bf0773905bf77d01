using System;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Finpay.Generated.AspNetCore.Tests.Infrastructure;
using Finpay.Generated.Configuration;
using Finpay.Generated.DependencyInjection;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Finpay.Generated.AspNetCore.Tests;

/// <summary>One app for several Finpay merchants: each endpoint verifies with its own merchant's key and confirms with its own client.</summary>
public class ManyMerchantsTests
{
    private const string TenantA = "tenant-a";
    private const string TenantAId = "TENANT_A";
    private const string TenantAKey = "TenantA-Key-42";

    [Fact]
    public async Task A_named_endpoint_verifies_with_that_merchants_key_and_the_default_endpoint_refuses_it()
    {
        await using var sandbox = await SandboxPayments.StartSandboxAsync(o => o.Merchants[TenantAId] = TenantAKey);
        var tenantA = new FinpayOptions { MerchantId = TenantAId, MerchantKey = TenantAKey, BaseUrl = sandbox.BaseAddress, MaxRetries = 0 };
        var events = new HandledEvents();
        await using var app = await MerchantApp.StartAsync(sandbox, events,
            services: s => s.AddFinpay(TenantA, o =>
            {
                o.MerchantId = TenantAId;
                o.MerchantKey = TenantAKey;
                o.BaseUrl = sandbox.BaseAddress;
                o.MaxRetries = 0;
            }),
            map: e =>
            {
                e.MapFinpayCallbacks(MerchantApp.CallbackPath);
                e.MapFinpayCallbacks("/finpay/a", TenantA);
            });

        var orderId = "TA-" + Guid.NewGuid().ToString("N")[..12];
        await SandboxPayments.PayOnHostedPageAsync(FinpayClientFactory.Create(tenantA), new Uri(app.Root, "finpay/a"), orderId);
        await events.WaitForHandledAsync();
        var body = (await BadInputTests.DeliveriesUntilDeliveredAsync(sandbox, orderId)).Single().Body;

        var (status, _) = await app.PostAsync(body, MerchantApp.CallbackPath);

        var handled = Assert.Single(events.Handled);
        Assert.Equal(orderId, handled.Callback.Order!.Id);
        Assert.Equal(TenantA, handled.MerchantName);
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Contains(app.CallbackLog, r => r.Message.Contains($"Finpay callback for merchant {TenantA} handled (signed over PhpDefault): order {orderId} PAID", StringComparison.Ordinal));
        Assert.Contains(app.CallbackLog, r => r.Message.Contains("merchant (default) refused with 401 (SignatureMismatch)", StringComparison.Ordinal));
        BadInputTests.AssertNoSecrets(app, TenantAKey, sandbox.MerchantKey);
    }

    [Fact]
    public async Task A_named_endpoint_without_a_client_for_its_name_answers_500_and_says_which_registration_is_missing()
    {
        await using var sandbox = await SandboxPayments.StartSandboxAsync();
        var events = new HandledEvents();
        await using var app = await MerchantApp.StartAsync(sandbox, events,
            services: s => s.Configure<FinpayOptions>(TenantA, o =>
            {
                o.MerchantId = TenantAId;
                o.MerchantKey = TenantAKey;
            }),
            map: e => e.MapFinpayCallbacks("/finpay/a", TenantA));
        var body = SignedForTenantA();

        var (first, _) = await app.PostAsync(body, "/finpay/a");
        var (second, _) = await app.PostAsync(body, "/finpay/a");

        Assert.Equal(HttpStatusCode.InternalServerError, first);
        Assert.Equal(HttpStatusCode.InternalServerError, second);
        Assert.Equal(0, events.Calls);
        Assert.Contains(app.CallbackLog, r => r.Message.Contains("no IFinpayCardClient is registered for 'tenant-a' (call AddFinpay(\"tenant-a\", ...))", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_named_merchant_with_invalid_options_answers_500_and_logs_the_setting_without_the_key()
    {
        await using var sandbox = await SandboxPayments.StartSandboxAsync();
        var events = new HandledEvents();
        await using var app = await MerchantApp.StartAsync(sandbox, events,
            services: s => s.Configure<FinpayOptions>(TenantA, o => o.MerchantKey = TenantAKey),
            map: e => e.MapFinpayCallbacks("/finpay/a", TenantA));

        var (status, _) = await app.PostAsync(SignedForTenantA(), "/finpay/a");

        Assert.Equal(HttpStatusCode.InternalServerError, status);
        Assert.Equal(0, events.Calls);
        var line = Assert.Single(app.CallbackLog);
        Assert.Contains("merchant tenant-a cannot be handled: the merchant's FinpayOptions are invalid: Finpay:MerchantId is missing", line.Message, StringComparison.Ordinal);
        BadInputTests.AssertNoSecrets(app, TenantAKey);
    }

    private static string SignedForTenantA() => new Finpay.Generated.Callbacks.FinpayCallbackSigner(TenantAKey).Sign(new Callback
    {
        Order = new OrderSummary { Id = "TA-1" },
        Result = new Result { Payment = new PaymentResult { Status = "PAID", Reference = "FP-1", DateTime = "2026-11-29 10:00:00" } },
    });
}
