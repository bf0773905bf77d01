using System;
using System.Threading;
using System.Threading.Tasks;
using Finpay.Generated.AspNetCore;
using Finpay.Generated.DependencyInjection;
using Finpay.Shop.Hosting;
using Finpay.Shop.Payments;
using Finpay.Shop.Subscriptions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Finpay.Shop;

/// <summary>
/// Builds the shop. Without Finpay:MerchantId it starts the embedded Finpay sandbox and points the SDK at it; with
/// credentials it talks to Finpay (Finpay:Environment, Development by default) and needs Shop:PublicUrl for callbacks.
/// </summary>
public static partial class ShopApplication
{
    /// <summary>Builds the shop from command-line arguments and configuration; the caller runs and disposes it.</summary>
    public static async Task<WebApplication> BuildAsync(string[] args, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(ShopApplication).Assembly.GetName().Name,
        });

        EmbeddedSandbox? sandbox = null;
        if (string.IsNullOrEmpty(builder.Configuration["Finpay:MerchantId"]))
        {
            sandbox = await EmbeddedSandbox.LaunchAsync(cancellationToken).ConfigureAwait(false);
            builder.Configuration.AddInMemoryCollection(sandbox.FinpaySettings());
            builder.Services.AddSingleton(sandbox);
            builder.Services.AddHostedService(sp => sp.GetRequiredService<EmbeddedSandbox>());
        }

        try
        {
            builder.Services.AddFinpay(builder.Configuration.GetSection("Finpay"));
            builder.Services.AddFinpayCallbacks<SubscriptionCallbacks>();
            builder.Services.AddShop(builder.Configuration);
            if (sandbox is null) builder.Services.RequirePublicUrl();
            var app = builder.Build();
            app.UseShop();
            if (sandbox is not null)
                app.Lifetime.ApplicationStarted.Register(() => LogSandbox(app.Logger, sandbox.Host.BaseAddress, sandbox.Host.MerchantId));
            return app;
        }
        catch
        {
            if (sandbox is not null) await sandbox.StopAsync(CancellationToken.None).ConfigureAwait(false);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Payments go to the embedded Finpay sandbox at {Sandbox} (merchant {MerchantId}); no real money moves")]
    private static partial void LogSandbox(ILogger logger, Uri sandbox, string merchantId);

    /// <summary>
    /// The shop's payment code: subscriptions, checkout and one-click charges. The caller registers the Finpay client
    /// (<c>AddFinpay</c>) and the callback handler; time comes from the registered <see cref="TimeProvider"/>, the system's
    /// unless one was registered first (the shop's tests give theirs).
    /// </summary>
    public static IServiceCollection AddShopPayments(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SubscriptionStore>();
        services.AddHttpContextAccessor();
        services.AddScoped<ShopUrls>();
        services.AddScoped<SubscriptionCheckout>();
        services.AddScoped<OneClickCharge>();
        return services;
    }

    private static IServiceCollection AddShop(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ShopOptions>(configuration.GetSection(ShopOptions.SectionName));
        // The shop keeps everything in memory, so its form tokens need no keys that outlive the process.
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        services.AddShopPayments();
        services.AddRazorPages();
        return services;
    }

    // Finpay's servers cannot reach 127.0.0.1: with real credentials the shop must say where its callback endpoint is public.
    private static void RequirePublicUrl(this IServiceCollection services) =>
        services.AddOptions<ShopOptions>()
            .Validate(o => o.PublicUrl is { IsAbsoluteUri: true } url && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp),
                "Shop:PublicUrl is required with Finpay credentials: set it to the absolute http(s) address where Finpay reaches this shop " +
                "(callbacks go to <Shop:PublicUrl>" + ShopUrls.CallbackPath.TrimStart('/') + ").")
            .ValidateOnStart();

    private static void UseShop(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment()) app.UseExceptionHandler("/error");
        app.UseRouting();
        app.UseAntiforgery();
        app.MapGet("/site.css", () => Microsoft.AspNetCore.Http.Results.Text(SiteStyle.Css, "text/css; charset=utf-8"));
        app.MapRazorPages();
        app.MapFinpayCallbacks(ShopUrls.CallbackPath);
    }
}
