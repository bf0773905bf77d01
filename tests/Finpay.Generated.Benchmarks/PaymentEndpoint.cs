using System;
using System.Linq;
using System.Net;
using System.Text;
using System.Threading.Tasks;
using Finpay.Testing.Fixtures;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Finpay.Generated.Benchmarks;

/// <summary>
/// A Kestrel endpoint on 127.0.0.1 that answers the one-click payment with Finpay's seed response, the same bytes every time,
/// so the SDK and the hand-written baseline are measured against an identical server; and Stripe.net's PaymentIntent create,
/// for the peer row.
/// </summary>
internal sealed class PaymentEndpoint : IAsyncDisposable
{
    private readonly WebApplication _app;

    private PaymentEndpoint(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static async Task<PaymentEndpoint> StartAsync()
    {
        var response = Encoding.UTF8.GetBytes(Payloads.PaymentResponse);
        var paymentIntent = Encoding.UTF8.GetBytes(Payloads.Read("stripe-payment-intent.json"));
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapMethods(ApiPaths.Target("pay"), new[] { ApiPaths.Method("pay").Method }, async (HttpContext context) =>
        {
            // Read the request as Finpay would, then answer with the seed.
            await context.Request.Body.CopyToAsync(System.IO.Stream.Null);
            context.Response.ContentType = "application/json";
            await context.Response.Body.WriteAsync(response);
        });
        // Stripe.net's peer row: a confirmed PaymentIntent, read and answered the same way.
        app.MapPost("/v1/payment_intents", async (HttpContext context) =>
        {
            await context.Request.Body.CopyToAsync(System.IO.Stream.Null);
            context.Response.ContentType = "application/json";
            context.Response.Headers["Request-Id"] = "req_benchmark";
            await context.Response.Body.WriteAsync(paymentIntent);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new PaymentEndpoint(app, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
