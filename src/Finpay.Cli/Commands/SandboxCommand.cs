using System;
using System.CommandLine;
using System.Threading;
using System.Threading.Tasks;
using Finpay.Sandbox;

namespace Finpay.Cli.Commands;

/// <summary><c>finpay sandbox</c>: runs the local Finpay simulator until Ctrl+C or SIGTERM, then stops gracefully.</summary>
internal static class SandboxCommand
{
    public static Command Create(CliIO io)
    {
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1 (0 picks a free one).", DefaultValueFactory = _ => 5080 };
        var merchantId = new Option<string?>("--merchant-id") { Description = "Test merchant id (default FINPAY770)." };
        var merchantKey = new Option<string?>("--merchant-key") { Description = "Test merchant key (default: see README)." };
        var shutdownTimeout = new Option<int?>("--shutdown-timeout")
        {
            Description = "Seconds that requests and callbacks in flight get to finish after Ctrl+C or SIGTERM (default 2).",
        };
        var command = new Command("sandbox", "Run the local Finpay sandbox (card API, hosted card page, callbacks, /_sandbox control endpoints).")
        {
            port, merchantId, merchantKey, shutdownTimeout,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new SandboxOptions { Port = parse.GetValue(port) };
            if (parse.GetValue(shutdownTimeout) is { } seconds) options.ShutdownTimeout = TimeSpan.FromSeconds(seconds);
            if (parse.GetValue(merchantId) is { } id)
            {
                options.Merchants.Clear();
                options.Merchants[id] = parse.GetValue(merchantKey) ?? SandboxOptions.DefaultMerchantKey;
            }
            else if (parse.GetValue(merchantKey) is { } key)
            {
                options.Merchants[SandboxOptions.DefaultMerchantId] = key;
            }

            await using var host = await SandboxHost.StartAsync(options, cancellationToken);
            await io.Out.WriteLineAsync($"Finpay sandbox listening on {host.BaseAddress} (merchant {host.MerchantId}). Ctrl+C or SIGTERM stops it.");
            await io.Out.FlushAsync(cancellationToken);
            await host.WaitForShutdownAsync(cancellationToken);
            return 0;
        });
        return command;
    }
}
