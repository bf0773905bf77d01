using System;
using System.Diagnostics;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;

using Finpay.Testing.Fixtures;

namespace Finpay.Sandbox.Tests;

/// <summary>The sandbox as an operator runs it: <c>dotnet Finpay.Sandbox.dll --port 0</c>, a real process that gets real signals.</summary>
internal sealed class SandboxProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private SandboxProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public string Output
    {
        get
        {
            lock (_output) return _output.ToString();
        }
    }

    /// <summary>Starts <paramref name="assembly"/> (beside the tests) with <paramref name="arguments"/> and waits for "listening on URL".</summary>
    public static async Task<SandboxProcess> StartAsync(string assembly, params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, assembly));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        var process = Process.Start(start) ?? throw new InvalidOperationException("The sandbox process did not start.");
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (output) output.AppendLine(e.Data);
            var match = Regex.Match(e.Data, "listening on (http://127\\.0\\.0\\.1:\\d+/)");
            if (match.Success) listening.TrySetResult(new Uri(match.Groups[1].Value));
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null) lock (output) output.AppendLine(e.Data);
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        Task started;
        try
        {
            started = await Eventually.CompletesAsync(Task.WhenAny(listening.Task, process.WaitForExitAsync()), "the sandbox process to report its address");
        }
        catch (TimeoutException)
        {
            started = Task.CompletedTask;
        }

        if (started != listening.Task)
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            throw new InvalidOperationException("The sandbox process did not report its address: " + output);
        }

        var sandbox = new SandboxProcess(process, listening.Task.Result);
        lock (sandbox._output) sandbox._output.Append(output);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null) lock (sandbox._output) sandbox._output.AppendLine(e.Data);
        };
        return sandbox;
    }

    /// <summary>Sends SIGTERM, as a container stop or a CI job does.</summary>
    public void Terminate()
    {
        if (Kill(_process.Id, SigTerm) != 0) throw new InvalidOperationException("kill(SIGTERM) failed: errno " + Marshal.GetLastPInvokeError());
    }

    /// <summary>The exit code, once the process has exited (a hang fails after the polling helper's deadline).</summary>
    public async Task<int> WaitForExitAsync()
    {
        await Eventually.CompletesAsync(_process.WaitForExitAsync(), "the sandbox process to exit");
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }

    private const int SigTerm = 15;

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
