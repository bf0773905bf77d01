using System;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Finpay.Generated.Callbacks;
using Finpay.Generated.Values;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Finpay.Cli.Demo;

/// <summary>
/// The demo's merchant endpoint on 127.0.0.1: verifies each callback with the SDK's verifier, answers Finpay's
/// success envelope when valid (a 401 otherwise), and hands the first one about the watched order to the demo.
/// </summary>
internal sealed class CallbackListener : IAsyncDisposable
{
    private const string Path = "/finpay/callback";
    private readonly WebApplication _app;
    private readonly TaskCompletionSource<CallbackVerificationResult> _received = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private string? _watchedOrderId;

    private CallbackListener(WebApplication app) => _app = app;

    public Uri Url { get; private set; } = null!;

    public static async Task<CallbackListener> StartAsync(string merchantKey, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var listener = new CallbackListener(app);
        var verifier = new FinpayCallbackVerifier(merchantKey);
        app.MapPost(Path, async (HttpContext context) =>
        {
            var result = await verifier.VerifyAsync(context.Request.Body, context.RequestAborted);
            if (result.IsValid && result.Callback!.Order?.Id == listener._watchedOrderId) listener._received.TrySetResult(result);
            else if (!result.IsValid) listener._received.TrySetResult(result);
            return result.IsValid
                ? Results.Text($"{{\"responseCode\":\"{ResponseCode.Success}\",\"responseMessage\":\"Success\"}}", "application/json")
                : Results.Text("{\"responseCode\":\"4010000\",\"responseMessage\":\"Invalid signature\"}", "application/json", statusCode: 401);
        });
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        listener.Url = new Uri(address.TrimEnd('/') + Path);
        return listener;
    }

    public void Watch(string orderId) => _watchedOrderId = orderId;

    public async Task<CallbackVerificationResult> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(timeout);
        try
        {
            return await _received.Task.WaitAsync(timer.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"No callback arrived within {timeout.TotalSeconds:0} seconds.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
