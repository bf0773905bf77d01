using System;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;

using Finpay.Testing.Fixtures;

namespace Finpay.Generated.AspNetCore.Tests.Infrastructure;

/// <summary>
/// A real redis-server (Debian's package) on 127.0.0.1 and a free port, with its own temporary folder and no persistence;
/// stopped and removed on dispose. <c>./build.sh</c> installs the package when it is missing.
/// </summary>
internal sealed class RedisServer : IAsyncDisposable
{
    private readonly string _directory;
    private Process? _process;

    private readonly string? _password;

    private RedisServer(int port, string directory, string? password)
    {
        Port = port;
        _directory = directory;
        _password = password;
    }

    public int Port { get; }

    /// <summary>The StackExchange.Redis configuration string for this server.</summary>
    public string Configuration => "127.0.0.1:" + Port.ToString(System.Globalization.CultureInfo.InvariantCulture) +
                                   (_password is null ? "" : ",password=" + _password);

    /// <summary>Starts a server on <paramref name="port"/> (a free one when null) and waits until it answers PING.</summary>
    public static async Task<RedisServer> StartAsync(int? port = null, string? password = null)
    {
        var server = new RedisServer(port ?? FreePort(), Directory.CreateTempSubdirectory("finpay-redis-").FullName, password);
        await server.StartAgainAsync();
        return server;
    }

    /// <summary>A port nothing listens on (for "Redis is down").</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async Task StartAgainAsync()
    {
        var executable = new[] { "/usr/bin/redis-server", "/usr/local/bin/redis-server" }.FirstOrDefaultExisting()
            ?? throw new InvalidOperationException("redis-server is not installed: run ./build.sh, or apt-get install -y redis-server.");
        var start = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _directory,
        };
        foreach (var argument in new[] { "--bind", "127.0.0.1", "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                     "--dir", _directory, "--save", "", "--appendonly", "no", "--protected-mode", "yes", "--daemonize", "no" })
            start.ArgumentList.Add(argument);
        if (_password is not null)
        {
            start.ArgumentList.Add("--requirepass");
            start.ArgumentList.Add(_password);
        }

        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start.");
        // redis-server says when it accepts connections; waiting for that line is waiting for the event itself.
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data?.Contains("Ready to accept connections", StringComparison.Ordinal) == true) ready.TrySetResult();
        };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var first = await Eventually.CompletesAsync(Task.WhenAny(ready.Task, _process.WaitForExitAsync()), $"redis-server to accept connections on port {Port}");
        if (first != ready.Task) throw new InvalidOperationException($"redis-server exited with code {_process.ExitCode} on port {Port}.");
    }

    /// <summary>Stops the server (Redis is down until <see cref="StartAgainAsync"/>).</summary>
    public async Task StopAsync()
    {
        if (_process is null) return;
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

internal static class PathChoices
{
    public static string? FirstOrDefaultExisting(this string[] paths)
    {
        foreach (var path in paths)
        {
            if (File.Exists(path)) return path;
        }

        return null;
    }
}
