using BenchmarkDotNet.Running;

namespace Finpay.Generated.Benchmarks;

/// <summary>
/// Runs the benchmarks chosen on the command line, e.g. <c>--filter '*Serialization*'</c>. With
/// <c>--before-after &lt;feed&gt; &lt;version&gt;</c> every chosen benchmark runs twice in one run: against that packed SDK
/// and against the current source (see <see cref="BeforeAfterConfig"/>).
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (Soak.TryRun(args)) return;
        var beforeAfter = BeforeAfterConfig.FromArguments(ref args);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, beforeAfter);
    }
}
