using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Finpay.Generated.AspNetCore.Redis;
using Finpay.Generated.DependencyInjection;
using Finpay.Sandbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Finpay.Generated.AspNetCore.Tests.Infrastructure;

/// <summary>
/// A merchant's ASP.NET Core app on real Kestrel (127.0.0.1, free port), set up as the README says: AddFinpay pointed at the
/// sandbox, AddFinpayCallbacks with the recording handler, MapFinpayCallbacks("/finpay/callback"). Its logs go to a
/// FakeLogger collector.
/// </summary>
internal sealed class MerchantApp : IAsyncDisposable
{
    public const string CallbackPath = "/finpay/callback";

    private static readonly HttpClient Http = new(new SocketsHttpHandler { UseProxy = false });

    private readonly WebApplication _app;

    private MerchantApp(WebApplication app, Uri root)
    {
        _app = app;
        Root = root;
    }

    public Uri Root { get; }

    public Uri CallbackUrl => new(Root, CallbackPath);

    public FakeLogCollector Logs => _app.Services.GetFakeLogCollector();

    public IServiceProvider Services => _app.Services;

    /// <summary>The endpoint's log lines, oldest first.</summary>
    public IReadOnlyList<FakeLogRecord> CallbackLog => Logs.GetSnapshot().Where(r => r.Category == "Finpay.Generated.Callbacks").ToList();

    public static async Task<MerchantApp> StartAsync(
        SandboxHost? sandbox,
        HandledEvents events,
        string? redis = null,
        Action<FinpayCallbackOptions>? callbacks = null,
        Action<IServiceCollection>? services = null,
        Action<IEndpointRouteBuilder>? map = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Debug);
        builder.Services.AddFakeLogging();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Services.AddSingleton(events);
        if (sandbox is not null)
        {
            builder.Services.AddFinpay(o =>
            {
                o.MerchantId = sandbox.MerchantId;
                o.MerchantKey = sandbox.MerchantKey;
                o.BaseUrl = sandbox.BaseAddress;
                o.MaxRetries = 0;
            });
        }

        builder.Services.AddFinpayCallbacks<RecordingHandler>(callbacks);
        if (redis is not null) builder.Services.AddFinpayRedisCallbackClaims(redis);
        services?.Invoke(builder.Services);

        var app = builder.Build();
        if (map is null) app.MapFinpayCallbacks(CallbackPath);
        else map(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new MerchantApp(app, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <summary>POSTs a body to the callback endpoint (or another path) as Finpay would.</summary>
    public async Task<(HttpStatusCode Status, string Body)> PostAsync(string body, string path = CallbackPath)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await Http.PostAsync(new Uri(Root, path.TrimStart('/')), content);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
