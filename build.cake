// Finpay.Generated build: regenerates, lints, builds and verifies everything. `Default` is exactly what CI runs.
// Run: ./build.sh (or dotnet tool restore && dotnet cake); one target: ./build.sh --target=Build
// Each task calls tools; the steps that are more than a tool call live in generator/Finpay.BuildSteps, which the build tests
// exercise, and the package consumption check supervises its own processes (tests/Finpay.Generated.Consumer).
#nullable enable

var target = Argument("target", "Default");
var configuration = Argument("configuration", "Release");
var root = MakeAbsolute(Directory("."));
var solution = root.CombineWithFilePath("Finpay.Generated.sln");
var testResults = root.Combine("artifacts/test-results");
var contractResults = root.Combine("artifacts/contract-results");
var committedPacts = root.Combine("pacts");
var producedPacts = root.Combine("artifacts/pacts");
var feed = root.Combine("artifacts/feed");
var packedProjects = new[] { "src/Finpay.Generated", "src/Finpay.Generated.AspNetCore", "src/Finpay.Generated.AspNetCore.Redis" };

int Run(string tool, string arguments, IDictionary<string, string>? environment = null)
{
    Information($"> {tool} {arguments}");
    return StartProcess(tool, new ProcessSettings { Arguments = arguments, WorkingDirectory = root, EnvironmentVariables = environment ?? new Dictionary<string, string>() });
}

void RunOrFail(string tool, string arguments, IDictionary<string, string>? environment = null)
{
    var exit = Run(tool, arguments, environment);
    if (exit != 0) throw new CakeException($"'{tool} {arguments}' failed with exit code {exit}.");
}

// generator/Finpay.BuildSteps, as the solution build left it.
void BuildStep(string arguments) =>
    RunOrFail("dotnet", $"\"generator/Finpay.BuildSteps/bin/{configuration}/net10.0/Finpay.BuildSteps.dll\" {arguments}");

string PackageVersion() => XmlPeek(root.CombineWithFilePath("Directory.Build.props"), "/Project/PropertyGroup/Version");

Task("NpmTools")
    .Description("Installs the pinned npm tools (Spectral, Redocly, Prism, the Pact engine) unless node_modules matches the lock file.")
    .Does(() =>
{
    var installed = root.CombineWithFilePath("node_modules/.package-lock.json");
    if (FileExists(installed) && System.IO.File.GetLastWriteTimeUtc(installed.FullPath) >= System.IO.File.GetLastWriteTimeUtc(root.CombineWithFilePath("package-lock.json").FullPath))
    {
        Information("node_modules is up to date with package-lock.json.");
        return;
    }
    // No install script is needed (under CI=true swagger-mock-validator's patch-package would fail). Prism 5.16 declares
    // Node >= 24 but runs on Node 20, so npm's engine notices stay out of the log; errors are still printed.
    RunOrFail("npm", "ci --no-audit --no-fund --ignore-scripts --loglevel=error");
});

Task("LintSpec")
    .Description("Lints spec/finpay-card.yaml with Spectral (spectral:oas plus .spectral.yaml) and Redocly (recommended rules, redocly.yaml).")
    .IsDependentOn("NpmTools")
    .Does(() =>
{
    RunOrFail("node", "node_modules/@stoplight/spectral-cli/dist/index.js lint spec/finpay-card.yaml --ruleset .spectral.yaml --fail-severity=warn");
    RunOrFail("node", "node_modules/@redocly/cli/bin/cli.js lint spec/finpay-card.yaml --config redocly.yaml --max-problems 50");
});

Task("Build")
    .Description("Restores and builds the solution; NSwag generates the client from the spec during the build.")
    .IsDependentOn("LintSpec")
    .Does(() => RunOrFail("dotnet", $"build \"{solution}\" -c {configuration} -nologo -v:minimal"));

Task("TestPackages")
    .Description("Installs the Debian packages the tests drive for real when missing: chromium (browser tests), redis-server (claims).")
    .Does(() =>
{
    if (FileExists("/usr/bin/chromium") && (FileExists("/usr/bin/redis-server") || FileExists("/usr/local/bin/redis-server"))) return;
    // The tests start their own redis-server on 127.0.0.1, so the system-wide one the package starts is stopped again.
    RunOrFail("bash", "-c \"apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium redis-server && " +
                      "((systemctl stop redis-server || service redis-server stop) >/dev/null 2>&1; true)\"");
});

