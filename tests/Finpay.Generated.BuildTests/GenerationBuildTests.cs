using System.IO;
using Xunit;

namespace Finpay.Generated.BuildTests;

/// <summary>
/// One scratch project taken through the life of a spec: first build, no-op rebuild, a length change, a lint failure and an
/// unreadable file. A single test, because each step depends on the state the previous one left.
/// </summary>
public class GenerationBuildTests
{
    [Fact]
    public void The_build_lints_generates_skips_when_unchanged_regenerates_on_change_and_fails_with_file_and_line()
    {
        using var project = new ScratchProject();

        var first = project.Build();
        Assert.True(first.ExitCode == 0, first.Output);
        Assert.Contains("Finpay: generating", first.Output);
        // NSwag comes from the NuGet package NSwag.MSBuild, not from node_modules.
        Assert.True(first.Output.ToLowerInvariant().Contains($"nswag.msbuild/{ScratchProject.PinnedVersion("NSwag.MSBuild")}/tools/net100/dotnet-nswag.dll"), first.Output);
        Assert.DoesNotContain("node_modules/nswag", first.Output);
        Assert.Contains("[System.ComponentModel.DataAnnotations.StringLength(30, MinimumLength = 1)]", File.ReadAllText(project.GeneratedFile));

        var noOp = project.Build();
        Assert.True(noOp.ExitCode == 0, noOp.Output);
        Assert.Contains("NSwag skipped", noOp.Output);
        Assert.DoesNotContain("Finpay: generating", noOp.Output);

        // order.id's maxLength 30 -> 40: the generated attribute follows the spec.
        project.EditSpec("minLength: 1\n          maxLength: 30\n          pattern: '^[A-Za-z0-9_-]+$'\n        amount:",
                         "minLength: 1\n          maxLength: 40\n          pattern: '^[A-Za-z0-9_-]+$'\n        amount:");
        var changed = project.Build();
        Assert.True(changed.ExitCode == 0, changed.Output);
        Assert.Contains("Finpay: generating", changed.Output);
        Assert.Contains("[System.ComponentModel.DataAnnotations.StringLength(40, MinimumLength = 1)]", File.ReadAllText(project.GeneratedFile));

        // A request string without maxLength breaks the project's lint rule: the error names the file and the line.
        project.EditSpec("description: Merchant's local tax registration id.\n          minLength: 1\n          maxLength: 25",
                         "description: Merchant's local tax registration id.\n          minLength: 1");
        var lintFailure = project.Build();
        Assert.NotEqual(0, lintFailure.ExitCode);
        Assert.Matches(@"finpay-card\.yaml:\d+:\d+ error finpay-request-string-max-length", lintFailure.Output);

        // YAML that cannot be parsed: the tool's own message, with file and line.
        File.AppendAllText(project.SpecFile, "broken: [unclosed\n");
        var unreadable = project.Build();
        Assert.NotEqual(0, unreadable.ExitCode);
        Assert.Matches(@"finpay-card\.yaml:\d+:\d+ error", unreadable.Output);
    }

    [Fact]
    public void A_project_that_does_not_reference_NSwag_MSBuild_gets_an_error_that_says_so()
    {
        using var project = new ScratchProject(referenceNSwag: false);

        var build = project.Build();

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("Finpay: NSwag.MSBuild is not restored for Scratch.csproj", build.Output);
    }

    [Fact]
    public void An_absolute_intermediate_output_path_is_honoured_as_benchmark_runners_set_it()
    {
        using var project = new ScratchProject();
        var intermediate = System.IO.Path.Combine(project.Folder, "elsewhere", "obj") + "/";

        var build = project.Build("-p:IntermediateOutputPath=" + intermediate);

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.True(File.Exists(System.IO.Path.Combine(intermediate, "FinpayCardClient.g.cs")), build.Output);
    }
}
