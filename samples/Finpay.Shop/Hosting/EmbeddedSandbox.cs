using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Finpay.Sandbox;
using Microsoft.Extensions.Hosting;

namespace Finpay.Shop.Hosting;

/// <summary>
/// The local Finpay sandbox the shop talks to when no merchant credentials are configured: started on 127.0.0.1 before the
/// shop, stopped with it.
/// </summary>
internal sealed class EmbeddedSandbox : IHostedService
{
    private readonly SandboxHost _sandbox;

    private EmbeddedSandbox(SandboxHost sandbox) => _sandbox = sandbox;

    /// <summary>The running sandbox.</summary>
    public SandboxHost Host => _sandbox;

    /// <summary>Starts a sandbox on a free port.</summary>
    public static async Task<EmbeddedSandbox> LaunchAsync(CancellationToken cancellationToken) =>
        new(await SandboxHost.StartAsync(new SandboxOptions(), cancellationToken).ConfigureAwait(false));

    /// <summary>The Finpay settings that point the SDK at this sandbox, as configuration keys.</summary>
    public IEnumerable<KeyValuePair<string, string?>> FinpaySettings() => new Dictionary<string, string?>
    {
        ["Finpay:MerchantId"] = _sandbox.MerchantId,
        ["Finpay:MerchantKey"] = _sandbox.MerchantKey,
        ["Finpay:BaseUrl"] = _sandbox.BaseAddress.ToString(),
        ["Finpay:Environment"] = "Development",
    };

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken) => await _sandbox.DisposeAsync().ConfigureAwait(false);
}
