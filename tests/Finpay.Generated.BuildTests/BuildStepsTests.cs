using System;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using Xunit;

namespace Finpay.Generated.BuildTests;

/// <summary>The build's own steps (generator/Finpay.BuildSteps) as build.cake runs them, on files made here.</summary>
public sealed class BuildStepsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("finpay-build-steps-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    [Fact]
    public void The_test_summary_sums_every_trx_file_into_one_closing_line_and_fails_on_a_failed_test()
    {
        WriteTrx("a/one.trx", total: 5, executed: 4, passed: 4, failed: 0);
        WriteTrx("b/two.trx", total: 3, executed: 3, passed: 2, failed: 1);

        var (exit, output) = Run("test-summary", _folder);

        Assert.Equal(1, exit);
        Assert.Contains("6 passed, 1 failed, 1 skipped", output);
        Assert.Equal("6 passed, 1 failed, 1 skipped\n", File.ReadAllText(Path.Combine(_folder, "summary.txt")));
    }

    [Fact]
    public void The_test_summary_of_a_run_where_no_test_ran_fails()
    {
        var (exit, output) = Run("test-summary", _folder);

        Assert.Equal(1, exit);
        Assert.Contains("0 passed, 0 failed, 0 skipped", output);
    }

    [Fact]
    public void The_test_summary_with_a_prefix_counts_only_those_files_and_passes_when_all_passed()
    {
        WriteTrx("Provider_1.trx", total: 2, executed: 2, passed: 2, failed: 0);
        WriteTrx("Consumer_1.trx", total: 2, executed: 2, passed: 1, failed: 1);

        var (exit, output) = Run("test-summary", _folder, "Provider");

        Assert.Equal(0, exit);
        Assert.Contains("2 passed, 0 failed, 0 skipped", output);
        Assert.False(File.Exists(Path.Combine(_folder, "summary.txt")));
    }

    [Fact]
    public void A_produced_pact_is_compared_normalised_and_a_changed_one_is_reported_as_drift_until_accepted()
    {
        var produced = Directory.CreateDirectory(Path.Combine(_folder, "produced")).FullName;
        var committed = Directory.CreateDirectory(Path.Combine(_folder, "committed")).FullName;
        const string pact = """{"consumer":{"name":"C"},"interactions":[{"description":"b"},{"description":"a"}],"metadata":{"pactRust":{"ffi":"0.5.8"},"pactSpecification":{"version":"4.0"}}}""";
        File.WriteAllText(Path.Combine(produced, "C-P.json"), pact);

        var (newExit, newOutput) = Run("pact-drift", produced, committed);
        Assert.Equal(1, newExit);
        Assert.Contains("pacts/C-P.json is new", newOutput);

        var (acceptExit, _) = Run(accept: true, "pact-drift", produced, committed);
        Assert.Equal(0, acceptExit);
        var accepted = File.ReadAllText(Path.Combine(committed, "C-P.json"));
        Assert.DoesNotContain("pactRust", accepted);
        Assert.True(accepted.IndexOf("\"a\"", StringComparison.Ordinal) < accepted.IndexOf("\"b\"", StringComparison.Ordinal), accepted);

        Assert.Equal(0, Run("pact-drift", produced, committed).ExitCode);
        File.WriteAllText(Path.Combine(produced, "C-P.json"), pact.Replace("\"b\"", "\"c\"", StringComparison.Ordinal));
        var (driftExit, driftOutput) = Run("pact-drift", produced, committed);
        Assert.Equal(1, driftExit);
        Assert.Contains("pacts/C-P.json drifted", driftOutput);
        Assert.Contains("+ produced", driftOutput);
    }

    [Fact]
    public void A_package_without_its_xml_docs_or_symbols_fails_the_package_check_naming_what_is_missing()
    {
        const string version = "9.9.9";
        foreach (var id in new[] { "Finpay.Generated", "Finpay.Generated.AspNetCore", "Finpay.Generated.AspNetCore.Redis" })
        {
            using var zip = ZipFile.Open(Path.Combine(_folder, $"{id}.{version}.nupkg"), ZipArchiveMode.Create);
            zip.CreateEntry("README.md");
            zip.CreateEntry($"lib/net10.0/{id}.dll");
            using var nuspec = new StreamWriter(zip.CreateEntry($"{id}.nuspec").Open());
            nuspec.Write("<package />");
        }

        var (exit, output) = Run("check-packages", _folder, version);

        Assert.Equal(1, exit);
        Assert.Contains("Finpay.Generated.9.9.9.nupkg lacks lib/netstandard2.0/Finpay.Generated.dll", output);
        Assert.Contains("lib/net10.0/Finpay.Generated.xml", output);
        Assert.Contains("The symbols package of Finpay.Generated.AspNetCore.Redis was not produced.", output);
        Assert.Contains("Finpay.Generated.AspNetCore.nuspec lacks <dependency id=\"Finpay.Generated\"", output);
    }

    private void WriteTrx(string name, int total, int executed, int passed, int failed)
    {
        var path = Path.Combine(_folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <TestRun xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">
              <ResultSummary outcome="Completed">
                <Counters total="{total}" executed="{executed}" passed="{passed}" failed="{failed}" error="0" timeout="0" aborted="0" notExecuted="0" />
              </ResultSummary>
            </TestRun>
            """);
    }

    private static (int ExitCode, string Output) Run(params string[] arguments) => Run(accept: false, arguments);

    private static (int ExitCode, string Output) Run(bool accept, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Finpay.BuildSteps.dll"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["FINPAY_ACCEPT_PACTS"] = accept ? "1" : "";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result + errors.Result);
    }
}
