using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using System.Threading.Tasks;

using Finpay.Testing.Fixtures;

namespace Finpay.Generated.ContractTests.Prism;

/// <summary>
/// Stoplight Prism (pinned in package.json) as a validating proxy on 127.0.0.1: <c>prism proxy spec upstream --errors</c>.
/// Every request and response that passes through is checked against the spec by someone else's reading of OpenAPI; a
/// violation becomes a 422/500 problem answer and a log line, and <see cref="Violations"/> collects those lines.
/// </summary>
internal sealed class PrismProxy : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _log = new();

    private PrismProxy(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    /// <summary>Where the SDK should send its requests (ends with "/").</summary>
    public Uri Address { get; }

    /// <summary>Everything Prism logged so far.</summary>
    public IReadOnlyList<string> Log
    {
        get
        {
            lock (_log) return _log.ToList();
        }
    }

    /// <summary>Log lines that report a request or response violation (errors and warnings alike).</summary>
    public IReadOnlyList<string> Violations => Log.Where(l => l.Contains('✖') || l.Contains('⚠') || l.Contains("Violation", StringComparison.OrdinalIgnoreCase)).ToList();

    /// <summary>How many requests Prism forwarded to the upstream.</summary>
    public int Forwarded => Count(Log, "Forwarding");

    public static async Task<PrismProxy> StartAsync(string specFile, Uri upstream)
    {
        var cli = Path.Combine(RepositoryLayout.Root, "node_modules", "@stoplight", "prism-cli", "dist", "index.js");
        if (!File.Exists(cli))
            throw new InvalidOperationException($"Prism is not installed ({cli} is missing): run 'npm ci' at the repository root (./build.sh does).");

        var port = FreePort();
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryLayout.Root,
        };
        foreach (var argument in new[]
                 {
                     cli, "proxy", specFile, upstream.ToString().TrimEnd('/'), "--errors", "--host", "127.0.0.1", "--port",
                     port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                 })
            start.ArgumentList.Add(argument);
        start.Environment["NO_COLOR"] = "1";

        var process = Process.Start(start) ?? throw new InvalidOperationException("Prism did not start.");
        var proxy = new PrismProxy(process, new Uri($"http://127.0.0.1:{port}/"));
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Collect(object? sender, DataReceivedEventArgs e)
        {
            if (e.Data is null) return;
            var line = Regex.Replace(e.Data, "\u001b\\[[0-9;]*m", string.Empty);
            lock (proxy._log) proxy._log.Add(line);
            if (line.Contains("Prism is listening on", StringComparison.Ordinal)) listening.TrySetResult();
        }

        process.OutputDataReceived += Collect;
        process.ErrorDataReceived += Collect;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var ready = await Eventually.CompletesAsync(Task.WhenAny(listening.Task, process.WaitForExitAsync()), "Prism to listen");
        if (ready != listening.Task)
        {
            proxy.Dispose();
            throw new InvalidOperationException("Prism did not start listening:\n" + string.Join("\n", proxy.Log));
        }

        return proxy;
    }

    /// <summary>
    /// Waits until Prism has forwarded at least <paramref name="requests"/> requests and logged the upstream answer of every
    /// request it received, so its log is complete for them.
    /// </summary>
    public Task LoggedAsync(int requests) => Eventually.TrueAsync(() =>
    {
        var log = Log;
        return Count(log, "Forwarding") >= requests && Count(log, "Received forward response") >= Count(log, "Request received");
    }, $"Prism to log {requests} forwarded requests and their answers");

    private static int Count(IReadOnlyList<string> log, string text) => log.Count(l => l.Contains(text, StringComparison.Ordinal));

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
