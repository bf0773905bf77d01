using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Finpay.Generated.Operations;
using Finpay.Sandbox.Api;
using Finpay.Sandbox.Callbacks;
using Finpay.Sandbox.Control;
using Finpay.Sandbox.Faults;
using Finpay.Sandbox.HostedPage;
using Finpay.Sandbox.Ledger;
using Finpay.Sandbox.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Finpay.Sandbox;

/// <summary>
/// A running sandbox on 127.0.0.1: Finpay's card API, the hosted card page, signed callbacks, recurring schedules, fault
/// injection and a ledger. Start one per test (port 0 picks a free port) and dispose it when done.
/// </summary>
public sealed class SandboxHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly SandboxState _state;

    private SandboxHost(WebApplication app, SandboxState state, Uri baseAddress)
    {
        _app = app;
        _state = state;
        BaseAddress = baseAddress;
    }

    /// <summary>The sandbox's root, ending with "/" (use it as the SDK's base address).</summary>
    public Uri BaseAddress { get; }

    /// <summary>The default test merchant's id (the first configured).</summary>
    public string MerchantId => _state.DefaultMerchantId;

    /// <summary>The default test merchant's key.</summary>
    public string MerchantKey => _state.Merchants.KeyOf(_state.DefaultMerchantId);

    /// <summary>Every charge, refund and void, per order id.</summary>
    public ChargeLedger Ledger => _state.Ledger;

    /// <summary>The sandbox's clock (Jakarta time).</summary>
    public SandboxClock Clock => _state.Clock;

    /// <summary>Fault rules applied to the next requests.</summary>
    public FaultInjector Faults => _state.Faults;

    /// <summary>Every callback delivery attempt so far, oldest first.</summary>
    public IReadOnlyList<CallbackDelivery> CallbackDeliveries => _state.Callbacks.Deliveries;

    /// <summary>
    /// Sends a callback already sent for <paramref name="orderId"/> again, exactly as it was signed, as Finpay does: the latest
    /// one, or the first that reported <paramref name="status"/> (e.g. an old <c>PAID</c> after the order was refunded), as
    /// <paramref name="copies"/> deliveries arriving at the same moment. Returns the body sent.
    /// </summary>
    /// <exception cref="InvalidOperationException">No such callback was sent for the order.</exception>
    public string RedeliverCallback(string orderId, int copies = 1, string? status = null) =>
        _state.Callbacks.Redeliver(orderId, copies, status)
        ?? throw new InvalidOperationException($"No callback{(status is null ? "" : " reporting " + status)} was sent for order {orderId}.");

    /// <summary>
    /// Moves the sandbox clock forward and makes every recurring charge that falls due; returns those charges. Nothing waits:
    /// a month passes at once. Charges also fall due as the time of <see cref="SandboxOptions.TimeProvider"/> moves: a test
    /// that gives the sandbox a <c>FakeTimeProvider</c> can advance that instead, and the charges are made inside its
    /// <c>Advance</c>.
    /// </summary>
    public IReadOnlyList<LedgerEntry> AdvanceClock(TimeSpan by) => _state.AdvanceClock(by);

    /// <summary>Forgets every order, card, ledger entry, fault and delivery (the clock keeps its time).</summary>
    public void Reset() => _state.Reset();

    /// <summary>Starts a sandbox and returns once it accepts connections.</summary>
    public static async Task<SandboxHost> StartAsync(SandboxOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new SandboxOptions();
        var state = new SandboxState(options);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(SandboxHost).Assembly.GetName().Name });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, options.Port);
            kestrel.Limits.MaxRequestBodySize = 1024 * 1024;
            kestrel.AddServerHeader = false;
        });
        // In-flight requests get this long to finish once a stop begins; callbacks get as long again to flush.
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = options.ShutdownTimeout);
        builder.Services.AddSingleton(options.TimeProvider);
        builder.Services.AddSingleton(state);
        builder.Services.AddSingleton(state.Faults);
        builder.Services.AddSingleton(_ => new CardApi(state.Orders, state.Cards, state.Ledger, state.Callbacks, state.Merchants, state.Clock, SpecValidator.Load()));
        builder.Services.AddSingleton(sp => new HostedCardPage(state.Orders, state.Cards, state.Ledger, state.Billing, sp.GetRequiredService<CardApi>(), state.Clock));

        var app = builder.Build();
        app.UseStatusCodePages(NoOperationAsync);
        app.UseRouting();
        app.UseMiddleware<FaultMiddleware>();
        MapCardApi(app);
        ControlEndpoints.Map(app, state);

        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            state.Billing.Dispose();
            await app.DisposeAsync().ConfigureAwait(false);
            await state.Callbacks.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new SandboxHost(app, state, new Uri(address.TrimEnd('/') + "/"));
    }

    private static void MapCardApi(WebApplication app)
    {
        // Each operation's method and path come from the operation table (the spec); the sandbox only says how it answers.
        var answers = new Dictionary<FinpayOperation, Func<CardApi, HttpContext, string, Task<IResult>>>
        {
            [FinpayOperations.Initiate] = (api, c, _) => api.InitiateAsync(c),
            [FinpayOperations.Pay] = (api, c, _) => api.PayAsync(c),
            [FinpayOperations.CheckStatus] = (api, c, orderId) => api.CheckStatusAsync(c, orderId),
            [FinpayOperations.Cancel] = (api, c, orderId) => api.CancelAsync(c, orderId),
            [FinpayOperations.Void] = (api, c, orderId) => api.VoidAsync(c, orderId),
            [FinpayOperations.Refund] = (api, c, _) => api.RefundAsync(c),
            [FinpayOperations.DeleteCard] = (api, c, cardToken) => api.DeleteCardAsync(c, cardToken),
        };
        foreach (var operation in FinpayOperations.All)
        {
            if (!answers.TryGetValue(operation, out var answer))
                throw new InvalidOperationException($"The spec's operation '{operation.Id}' has no answer in the sandbox: add one to SandboxHost.MapCardApi.");
            var parameter = operation.PathParameters.Count == 0 ? null : operation.PathParameters[0].Name;
            app.MapMethods("/" + operation.PathTemplate, new[] { operation.Method.Method }, (HttpContext c, CardApi api) =>
                answer(api, c, parameter is null ? string.Empty : Convert.ToString(c.Request.RouteValues[parameter], System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty))
                .WithName(operation.Id);
        }

        app.MapGet(HostedCardPage.PathTemplate, (HttpContext c, string token, HostedCardPage page) => page.Show(c, token)).WithName("hostedPage");
        app.MapPost(HostedCardPage.PathTemplate, (HttpContext c, string token, HostedCardPage page) => page.SubmitAsync(c, token))
            .WithName("hostedPageSubmit").DisableAntiforgery();
    }

    // Unknown paths and methods (an empty 404 or 405 from routing) get Finpay's envelope like every other error.
    private static Task NoOperationAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        var error = FinpayError.NoOperation(http.Response.StatusCode, http.Request.Method, http.Request.PathBase + http.Request.Path);
        http.Response.ContentType = "application/json";
        return http.Response.WriteAsync(
            Newtonsoft.Json.JsonConvert.SerializeObject(new { responseCode = error.ResponseCode, responseMessage = error.Message }), http.RequestAborted);
    }

    /// <summary>
    /// Waits until <paramref name="cancellationToken"/> fires or the process is asked to stop (Ctrl+C, SIGTERM, SIGQUIT);
    /// disposing the host afterwards shuts it down gracefully.
    /// </summary>
    public async Task WaitForShutdownAsync(CancellationToken cancellationToken)
    {
        using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _app.Lifetime.ApplicationStopping);
        try
        {
            await Task.Delay(Timeout.Infinite, either.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>
    /// Stops gracefully: no new connections, requests in flight finish (up to <see cref="SandboxOptions.ShutdownTimeout"/>),
    /// then callbacks waiting for a retry are attempted once more at once (up to the same time again) before the rest is dropped.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        _state.Billing.Dispose();
        await _app.StopAsync().ConfigureAwait(false);
        await _state.Callbacks.DisposeAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override string ToString() => "Finpay sandbox at " + BaseAddress;
}
