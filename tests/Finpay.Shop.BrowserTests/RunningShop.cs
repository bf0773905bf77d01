using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Finpay.Shop.BrowserTests;

/// <summary>
/// The sample shop as `dotnet run` starts it, with its embedded Finpay sandbox, on a free port of 127.0.0.1 (real Kestrel
/// for both). Disposing it stops the shop and the sandbox.
/// </summary>
internal sealed class RunningShop : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RunningShop(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>The shop's home page.</summary>
    public Uri Address { get; }

    /// <summary>The Finpay sandbox the shop talks to.</summary>
    public Finpay.Sandbox.SandboxHost Sandbox => _app.Services.GetRequiredService<Hosting.EmbeddedSandbox>().Host;

    public static async Task<RunningShop> StartAsync()
    {
        var app = await ShopApplication.BuildAsync(new[]
        {
            "--urls", "http://127.0.0.1:0",
            "--Logging:LogLevel:Default", "Warning",
            "--Logging:LogLevel:Finpay.Shop", "Information",
        });
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RunningShop(app, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
