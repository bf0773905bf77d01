using System;
using System.CommandLine;
using System.Threading;
using System.Threading.Tasks;
using Finpay.Cli.Commands;

namespace Finpay.Cli;

/// <summary>
/// The <c>finpay</c> command. Exit codes: 0 success, 1 failure (a demo step failed, a callback is invalid), 2 usage error.
/// </summary>
public static class FinpayCli
{
    /// <summary>The exit code for a usage error (unknown command, missing or malformed option).</summary>
    public const int UsageError = 2;

    /// <summary>Parses <paramref name="args"/> and runs the command.</summary>
    public static async Task<int> RunAsync(string[] args, CliIO io, CancellationToken cancellationToken = default)
    {
        var root = new RootCommand("Finpay card API tools: a local sandbox, an end-to-end demo of the SDK, callback signatures.")
        {
            DemoCommand.Create(io),
            SandboxCommand.Create(io),
            CallbackCommand.Create(io),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) await io.Error.WriteLineAsync(error.Message);
            await io.Error.WriteLineAsync("Run 'finpay --help' for usage.");
            return UsageError;
        }

        // On Ctrl+C or SIGTERM the running command is cancelled and gets this long to finish; the sandbox needs up to twice
        // SandboxOptions.ShutdownTimeout (requests in flight, then callbacks), within the 5 s a container stop allows.
        var invocation = new InvocationConfiguration { Output = io.Out, Error = io.Error, ProcessTerminationTimeout = TimeSpan.FromSeconds(4.5) };
        return await parsed.InvokeAsync(invocation, cancellationToken);
    }
}
