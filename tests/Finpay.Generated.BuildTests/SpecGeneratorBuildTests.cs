using System.IO;
using Xunit;

namespace Finpay.Generated.BuildTests;

/// <summary>
/// The spec generator inside a real <c>dotnet build</c>: the compiler loads it together with YamlDotNet from the generator's
/// project reference, and a malformed extension fails the build with the spec's file, line and column.
/// </summary>
public class SpecGeneratorBuildTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: { title: Scratch, version: '1' }
        paths:
          /a/{id}:
            get:
              operationId: first
              x-finpay-changes-state: yes
              parameters:
                - { name: id, in: path, required: true, x-finpay-secret: true, schema: { type: string, maxLength: 9 } }

        """;

    [Fact]
    public void A_malformed_extension_fails_the_build_with_file_and_line_and_a_fixed_one_builds_the_table()
    {
        using var project = new ScratchProject();
        File.WriteAllText(Path.Combine(project.Folder, "Scratch.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                {ScratchProject.SpecGeneratorItems("finpay-card.yaml")}
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(project.Folder, "Probe.cs"),
            "namespace Finpay.Generated.Operations; internal static class Probe { public static bool Secret => FinpayOperations.First.PathParameters[0].IsSecret; }\n");
        File.WriteAllText(project.SpecFile, Spec);

        var malformed = project.Build();
        Assert.True(malformed.ExitCode != 0, malformed.Output);
        Assert.Contains("finpay-card.yaml(7,31): error FINPAYSPEC002: finpay-card.yaml: paths['/a/{id}'].get.x-finpay-changes-state must be true or false; found 'yes'.",
            malformed.Output.Replace("\r", string.Empty));
        Assert.DoesNotContain("CS8784", malformed.Output); // the generator (or YamlDotNet) failed to load

        project.EditSpec("x-finpay-changes-state: yes", "x-finpay-changes-state: true");
        var fixedBuild = project.Build();
        Assert.True(fixedBuild.ExitCode == 0, fixedBuild.Output);
    }
}
