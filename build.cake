// Finpay.Generated build: regenerates, lints, builds and verifies everything. `Default` is exactly what CI runs.
// Run: dotnet tool restore && dotnet cake   (a single target: dotnet cake --target=Build)
#nullable enable
using System.Xml.Linq;

var target = Argument("target", "Default");
var configuration = Argument("configuration", "Release");
var root = MakeAbsolute(Directory("."));
var solution = root.CombineWithFilePath("Finpay.Generated.sln");
var testResults = root.Combine("artifacts/test-results");

int Run(string tool, string arguments, DirectoryPath? workingDirectory = null)
{
    Information($"> {tool} {arguments}");
    return StartProcess(tool, new ProcessSettings { Arguments = arguments, WorkingDirectory = workingDirectory ?? root });
}

void RunOrFail(string tool, string arguments, DirectoryPath? workingDirectory = null)
{
    var exit = Run(tool, arguments, workingDirectory);
    if (exit != 0) throw new CakeException($"'{tool} {arguments}' failed with exit code {exit}.");
}

Task("NpmTools")
    .Description("Installs the pinned npm tools (NSwag, Spectral, Pact engine) unless node_modules already matches the lock file.")
    .Does(() =>
{
    var installed = root.CombineWithFilePath("node_modules/.package-lock.json");
    var lockFile = root.CombineWithFilePath("package-lock.json");
    if (FileExists(installed) && System.IO.File.GetLastWriteTimeUtc(installed.FullPath) >= System.IO.File.GetLastWriteTimeUtc(lockFile.FullPath))
    {
        Information("node_modules is up to date with package-lock.json.");
        return;
    }
    RunOrFail("npm", "ci --no-audit --no-fund");
});

Task("LintSpec")
    .Description("Lints spec/finpay-card.yaml with Spectral (spectral:oas plus .spectral.yaml).")
    .IsDependentOn("NpmTools")
    .Does(() =>
{
    RunOrFail("node", "node_modules/@stoplight/spectral-cli/dist/index.js lint spec/finpay-card.yaml --ruleset .spectral.yaml --fail-severity=warn");
});

Task("Build")
    .Description("Restores and builds the solution; NSwag generates the client from the spec during the build.")
    .IsDependentOn("LintSpec")
    .Does(() =>
{
    RunOrFail("dotnet", $"build \"{solution}\" -c {configuration} -nologo -v:minimal");
});

Task("Test")
    .Description("Runs every test project and prints one summary line for the whole run.")
    .IsDependentOn("Build")
    .Does(() =>
{
    CleanDirectory(testResults);
    var exit = Run("dotnet", $"test \"{solution}\" -c {configuration} --no-build -nologo --logger trx --results-directory \"{testResults}\"");
    var (passed, failed, skipped) = CountTrxResults(testResults);
    if (passed + failed == 0) throw new CakeException("No test ran.");
    if (exit != 0 && failed == 0) throw new CakeException($"dotnet test failed with exit code {exit} without a failed test: see the output above.");
    if (failed > 0) throw new CakeException($"{failed} test(s) failed.");
});

Task("Bench")
    .Description("Runs the BenchmarkDotNet suite (not part of Default). Narrow it with --benchFilter='*Serialization*'.")
    .IsDependentOn("NpmTools")
    .Does(() =>
{
    var filter = Argument("benchFilter", "*");
    RunOrFail("dotnet", $"run -c Release --project tests/Finpay.Generated.Benchmarks -- --filter \"{filter}\" --artifacts artifacts/benchmarks");
});

Task("CallbackVectors")
    .Description("Regenerates the callback test vectors with PHP (installs php-cli if missing) and fails if the committed ones differ.")
    .Does(() =>
{
    RunOrFail("bash", "tests/Finpay.Generated.Tests/Callbacks/Vectors/regenerate.sh");
    RunOrFail("git", "diff --exit-code -- tests/Finpay.Generated.Tests/Callbacks/Vectors/callback-vectors.json");
});

Task("Default")
    .Description("What CI runs.")
    .IsDependentOn("Test");

(int Passed, int Failed, int Skipped) CountTrxResults(DirectoryPath directory)
{
    int passed = 0, failed = 0, skipped = 0;
    foreach (var trx in GetFiles(directory.FullPath + "/**/*.trx"))
    {
        var counters = XDocument.Load(trx.FullPath).Descendants().FirstOrDefault(e => e.Name.LocalName == "Counters");
        if (counters is null) continue;
        int Get(string name) => int.TryParse(counters.Attribute(name)?.Value, out var n) ? n : 0;
        passed += Get("passed");
        failed += Get("failed") + Get("error") + Get("timeout") + Get("aborted");
        skipped += Get("notExecuted");
    }
    return (passed, failed, skipped);
}

Teardown(context =>
{
    // CI reads one closing line for the whole run, summed over every test assembly.
    if (DirectoryExists(testResults))
    {
        var (passed, failed, skipped) = CountTrxResults(testResults);
        System.IO.File.WriteAllText(testResults.CombineWithFilePath("summary.txt").FullPath, $"{passed} passed, {failed} failed, {skipped} skipped\n");
    }
});

RunTarget(target);
