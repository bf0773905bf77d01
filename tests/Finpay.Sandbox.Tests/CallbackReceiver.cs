using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Finpay.Sandbox.Tests;

/// <summary>A merchant's callback endpoint on 127.0.0.1: records every body; can refuse the first N with a 500.</summary>
internal sealed class CallbackReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<string> _bodies = new();
    private readonly List<string> _clientIds = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private int _refuseFirst;
    private int _read;

    private CallbackReceiver(WebApplication app) => _app = app;

    public Uri Url { get; private set; } = null!;

    public int Requests { get; private set; }

    public static Task<CallbackReceiver> StartAsync(int refuseFirst = 0) => StartAsync(refuseFirst, answer: null);

    /// <summary>A merchant that answers every callback with <paramref name="answer"/> (e.g. plain text with 201), counting each as received.</summary>
    public static Task<CallbackReceiver> AnsweringAsync(IResult answer) => StartAsync(0, answer);

    private static async Task<CallbackReceiver> StartAsync(int refuseFirst, IResult? answer)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var receiver = new CallbackReceiver(app) { _refuseFirst = refuseFirst };
        app.MapPost("/finpay/callback", async (HttpContext context) =>
        {
            var body = await new StreamReader(context.Request.Body).ReadToEndAsync();
            lock (receiver._bodies)
            {
                receiver.Requests++;
                receiver._clientIds.Add(context.Request.Headers["client-id"].ToString());
                if (receiver.Requests <= receiver._refuseFirst) return Results.StatusCode(500);
                receiver._bodies.Add(body);
            }

            receiver._arrived.Release();
            return answer ?? Results.Text("{\"responseCode\":\"2000000\",\"responseMessage\":\"Success\"}", "application/json");
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.Url = new Uri(address.TrimEnd('/') + "/finpay/callback");
        return receiver;
    }

    /// <summary>Waits for the next accepted callback body; the timeout only guards against a hang.</summary>
    public async Task<string> NextAsync()
    {
        if (!await _arrived.WaitAsync(TimeSpan.FromSeconds(20))) throw new TimeoutException("No callback arrived within 20 seconds.");
        lock (_bodies) return _bodies[_read++];
    }

    /// <summary>The <c>client-id</c> header of every request, in order ("" when absent).</summary>
    public IReadOnlyList<string> ClientIds
    {
        get
        {
            lock (_bodies) return _clientIds.ToList();
        }
    }

    public IReadOnlyList<string> Bodies
    {
        get
        {
            lock (_bodies) return _bodies.ToList();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _arrived.Dispose();
    }
}
