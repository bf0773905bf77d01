using System;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Finpay.Generated.AspNetCore;
using Finpay.Generated.DependencyInjection;
using Finpay.Sandbox;
using Finpay.Sandbox.Cards;
using Finpay.Shop.Catalog;
using Finpay.Shop.Payments;
using Finpay.Shop.Subscriptions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Finpay.Shop.Tests;

/// <summary>
/// The shop's payment code wired as in production (the Finpay client and the callback endpoint on a real Kestrel on
/// 127.0.0.1), the Finpay sandbox in-process, and one clock for both that moves only when the test moves it. One per test;
/// disposing it stops the shop and the sandbox.
/// </summary>
internal sealed class ShopUnderTest : IAsyncDisposable
{
    /// <summary>Where the clock starts: midnight in Jakarta, where Finpay keeps its dates.</summary>
    public static readonly DateTimeOffset SignUpDay = new(2026, 11, 2, 0, 0, 0, TimeSpan.FromHours(7));

    private readonly WebApplication _shop;

    private ShopUnderTest(WebApplication shop, SandboxHost finpay, FakeTimeProvider time, CallbackAnswers answers)
    {
        _shop = shop;
        Finpay = finpay;
        Time = time;
        CallbackAnswers = answers;
    }

    /// <summary>The local Finpay: its ledger says what money moved, its faults make the next answers go wrong.</summary>
    public SandboxHost Finpay { get; }

    /// <summary>The clock of the shop, the SDK and the sandbox alike.</summary>
    public FakeTimeProvider Time { get; }

    /// <summary>What the shop answered to each of Finpay's callbacks, in order.</summary>
    public CallbackAnswers CallbackAnswers { get; }

    /// <summary>The shop's subscriptions.</summary>
    public SubscriptionStore Subscriptions => _shop.Services.GetRequiredService<SubscriptionStore>();

    public static async Task<ShopUnderTest> StartAsync()
    {
        var time = new FakeTimeProvider(SignUpDay);
        var finpay = await SandboxHost.StartAsync(new SandboxOptions { TimeProvider = time });
        try
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
            // Registered before AddFinpay, so the SDK's time-outs and the callback endpoint's claims run on it too.
            builder.Services.AddSingleton<TimeProvider>(time);
            builder.Services.AddFinpay(o =>
            {
                o.MerchantId = finpay.MerchantId;
                o.MerchantKey = finpay.MerchantKey;
                o.BaseUrl = finpay.BaseAddress;
            });
            builder.Services.AddFinpayCallbacks<SubscriptionCallbacks>();
            builder.Services.AddShopPayments();
            // Finpay calls back on the port Kestrel picked.
            builder.Services.AddOptions<ShopOptions>().Configure<IServer>((shop, server) =>
                shop.PublicUrl = new Uri(server.Features.Get<IServerAddressesFeature>()!.Addresses.First()));

            var answers = new CallbackAnswers();
            var shop = builder.Build();
            shop.Use(async (context, next) =>
            {
                try
                {
                    await next(context);
                }
                finally
                {
                    if (context.Request.Path == ShopUrls.CallbackPath) answers.Add(context.Response.StatusCode);
                }
            });
            shop.MapFinpayCallbacks(ShopUrls.CallbackPath);
            await shop.StartAsync();
            return new ShopUnderTest(shop, finpay, time, answers);
        }
        catch
        {
            await finpay.DisposeAsync();
            throw;
        }
    }

    /// <summary>The checkout page's work: a new subscription and the Finpay card page the customer is sent to.</summary>
    public async Task<(Subscription Subscription, Uri CardPage)> CheckOutAsync(string planId, CustomerDetails customer)
    {
        var subscription = Subscriptions.Create(PlanCatalog.Find(planId)!, customer);
        await using var request = _shop.Services.CreateAsyncScope();
        var cardPage = await request.ServiceProvider.GetRequiredService<SubscriptionCheckout>().StartAsync(subscription, CancellationToken.None);
        return (subscription, cardPage);
    }

    /// <summary>A customer who checked out and paid with <paramref name="card"/>, once the shop has answered Finpay's callback.</summary>
    public async Task<Subscription> SubscribedAsync(string planId, TestCard card)
    {
        var (subscription, cardPage) = await CheckOutAsync(planId, Customer.Dewi);
        await Customer.PaysAsync(cardPage, card);
        await CallbackAnswers.NextAsync();
        return subscription;
    }

    /// <summary>The admin page's "Charge": the plan's price again from the stored card.</summary>
    public async Task<Charge> ChargeStoredCardAsync(Subscription subscription)
    {
        await using var request = _shop.Services.CreateAsyncScope();
        return await request.ServiceProvider.GetRequiredService<OneClickCharge>().ChargeAsync(subscription, CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        await _shop.StopAsync();
        await _shop.DisposeAsync();
        await Finpay.DisposeAsync();
    }
}