Task("Test")
    .Description("Runs every test project and writes the one summary line for the whole run (artifacts/test-results/summary.txt).")
    .IsDependentOn("Build")
    .IsDependentOn("TestPackages")
    .Does(() =>
{
    CleanDirectory(testResults);
    var exit = Run("dotnet", $"test \"{solution}\" -c {configuration} --no-build -nologo --logger trx --results-directory \"{testResults}\"");
    BuildStep($"test-summary \"{testResults}\"");
    if (exit != 0) throw new CakeException($"dotnet test failed with exit code {exit} without a failed test: see the output above.");
});

Task("AcceptPublicApi")
    .Description("Records each packed library's current public surface in its PublicAPI.Unshipped.txt (RS0016 lines added, RS0017 lines removed).")
    .IsDependentOn("NpmTools")
    .Does(() =>
{
    // Not the whole build: it fails on exactly the RS0016/RS0017 errors this task is for.
    RunOrFail("dotnet", $"build generator/Finpay.BuildSteps -c {configuration} -nologo -v:minimal");
    BuildStep($"accept-public-api {configuration} {string.Join(" ", packedProjects)}");
});

Task("SpecChanges")
    .Description("Classifies the spec's changes since --base=<git ref> (else GITHUB_BASE_REF, else the latest tag) and fails on a breaking one without the semver bump.")
    .Does(() =>
{
    var since = Argument("base", "");
    RunOrFail("dotnet", $"run --project generator/Finpay.SpecChanges -c {configuration} --no-launch-profile -- --repository . {(since.Length > 0 ? "--since " + since : "")}");
});

int RunContractTests(string category, IDictionary<string, string>? environment = null) =>
    Run("dotnet", $"test tests/Finpay.Generated.ContractTests -c {configuration} --no-build -nologo --filter Category={category} " +
                  $"--logger \"trx;LogFilePrefix={category}\" --results-directory \"{contractResults}\"", environment);

Task("ContractConsumerTests")
    .Description("Runs the Pact consumer tests against the SDK's client; they write the pact into artifacts/pacts.")
    .IsDependentOn("Build")
    .Does(() =>
{
    CleanDirectory(producedPacts);
    CleanDirectory(contractResults);
    if (RunContractTests("Consumer", new Dictionary<string, string> { ["FINPAY_PACT_DIR"] = producedPacts.FullPath }) != 0)
        throw new CakeException("Consumer contract tests failed: the client no longer sends or reads what the contract says (see the interaction and JSON path above).");
});

Task("ContractDrift")
    .Description("Fails when the consumer tests produced a pact that differs from pacts/ (FINPAY_ACCEPT_PACTS=1 accepts it).")
    .IsDependentOn("ContractConsumerTests")
    .Does(() => BuildStep($"pact-drift \"{producedPacts}\" \"{committedPacts}\""));

Task("ContractSpecCheck")
    .Description("Validates every committed pact against spec/finpay-card.yaml with swagger-mock-validator.")
    .IsDependentOn("ContractDrift")
    .Does(() =>
{
    foreach (var pact in GetFiles(committedPacts.FullPath + "/*.json"))
        RunOrFail("node", $"node_modules/@pactflow/swagger-mock-validator/bin/swagger-mock-validator.mjs spec/finpay-card.yaml \"{pact}\"");
});

Task("ContractProviderVerification")
    .Description("Replays the committed pacts against the Finpay sandbox with the Pact verifier.")
    .IsDependentOn("ContractSpecCheck")
    .Does(() =>
{
    var exit = RunContractTests("Provider");
    BuildStep($"test-summary \"{contractResults}\" Provider");
    if (exit != 0) throw new CakeException("Provider verification failed: the sandbox does not answer as the contract says (see above).");
});

Task("Contracts")
    .Description("Pact contracts: consumer tests, drift check against pacts/, spec check, provider verification.")
    .IsDependentOn("ContractProviderVerification");

