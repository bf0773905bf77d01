using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Finpay.Generated.AspNetCore.Tests.Infrastructure;

/// <summary>
/// A load balancer in front of several app instances, on real Kestrel: each POST goes to the next instance in turn, and
/// the instance's answer goes back unchanged. It keeps every body it forwarded, so a test can replay what Finpay sent.
/// </summary>
internal sealed class RoundRobinBalancer : IAsyncDisposable
{
    private static readonly HttpClient Http = new(new SocketsHttpHandler { UseProxy = false });

    private readonly WebApplication _app;
    private readonly Uri[] _backends;
    private readonly List<(Uri Backend, string Body, int Status)> _forwarded = new();
    private readonly List<string> _received = new();
    private int _next = -1;

    private RoundRobinBalancer(WebApplication app, Uri[] backends)
    {
        _app = app;
        _backends = backends;
    }

    public Uri Url { get; private set; } = null!;

    public IReadOnlyList<(Uri Backend, string Body, int Status)> Forwarded
    {
        get
        {
            lock (_forwarded) return _forwarded.ToList();
        }
    }

    /// <summary>While set, every body is kept and answered 503 without reaching an instance (the instances are unreachable).</summary>
    public bool Unreachable { get; set; }

    /// <summary>Every body that arrived, in order, forwarded or not.</summary>
    public IReadOnlyList<string> Received
    {
        get
        {
            lock (_received) return _received.ToList();
        }
    }

    public static async Task<RoundRobinBalancer> StartAsync(params Uri[] backends)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var balancer = new RoundRobinBalancer(app, backends);
        app.MapPost("/{**path}", balancer.ForwardAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        balancer.Url = new Uri(address.TrimEnd('/') + MerchantApp.CallbackPath);
        return balancer;
    }

    private async Task ForwardAsync(HttpContext context)
    {
        var body = await new StreamReader(context.Request.Body, Encoding.UTF8).ReadToEndAsync();
        lock (_received) _received.Add(body);
        if (Unreachable)
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        var backend = _backends[(int)((uint)Interlocked.Increment(ref _next) % (uint)_backends.Length)];
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await Http.PostAsync(new Uri(backend, context.Request.Path.Value!.TrimStart('/')), content);
        lock (_forwarded) _forwarded.Add((backend, body, (int)response.StatusCode));
        context.Response.StatusCode = (int)response.StatusCode;
        await context.Response.WriteAsync(await response.Content.ReadAsStringAsync());
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
