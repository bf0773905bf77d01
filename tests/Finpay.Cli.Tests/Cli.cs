using System.IO;
using System.Threading.Tasks;

namespace Finpay.Cli.Tests;

/// <summary>Runs the finpay command in-process with the given stdin; returns exit code, stdout and stderr.</summary>
internal static class Cli
{
    public static async Task<(int Exit, string Out, string Error)> RunAsync(string stdin, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await FinpayCli.RunAsync(args, new CliIO(new StringReader(stdin), output, error, interactive: false));
        return (exit, output.ToString(), error.ToString());
    }
}