Task("PublishPacts")
    .Description("Publishes pacts/ to the Pact Broker at PACT_BROKER_BASE_URL (token: PACT_BROKER_TOKEN); skips when it is not set.")
    .IsDependentOn("Contracts")
    .WithCriteria(() => !string.IsNullOrWhiteSpace(EnvironmentVariable("PACT_BROKER_BASE_URL")), "PACT_BROKER_BASE_URL is not set")
    .Does(() =>
{
    // The CLI reads the broker URL and credentials from the environment itself, so they never reach a command line or this log.
    var version = EnvironmentVariable("PACT_CONSUMER_VERSION") ?? EnvironmentVariable("GITHUB_SHA") ?? "0.0.0-local";
    var branch = EnvironmentVariable("PACT_CONSUMER_BRANCH") ?? EnvironmentVariable("GITHUB_REF_NAME") ?? "local";
    RunOrFail("node_modules/@pact-foundation/pact-cli-linux-x64/standalone/pact", $"broker publish \"{committedPacts}\" --consumer-app-version {version} --branch {branch}");
});

Task("Bench")
    .Description("Runs the BenchmarkDotNet suite (not part of Default). Narrow it with --benchFilter='*Throughput*'; --benchArgs passes more.")
    .IsDependentOn("NpmTools")
    .Does(() => RunOrFail("dotnet", $"run -c Release --project tests/Finpay.Generated.Benchmarks -- --filter \"{Argument("benchFilter", "*")}\" " +
                                    $"--artifacts artifacts/benchmarks {Argument("benchArgs", "")}"));

Task("CallbackVectors")
    .Description("Regenerates the callback test vectors with PHP (installs php-cli if missing) and fails if the committed ones differ.")
    .Does(() =>
{
    RunOrFail("bash", "tests/Finpay.Generated.Tests/Callbacks/Vectors/regenerate.sh");
    RunOrFail("git", "diff --exit-code -- tests/Finpay.Generated.Tests/Callbacks/Vectors/callback-vectors.json");
});

Task("Pack")
    .Description("Packs the SDK (with its analyzer, README, XML docs, symbols and the spec), the callback endpoint, its Redis claim store and the finpay tool into artifacts/feed, and checks each package.")
    .IsDependentOn("Build")
    .Does(() =>
{
    CleanDirectory(feed);
    foreach (var project in packedProjects.Append("src/Finpay.Cli"))
        RunOrFail("dotnet", $"pack {project} -c {configuration} --no-build -nologo -o \"{feed}\"");
    BuildStep($"check-packages \"{feed}\" {PackageVersion()}");
});

Task("PackageConsumption")
    .Description("Installs the packed finpay tool and runs a consumer project built from the packages: a payment runs, its callback reaches the packaged endpoint (claims in a real Redis), a bad constant fails with FINPAY001.")
    .IsDependentOn("Pack")
    .IsDependentOn("TestPackages")
    .Does(() =>
{
    var version = PackageVersion();
    var consumer = root.Combine("tests/Finpay.Generated.Consumer");
    // The consumer restores into a folder of its own: drop any earlier copy of the packages under test.
    CleanDirectory(root.Combine("artifacts/consumer-packages"));
    var tools = root.Combine("artifacts/tools");
    CleanDirectory(tools);
    RunOrFail("dotnet", $"tool install Finpay.Cli --version {version} --tool-path \"{tools}\" --add-source \"{feed}\" --ignore-failed-sources");
    var redisServer = FileExists("/usr/bin/redis-server") ? "/usr/bin/redis-server" : "/usr/local/bin/redis-server";
    RunOrFail("dotnet", $"run --project \"{consumer}\" -p:FinpayPackageVersion={version} -- \"{tools}/finpay\" {redisServer}");

    // The packaged analyzer must stop a 31-character Order.Id constant at compile time.
    var exit = StartProcess("dotnet", new ProcessSettings
    {
        Arguments = $"build \"{consumer}\" -nologo -p:FinpayPackageVersion={version} -p:FinpayIncludeViolation=true",
        WorkingDirectory = root,
        RedirectStandardOutput = true,
    }, out var output);
    if (exit == 0 || !output.Any(l => l.Contains("error FINPAY001")))
        throw new CakeException("A 31-character Order.Id constant compiled against the package without FINPAY001:\n" + string.Join("\n", output));
    Information("The packaged analyzer stopped the 31-character Order.Id at compile time, as it should.");
});

Task("Default")
    .Description("What CI runs.")
    .IsDependentOn("SpecChanges")
    .IsDependentOn("Contracts")
    .IsDependentOn("Test")
    .IsDependentOn("PackageConsumption");

RunTarget(target);
