using System;
using System.Threading;
using System.Threading.Tasks;

namespace Finpay.Sandbox;

/// <summary>Runs the sandbox as a process: <c>dotnet run --project src/Finpay.Sandbox -- [--port 5080] [--merchant ID:KEY]... [--shutdown-timeout 2]</c>.</summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    public static async Task<int> Main(string[] args)
    {
        var options = new SandboxOptions { Port = 5080 };
        var customMerchants = false;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--port" && i + 1 < args.Length && int.TryParse(args[++i], out var port))
            {
                options.Port = port;
            }
            else if (args[i] == "--shutdown-timeout" && i + 1 < args.Length && int.TryParse(args[++i], out var seconds) && seconds >= 0)
            {
                options.ShutdownTimeout = TimeSpan.FromSeconds(seconds);
            }
            else if (args[i] == "--merchant" && i + 1 < args.Length && args[++i].Split(':', 2) is [var id, var key] && id.Length > 0 && key.Length > 0)
            {
                if (!customMerchants) options.Merchants.Clear();
                customMerchants = true;
                options.Merchants[id] = key;
            }
            else
            {
                await Console.Error.WriteLineAsync("usage: Finpay.Sandbox [--port N] [--merchant ID:KEY]... [--shutdown-timeout SECONDS]");
                return 2;
            }
        }

        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        await using var host = await SandboxHost.StartAsync(options, stop.Token);
        Console.WriteLine($"Finpay sandbox listening on {host.BaseAddress} (merchants: {string.Join(", ", options.Merchants.Keys)}). Ctrl+C or SIGTERM stops it.");
        await host.WaitForShutdownAsync(stop.Token);
        return 0;
    }
}
