using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

/// <summary>
/// The two processes the consumer check runs against, each on 127.0.0.1 and stopped (with its files) when disposed: the
/// installed <c>finpay</c> tool's sandbox, and a redis-server of its own.
/// </summary>
internal sealed class ChildProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string? _directory;

    private ChildProcess(Process process, string address, string? directory)
    {
        _process = process;
        _directory = directory;
        Address = address;
    }

    /// <summary>The sandbox's base URL, or Redis's <c>host:port</c>.</summary>
    public string Address { get; }

    /// <summary>Starts <c>finpay sandbox --port 0</c> and waits for the line that names its address.</summary>
    public static async Task<ChildProcess> StartSandboxAsync(string finpay)
    {
        var process = Process.Start(new ProcessStartInfo(finpay, "sandbox --port 0") { RedirectStandardOutput = true, UseShellExecute = false })
            ?? throw new InvalidOperationException("finpay sandbox did not start.");
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var line = await process.StandardOutput.ReadLineAsync(deadline.Token);
        const string marker = "listening on ";
        if (line is null || !line.Contains(marker, StringComparison.Ordinal))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"finpay sandbox did not report its address; it said: {line}");
        }

        var url = line[(line.IndexOf(marker, StringComparison.Ordinal) + marker.Length)..].Split(' ')[0];
        Console.WriteLine($"finpay sandbox (installed tool) listening on {url}");
        return new ChildProcess(process, url, null);
    }

    /// <summary>Starts redis-server on a free loopback port with no persistence, and waits until it accepts a connection.</summary>
    public static async Task<ChildProcess> StartRedisAsync(string executable)
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var directory = Directory.CreateTempSubdirectory("finpay-redis-").FullName;
        var process = Process.Start(new ProcessStartInfo(executable,
            $"--bind 127.0.0.1 --port {port} --dir {directory} --save \"\" --appendonly no --daemonize no") { RedirectStandardOutput = true, UseShellExecute = false })
            ?? throw new InvalidOperationException("redis-server did not start.");
        // redis-server says when it is ready; that line is the event to wait for.
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, line) =>
        {
            if (line.Data?.Contains("Ready to accept connections", StringComparison.Ordinal) == true) ready.TrySetResult();
        };
        process.Exited += (_, _) => ready.TrySetException(new InvalidOperationException("redis-server exited before it was ready."));
        process.EnableRaisingEvents = true;
        process.BeginOutputReadLine();
        var child = new ChildProcess(process, "127.0.0.1:" + port, directory);
        try
        {
            await ready.Task.WaitAsync(TimeSpan.FromSeconds(60));
        }
        catch (Exception)
        {
            await child.DisposeAsync();
            throw;
        }

        Console.WriteLine($"redis-server listening on {child.Address}");
        return child;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        if (_directory is not null)
        {
            try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
        }
    }
}
