using System.Threading.Tasks;
using Finpay.Generated.Configuration;
using Finpay.Generated.Callbacks;
using Finpay.Shop.Subscriptions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Finpay.Shop.Hosting;

internal static class InterimCallbackEndpoint
{
    public static void Map(WebApplication app, string path) => app.MapPost(path, async (HttpContext context, IOptionsMonitor<FinpayOptions> options, SubscriptionCallbacks handler) =>
    {
        var result = await new FinpayCallbackVerifier(options.CurrentValue.MerchantKey!).VerifyAsync(context.Request.Body, context.RequestAborted);
        if (!result.IsValid) return Results.StatusCode(401);
        await handler.HandleAsync(result.Callback!, context.RequestAborted);
        return Results.Text("{\"responseCode\":\"2000000\",\"responseMessage\":\"Success\"}", "application/json");
    }).DisableAntiforgery();
}
