using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml.Linq;

namespace Finpay.Generated.BuildTests;

/// <summary>
/// A throwaway project in a temp folder that imports the repository's generator targets with its own copy of the spec, so the
/// build's behaviour (lint, generation, incrementality) is tested with the real dotnet build, NSwag and Spectral.
/// </summary>
internal sealed class ScratchProject : IDisposable
{
    public ScratchProject(bool referenceNSwag = true)
    {
        var nswag = referenceNSwag
            ? $"<PackageReference Include=\"NSwag.MSBuild\" Version=\"{PinnedVersion("NSwag.MSBuild")}\" PrivateAssets=\"all\" IncludeAssets=\"build; buildtransitive; buildMultitargeting\" />"
            : "";
        Directory.CreateDirectory(Folder);
        File.Copy(Path.Combine(RepoRoot, "spec", "finpay-card.yaml"), SpecFile);
        File.WriteAllText(Path.Combine(Folder, "Scratch.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <NoWarn>CS1591</NoWarn>
                <FinpayRepoRoot>{RepoRoot}/</FinpayRepoRoot>
                <FinpaySpecFile>{SpecFile}</FinpaySpecFile>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Newtonsoft.Json" Version="{PinnedVersion("Newtonsoft.Json")}" />
                {nswag}
              </ItemGroup>
              <!-- The DTOs' open-set properties are the SDK's structs, which the spec generator makes from the same spec; the
                   rules on them and on amounts are the SDK's WireLength and WirePattern. -->
              <ItemGroup>
                {SpecGeneratorItems(SpecFile)}
                <Compile Include="{RepoRoot}/src/Finpay.Generated/Values/ExtensibleValueJsonConverter.cs" />
                <Compile Include="{RepoRoot}/src/Finpay.Generated/Validation/Wire*.cs;{RepoRoot}/src/Finpay.Generated/Validation/StringPattern.cs;{RepoRoot}/src/Finpay.Generated/Validation/JsonSchemaPattern.cs;{RepoRoot}/src/Finpay.Generated/Serialization/AmountText.cs" />
              </ItemGroup>
              <Import Project="{RepoRoot}/generator/Finpay.NSwag.targets" />
            </Project>
            """);
        // Keep the scratch project out of the repository's Directory.Build.props and central package management.
        File.WriteAllText(Path.Combine(Folder, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(Folder, "Directory.Packages.props"), "<Project />");
    }

    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>
    /// MSBuild items that run the repository's spec generator on <paramref name="spec"/>, with the SDK's operation types its
    /// table is made of.
    /// </summary>
    public static string SpecGeneratorItems(string spec) => $"""
        <ProjectReference Include="{RepoRoot}/generator/Finpay.Generated.SpecGenerator/Finpay.Generated.SpecGenerator.csproj"
                          OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
        <AdditionalFiles Include="{spec}" />
        <Compile Include="{RepoRoot}/src/Finpay.Generated/Operations/FinpayOperation.cs;{RepoRoot}/src/Finpay.Generated/Operations/FinpayPathParameter.cs" />
        """;

    /// <summary>The version Directory.Packages.props pins, so the scratch project builds with the repository's own tools.</summary>
    public static string PinnedVersion(string package) =>
        XDocument.Load(Path.Combine(RepoRoot, "Directory.Packages.props"))
            .Descendants("PackageVersion")
            .Single(p => (string?)p.Attribute("Include") == package)
            .Attribute("Version")!.Value;

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "finpay-build-" + Guid.NewGuid().ToString("N"));

    public string SpecFile => Path.Combine(Folder, "finpay-card.yaml");

    public string GeneratedFile => Path.Combine(Folder, "obj", "Debug", "net10.0", "FinpayCardClient.g.cs");

    public void EditSpec(string find, string replace)
    {
        var text = File.ReadAllText(SpecFile);
        if (!text.Contains(find, StringComparison.Ordinal)) throw new InvalidOperationException("Not in the spec: " + find);
        var index = text.IndexOf(find, StringComparison.Ordinal);
        File.WriteAllText(SpecFile, text[..index] + replace + text[(index + find.Length)..]);
    }

    public (int ExitCode, string Output) Build(string extraArguments = "")
    {
        var start = new ProcessStartInfo("dotnet", "build -nologo -v:minimal -p:UseSharedCompilation=false " + extraArguments)
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(180_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("dotnet build did not finish in 3 minutes:\n" + output);
        }

        process.WaitForExit();
        return (process.ExitCode, output.ToString());
    }

    public void Dispose()
    {
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "global.json"))) return dir.FullName;
        }

        throw new InvalidOperationException("The repository root (global.json) was not found above " + AppContext.BaseDirectory);
    }
}
