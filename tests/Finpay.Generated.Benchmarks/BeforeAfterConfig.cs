using System;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace Finpay.Generated.Benchmarks;

/// <summary>
/// Two MediumRun jobs in one BenchmarkDotNet run: "before" builds this project against the packed SDK of an earlier commit
/// (FinpaySdkSource=Package), "after" against src/Finpay.Generated. Each job runs every benchmark, the unchanged baseline
/// included, so each ratio is against a baseline measured in the same job on the same machine at the same time.
/// </summary>
internal sealed class BeforeAfterConfig : ManualConfig
{
    public BeforeAfterConfig(string feed, string beforeVersion)
    {
        Add(DefaultConfig.Instance);
        AddJob(Job.MediumRun.WithId("before")
            .WithArguments(new[]
            {
                new MsBuildArgument("/p:FinpaySdkSource=Package"),
                new MsBuildArgument($"/p:FinpaySdkFeed={feed}"),
                new MsBuildArgument($"/p:FinpaySdkPackageVersion={beforeVersion}"),
            }));
        AddJob(Job.MediumRun.WithId("after").WithArguments(new[] { new MsBuildArgument("/p:FinpaySdkSource=Project") }));
        // Ratios per job: "before" against its own baseline rows, "after" against its own.
        WithOrderer(new BenchmarkDotNet.Order.DefaultOrderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared));
        AddLogicalGroupRules(BenchmarkLogicalGroupRule.ByJob, BenchmarkLogicalGroupRule.ByParams);
    }

    /// <summary>Reads <c>--before-after &lt;feed&gt; &lt;version&gt;</c> from the command line and removes it; null when absent.</summary>
    public static BeforeAfterConfig? FromArguments(ref string[] args)
    {
        var at = Array.IndexOf(args, "--before-after");
        if (at < 0) return null;
        if (at + 2 >= args.Length) throw new ArgumentException("--before-after needs the local feed and the package version of the 'before' SDK.");
        var config = new BeforeAfterConfig(System.IO.Path.GetFullPath(args[at + 1]), args[at + 2]);
        var rest = new string[args.Length - 3];
        Array.Copy(args, 0, rest, 0, at);
        Array.Copy(args, at + 3, rest, at, args.Length - at - 3);
        args = rest;
        return config;
    }
}
