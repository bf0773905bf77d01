// Finpay.Generated build: regenerates, lints, builds and verifies everything. `Default` is exactly what CI runs.
// Run: dotnet tool restore && dotnet cake   (a single target: dotnet cake --target=Build)
#nullable enable
using System.Xml.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

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
    // No install script runs: none of the tools needs one, and under CI=true npm would run swagger-mock-validator's patch-package, which fails.
    // Prism 5.16 declares Node >= 24 but runs on Node 20, the README's prerequisite (the Prism-proxied flow proves it on every
    // run), so npm's engine notices are left out of the log; npm still prints every error.
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
    .Does(() =>
{
    RunOrFail("dotnet", $"build \"{solution}\" -c {configuration} -nologo -v:minimal");
});

// Debian packages the tests drive for real; installed when missing (a fresh machine, CI), never downloaded any other way.
void AptInstallWhenMissing(string package, string probe)
{
    if (FileExists(probe))
    {
        Information($"{package} is installed ({probe}).");
        return;
    }
    var settings = new ProcessSettings { WorkingDirectory = root, EnvironmentVariables = new Dictionary<string, string> { ["DEBIAN_FRONTEND"] = "noninteractive" } };
    foreach (var arguments in new[] { "update", $"install -y {package}" })
    {
        Information($"> apt-get {arguments}");
        settings.Arguments = arguments;
        var exit = StartProcess("apt-get", settings);
        if (exit != 0) throw new CakeException($"'apt-get {arguments}' failed with exit code {exit}: install {package} by hand (it provides {probe}).");
    }
    if (!FileExists(probe)) throw new CakeException($"apt-get installed {package}, but {probe} is still missing.");
}

Task("Chromium")
    .Description("Installs Debian's chromium for the shop's browser test (Playwright drives it through ExecutablePath).")
    .Does(() => AptInstallWhenMissing("chromium", "/usr/bin/chromium"));

Task("RedisServer")
    .Description("Installs Debian's redis-server when it is missing (the callback tests start their own on 127.0.0.1).")
    .Does(() =>
{
    if (FileExists("/usr/bin/redis-server") || FileExists("/usr/local/bin/redis-server"))
    {
        Information("redis-server is installed.");
        return;
    }
    RunOrFail("bash", "-c \"apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y redis-server\"");
    // The package starts a system-wide server on port 6379; the tests start their own, so it is not needed.
    Run("bash", "-c \"(systemctl stop redis-server || service redis-server stop) >/dev/null 2>&1; true\"");
});

Task("Test")
    .Description("Runs every test project and prints one summary line for the whole run.")
    .IsDependentOn("Build")
    .IsDependentOn("Chromium")
    .IsDependentOn("RedisServer")
    .Does(() =>
{
    CleanDirectory(testResults);
    var exit = Run("dotnet", $"test \"{solution}\" -c {configuration} --no-build -nologo --logger trx --results-directory \"{testResults}\"");
    var (passed, failed, skipped) = CountTrxResults(testResults);
    if (passed + failed == 0) throw new CakeException("No test ran.");
    if (exit != 0 && failed == 0) throw new CakeException($"dotnet test failed with exit code {exit} without a failed test: see the output above.");
    if (failed > 0) throw new CakeException($"{failed} test(s) failed.");
});

// ---------------------------------------------------------------- public API (Microsoft.CodeAnalysis.PublicApiAnalyzers)
// Every packed library declares its surface beside its project; the SDK first, since the others build on it.
var publicApiProjects = new[] { "src/Finpay.Generated", "src/Finpay.Generated.AspNetCore", "src/Finpay.Generated.AspNetCore.Redis" };
var undeclaredApi = new System.Text.RegularExpressions.Regex(@"error RS0016: Symbol '(?<api>.+)' is not part of the declared public API");
var vanishedApi = new System.Text.RegularExpressions.Regex(@"error RS0017: Symbol '(?<api>.+)' is part of the declared (public )?API, but is either not public or could not be found");

// Builds one packed project from scratch and returns what RS0016 (public but undeclared) and RS0017 (declared but gone)
// report for that project, with the symbol exactly as the analyzer writes it in PublicAPI.*.txt. Every target framework
// must agree on one surface. Errors of any other kind, or of a project it depends on, come back as OtherErrors.
(SortedSet<string> Added, SortedSet<string> Removed, List<string> OtherErrors) PublicApiDifference(string folder)
{
    var project = root.Combine(folder).CombineWithFilePath(System.IO.Path.GetFileName(folder) + ".csproj");
    var settings = new ProcessSettings
    {
        Arguments = $"build \"{project}\" -c {configuration} -nologo -v:minimal -p:UseSharedCompilation=false",
        WorkingDirectory = root,
        RedirectStandardOutput = true,
    };
    Information($"> dotnet {settings.Arguments.Render()}");
    StartProcess("dotnet", settings, out var output);
    var added = new SortedSet<string>(StringComparer.Ordinal);
    var removed = new SortedSet<string>(StringComparer.Ordinal);
    var other = new List<string>();
    foreach (var line in output)
    {
        var own = line.Contains("[" + project.FullPath);
        if (own && undeclaredApi.Match(line) is { Success: true } a) added.Add(a.Groups["api"].Value);
        else if (own && vanishedApi.Match(line) is { Success: true } r) removed.Add(r.Groups["api"].Value);
        else if (line.Contains(": error ")) other.Add(line);
    }
    return (added, removed, other.Distinct().ToList());
}

Task("AcceptPublicApi")
    .Description("Records each packed library's current public surface in its PublicAPI.Unshipped.txt (RS0016 lines added, RS0017 lines removed).")
    .IsDependentOn("NpmTools")
    .Does(() =>
{
    foreach (var folder in publicApiProjects)
    {
        var shippedFile = root.Combine(folder).CombineWithFilePath("PublicAPI.Shipped.txt");
        var unshippedFile = root.Combine(folder).CombineWithFilePath("PublicAPI.Unshipped.txt");
        var (added, removed, other) = PublicApiDifference(folder);
        if (other.Count > 0)
        {
            foreach (var line in other) Error(line);
            throw new CakeException($"{folder} has build errors other than its own RS0016/RS0017; fix them first.");
        }
        var shipped = System.IO.File.ReadAllLines(shippedFile.FullPath).ToHashSet(StringComparer.Ordinal);
        var unshipped = System.IO.File.ReadAllLines(unshippedFile.FullPath).Where(l => l.Length > 0 && !l.StartsWith("#")).ToList();
        foreach (var api in removed)
        {
            // An unshipped line simply goes; a shipped one stays in Shipped and is marked removed, as the analyzer expects.
            if (!unshipped.Remove(api) && shipped.Contains(api)) unshipped.Add("*REMOVED*" + api);
        }
        unshipped.AddRange(added.Where(api => !unshipped.Contains(api)));
        var ordered = unshipped.Distinct().OrderBy(l => l.StartsWith("*REMOVED*") ? l.Substring(9) : l, StringComparer.Ordinal);
        System.IO.File.WriteAllText(unshippedFile.FullPath, "#nullable enable\n" + string.Concat(ordered.Select(l => l + "\n")));
        foreach (var api in added) Information("+ " + api);
        foreach (var api in removed) Information("- " + api);

        var check = PublicApiDifference(folder);
        if (check.Added.Count + check.Removed.Count + check.OtherErrors.Count > 0)
            throw new CakeException($"{folder} still does not build after accepting its public API: a member may differ between target frameworks (see the errors above).");
        Information($"Accepted {added.Count} added and {removed.Count} removed public API line(s) in {root.GetRelativePath(unshippedFile)}: review the diff and commit it.");
    }
});

// ---------------------------------------------------------------- spec changes
string? GitText(string arguments)
{
    var exit = StartProcess("git", new ProcessSettings { Arguments = arguments, WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true }, out var lines);
    return exit == 0 ? string.Join("\n", lines) + "\n" : null;
}

// The public surface as PublicAPI.Shipped.txt + PublicAPI.Unshipped.txt declare it (*REMOVED* lines taken out).
SortedSet<string>? DeclaredPublicApi(Func<string, string?> read)
{
    var shipped = read("src/Finpay.Generated/PublicAPI.Shipped.txt");
    if (shipped is null) return null;
    var lines = (shipped + (read("src/Finpay.Generated/PublicAPI.Unshipped.txt") ?? "")).Split('\n')
        .Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0 && !l.StartsWith("#")).ToList();
    var declared = new SortedSet<string>(lines.Where(l => !l.StartsWith("*REMOVED*")), StringComparer.Ordinal);
    foreach (var removed in lines.Where(l => l.StartsWith("*REMOVED*"))) declared.Remove(removed.Substring("*REMOVED*".Length));
    return declared;
}

Task("SpecChanges")
    .Description("Classifies the spec's changes since a base (--base=<git ref>, else GITHUB_BASE_REF, else the latest tag) and fails on a breaking one without the version bump semver needs.")
    .Does(() =>
{
    string? baseRef = null, source = null;
    if (Argument<string?>("base", null) is { Length: > 0 } requested) (baseRef, source) = (requested, "--base");
    else if (EnvironmentVariable("GITHUB_BASE_REF") is { Length: > 0 } pullRequestBase)
        (baseRef, source) = (GitText($"rev-parse --verify --quiet origin/{pullRequestBase}") is not null ? "origin/" + pullRequestBase : pullRequestBase, "GITHUB_BASE_REF");
    else if (GitText("describe --tags --abbrev=0")?.Trim() is { Length: > 0 } tag) (baseRef, source) = (tag, "the latest tag");
    if (baseRef is null)
    {
        Information("SpecChanges: no base to compare with (no --base, no GITHUB_BASE_REF, no tag); nothing to report.");
        return;
    }
    if (GitText($"rev-parse --verify --quiet {baseRef}^{{commit}}") is null)
        throw new CakeException($"SpecChanges: the base '{baseRef}' (from {source}) is not a revision of this repository; fetch it first (in CI: actions/checkout with fetch-depth: 0).");

    Information($"SpecChanges: spec/finpay-card.yaml at {baseRef} (from {source}) against the working tree.");
    var baseSpecText = GitText($"show {baseRef}:spec/finpay-card.yaml");
    if (baseSpecText is null)
    {
        Information($"{baseRef} has no spec/finpay-card.yaml; nothing to compare.");
        return;
    }
    var directory = root.Combine("artifacts/spec-changes");
    EnsureDirectoryExists(directory);
    var baseSpec = directory.CombineWithFilePath("base.yaml");
    System.IO.File.WriteAllText(baseSpec.FullPath, baseSpecText);
    var baseVersion = System.Text.RegularExpressions.Regex.Match(GitText($"show {baseRef}:Directory.Build.props") ?? "", "<Version>([^<]+)</Version>").Groups[1].Value;
    var versionArguments = baseVersion.Length > 0 ? $" --base-version {baseVersion} --version {PackageVersion()}" : "";
    var exit = Run("dotnet", $"run --project generator/Finpay.SpecChanges -c {configuration} --no-launch-profile -- \"{baseSpec}\" spec/finpay-card.yaml{versionArguments}");

    var apiBefore = DeclaredPublicApi(path => GitText($"show {baseRef}:{path}"));
    var apiNow = DeclaredPublicApi(path => FileExists(root.CombineWithFilePath(path)) ? System.IO.File.ReadAllText(root.CombineWithFilePath(path).FullPath) : null);
    if (apiBefore is null || apiNow is null)
        Information($"Public API difference: not shown, {baseRef} has no PublicAPI.Shipped.txt to compare with.");
    else
    {
        var removed = apiBefore.Except(apiNow).ToList();
        var added = apiNow.Except(apiBefore).ToList();
        Information($"Public API difference since {baseRef}: {removed.Count} removed, {added.Count} added.");
        foreach (var line in removed) Information("- " + line);
        foreach (var line in added) Information("+ " + line);
    }

    if (exit == 1) throw new CakeException("SpecChanges: breaking spec change(s) without the version bump semantic versioning requires (see above).");
    if (exit != 0) throw new CakeException($"SpecChanges: the comparison failed (exit code {exit}).");
});

// ---------------------------------------------------------------- contracts (Pact)
var contractTests = root.CombineWithFilePath("tests/Finpay.Generated.ContractTests/Finpay.Generated.ContractTests.csproj");
var committedPacts = root.Combine("pacts");
var generatedPacts = root.Combine("artifacts/pacts");
var contractResults = root.Combine("artifacts/contract-results");
var specFile = root.CombineWithFilePath("spec/finpay-card.yaml");
var pactCli = root.CombineWithFilePath("node_modules/@pact-foundation/pact-cli-linux-x64/standalone/pact");

int RunContractTests(string category, IDictionary<string, string>? environment = null)
{
    var arguments = $"test \"{contractTests}\" -c {configuration} --no-build -nologo --filter Category={category} " +
        $"--logger \"trx;LogFilePrefix={category}\" --results-directory \"{contractResults}\"";
    Information($"> dotnet {arguments}");
    var settings = new ProcessSettings { Arguments = arguments, WorkingDirectory = root, EnvironmentVariables = environment ?? new Dictionary<string, string>() };
    settings.EnvironmentVariables["PACT_DO_NOT_TRACK"] = "true";
    return StartProcess("dotnet", settings);
}

// The pact file as committed: interactions in a stable order, without the Pact core's version stamp (upgrading the
// pinned engine is not a contract change), indented with two spaces and readable regexes.
string NormalisePact(string json)
{
    var pact = JsonNode.Parse(json)!.AsObject();
    (pact["metadata"] as JsonObject)?.Remove("pactRust");
    if (pact["interactions"] is JsonArray interactions)
    {
        var ordered = interactions
            .Select(i => i!.DeepClone())
            .OrderBy(i => (string?)i["description"], StringComparer.Ordinal)
            .ThenBy(i => i["providerStates"]?.ToJsonString() ?? "", StringComparer.Ordinal)
            .ToArray();
        pact["interactions"] = new JsonArray(ordered);
    }
    var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    return pact.ToJsonString(options).Replace("\r\n", "\n") + "\n";
}

Task("ContractConsumerTests")
    .Description("Runs the Pact consumer tests against the real generated client; they write the pact into artifacts/pacts.")
    .IsDependentOn("Build")
    .Does(() =>
{
    CleanDirectory(generatedPacts);
    CleanDirectory(contractResults);
    var exit = RunContractTests("Consumer", new Dictionary<string, string> { ["FINPAY_PACT_DIR"] = generatedPacts.FullPath });
    if (exit != 0) throw new CakeException("Consumer contract tests failed: the client no longer sends or reads what the contract says (see the interaction and JSON path above).");
});

Task("ContractDrift")
    .Description("Fails when the consumer tests produced a pact that differs from pacts/ (FINPAY_ACCEPT_PACTS=1 accepts it).")
    .IsDependentOn("ContractConsumerTests")
    .Does(() =>
{
    var accept = EnvironmentVariable("FINPAY_ACCEPT_PACTS") == "1";
    var generated = GetFiles(generatedPacts.FullPath + "/*.json").Select(f => f.GetFilename().FullPath).ToHashSet();
    var committed = GetFiles(committedPacts.FullPath + "/*.json").Select(f => f.GetFilename().FullPath).ToHashSet();
    if (generated.Count == 0) throw new CakeException($"The consumer tests wrote no pact into {generatedPacts}.");
    var drifted = new List<string>();
    var normalisedDirectory = generatedPacts.Combine("normalised");
    EnsureDirectoryExists(normalisedDirectory);
    foreach (var name in generated.Union(committed).OrderBy(n => n))
    {
        var committedPath = committedPacts.CombineWithFilePath(name);
        var normalisedPath = normalisedDirectory.CombineWithFilePath(name);
        if (generated.Contains(name))
            System.IO.File.WriteAllText(normalisedPath.FullPath, NormalisePact(System.IO.File.ReadAllText(generatedPacts.CombineWithFilePath(name).FullPath)));
        var expected = committed.Contains(name) ? System.IO.File.ReadAllText(committedPath.FullPath) : null;
        var actual = generated.Contains(name) ? System.IO.File.ReadAllText(normalisedPath.FullPath) : null;
        if (expected == actual) continue;
        drifted.Add(name);
        if (accept)
        {
            EnsureDirectoryExists(committedPacts);
            if (actual is null) DeleteFile(committedPath); else System.IO.File.WriteAllText(committedPath.FullPath, actual);
            Information($"Accepted pacts/{name}: review and commit it.");
        }
        else if (expected is null) Error($"pacts/{name} is new: the consumer tests produced it but it is not committed.");
        else if (actual is null) Error($"pacts/{name} is committed but no consumer test produces it any more.");
        else
        {
            Error($"pacts/{name} drifted: the consumer tests now produce a different contract (- committed, + produced):");
            Run("git", $"--no-pager diff --no-index --no-color -- \"{root.GetRelativePath(committedPath)}\" \"{root.GetRelativePath(normalisedPath)}\"");
        }
    }
    if (drifted.Count > 0 && !accept)
        throw new CakeException($"Contract drift in {string.Join(", ", drifted)}. If the change is intended, run with FINPAY_ACCEPT_PACTS=1 and commit pacts/.");
    if (drifted.Count == 0) Information("pacts/ matches what the consumer tests produce.");
});

Task("ContractSpecCheck")
    .Description("Validates every committed pact against spec/finpay-card.yaml with swagger-mock-validator.")
    .IsDependentOn("ContractDrift")
    .Does(() =>
{
    var failures = new List<string>();
    foreach (var pact in GetFiles(committedPacts.FullPath + "/*.json"))
    {
        var arguments = $"node_modules/@pactflow/swagger-mock-validator/bin/swagger-mock-validator.mjs \"{specFile}\" \"{pact}\"";
        Information($"> node {arguments}");
        var exit = StartProcess("node", new ProcessSettings { Arguments = arguments, WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true },
            out var output, out var errors);
        var lines = output.Concat(errors).ToList();
        if (exit == 0)
        {
            // Warnings are the error statuses the spec covers with `default`; the counts are enough.
            foreach (var line in lines.Where(l => l.Contains("error(s)") || l.Contains("warning(s)"))) Information(line);
            continue;
        }
        // The tool ends with a Node stack trace that says nothing about the contract.
        foreach (var line in lines.Where(l => !l.TrimStart().StartsWith("at "))) Error(line);
        failures.Add(pact.GetFilename().FullPath);
    }
    if (failures.Count > 0)
        throw new CakeException($"{string.Join(", ", failures)} is not compatible with spec/finpay-card.yaml: see each error's mockDetails.location (the pact field) and specDetails.location (the spec rule) above.");
});

Task("ContractProviderVerification")
    .Description("Replays the committed pact against the Finpay sandbox with the Pact verifier.")
    .IsDependentOn("ContractSpecCheck")
    .Does(() =>
{
    var exit = RunContractTests("Provider");
    var (passed, failed, _) = CountTrxResults(contractResults, "Provider");
    if (exit != 0 || failed > 0) throw new CakeException("Provider verification failed: the sandbox does not answer as the contract says (see the interaction and JSON path above).");
    if (passed == 0) throw new CakeException("Provider verification ran no test: the committed pact was not verified against the sandbox.");
});

Task("Contracts")
    .Description("Pact contracts: consumer tests, drift check against pacts/, spec check, provider verification.")
    .IsDependentOn("ContractProviderVerification");

Task("PublishPacts")
    .Description("Publishes pacts/ to the Pact Broker at PACT_BROKER_BASE_URL (token: PACT_BROKER_TOKEN); skips when it is not set.")
    .IsDependentOn("Contracts")
    .Does(() =>
{
    if (string.IsNullOrWhiteSpace(EnvironmentVariable("PACT_BROKER_BASE_URL")))
    {
        Information("PublishPacts skipped: PACT_BROKER_BASE_URL is not set.");
        return;
    }
    string Git(string arguments, string fallback)
    {
        var exit = StartProcess("git", new ProcessSettings { Arguments = arguments, WorkingDirectory = root, RedirectStandardOutput = true }, out var lines);
        var value = exit == 0 ? lines.FirstOrDefault()?.Trim() : null;
        return string.IsNullOrEmpty(value) ? fallback : value;
    }
    var version = EnvironmentVariable("PACT_CONSUMER_VERSION") ?? Git("rev-parse HEAD", "0.0.0-local");
    var branch = EnvironmentVariable("PACT_CONSUMER_BRANCH") ?? Git("rev-parse --abbrev-ref HEAD", "local");
    // The CLI reads the broker URL and credentials (PACT_BROKER_TOKEN, or USERNAME/PASSWORD) from the environment itself,
    // so they never appear on a command line or in this log.
    RunOrFail(pactCli.FullPath, $"broker publish \"{committedPacts}\" --consumer-app-version {version} --branch {branch}");
});

Task("Bench")
    .Description("Runs the BenchmarkDotNet suite (not part of Default). Narrow it with --benchFilter='*Serialization*'.")
    .IsDependentOn("NpmTools")
    .Does(() =>
{
    var filter = Argument("benchFilter", "*");
    RunOrFail("dotnet", $"run -c Release --project tests/Finpay.Generated.Benchmarks -- --filter \"{filter}\" --artifacts artifacts/benchmarks");
});

Task("BenchRequestPath")
    .Description("Call overhead and throughput before (the SDK packed at --beforeCommit, 5b9cf37 unless given) and after (the current source) in ONE BenchmarkDotNet run.")
    .IsDependentOn("NpmTools")
    .Does(() =>
{
    var commit = Argument("beforeCommit", "5b9cf37");
    // Extra BenchmarkDotNet arguments, e.g. --benchArgs="--iterationCount 3" for a quick try of the setup (not for numbers).
    var extra = Argument("benchArgs", "");
    var beforeTree = root.Combine("artifacts/bench-before");
    var beforeFeed = root.Combine("artifacts/bench-feed");
    var version = $"{PackageVersion()}-before.{commit}";

    // The earlier commit as its own worktree, packed with a version of its own so the package cache never serves a stale one.
    if (DirectoryExists(beforeTree)) RunOrFail("git", $"worktree remove --force \"{beforeTree}\"");
    RunOrFail("git", $"worktree add --detach \"{beforeTree}\" {commit}");
    try
    {
        CleanDirectory(beforeFeed);
        var cached = System.IO.Path.Combine(Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages"), "finpay.generated", version);
        if (System.IO.Directory.Exists(cached)) System.IO.Directory.Delete(cached, recursive: true);
        RunOrFail("dotnet", "build generator/Finpay.Generated.Analyzers -c Release -nologo", beforeTree);
        RunOrFail("dotnet", $"pack src/Finpay.Generated -c Release -nologo -p:Version={version} -o \"{beforeFeed}\"", beforeTree);
    }
    finally
    {
        RunOrFail("git", $"worktree remove --force \"{beforeTree}\"");
    }

    RunOrFail("dotnet", "run -c Release --project tests/Finpay.Generated.Benchmarks -- " +
        $"--before-after \"{beforeFeed}\" {version} --filter \"*CallOverhead*\" \"*Throughput*\" --artifacts artifacts/benchmarks/request-path {extra}");
});

Task("CallbackVectors")
    .Description("Regenerates the callback test vectors with PHP (installs php-cli if missing) and fails if the committed ones differ.")
    .Does(() =>
{
    RunOrFail("bash", "tests/Finpay.Generated.Tests/Callbacks/Vectors/regenerate.sh");
    RunOrFail("git", "diff --exit-code -- tests/Finpay.Generated.Tests/Callbacks/Vectors/callback-vectors.json");
});

var feed = root.Combine("artifacts/feed");
string PackageVersion() => XmlPeek(root.CombineWithFilePath("Directory.Build.props"), "/Project/PropertyGroup/Version");

Task("Pack")
    .Description("Packs the SDK (with its analyzer, README, XML docs, symbols and the spec), the callback endpoint and its Redis claim store, and the finpay tool into artifacts/feed.")
    .IsDependentOn("Build")
    .Does(() =>
{
    CleanDirectory(feed);
    foreach (var project in new[] { "src/Finpay.Generated", "src/Finpay.Generated.AspNetCore", "src/Finpay.Generated.AspNetCore.Redis", "src/Finpay.Cli" })
        RunOrFail("dotnet", $"pack {project} -c {configuration} --no-build -nologo -o \"{feed}\"");

    CheckPackage("Finpay.Generated", new[] { "netstandard2.0", "net8.0", "net10.0" },
        new[] { "analyzers/dotnet/cs/Finpay.Generated.Analyzers.dll", "spec/finpay-card.yaml" }, Array.Empty<string>());
    CheckPackage("Finpay.Generated.AspNetCore", new[] { "net8.0", "net10.0" }, Array.Empty<string>(),
        new[] { "<dependency id=\"Finpay.Generated\"", "<frameworkReference name=\"Microsoft.AspNetCore.App\"" });
    CheckPackage("Finpay.Generated.AspNetCore.Redis", new[] { "net8.0", "net10.0" }, Array.Empty<string>(),
        new[] { "<dependency id=\"Finpay.Generated.AspNetCore\"", "<dependency id=\"StackExchange.Redis\"" });
});

// Fails unless the package has its README, a DLL and XML docs per target, the extra entries, the nuspec lines, and symbols.
void CheckPackage(string id, string[] frameworks, string[] extraEntries, string[] nuspecLines)
{
    var package = feed.CombineWithFilePath($"{id}.{PackageVersion()}.nupkg");
    using var zip = System.IO.Compression.ZipFile.OpenRead(package.FullPath);
    var entries = zip.Entries.Select(e => e.FullName).OrderBy(n => n, StringComparer.Ordinal).ToList();
    Information($"{package.GetFilename()} contains:");
    foreach (var entry in entries) Information("  " + entry);
    var required = frameworks.SelectMany(f => new[] { $"lib/{f}/{id}.dll", $"lib/{f}/{id}.xml" }).Concat(extraEntries).Append("README.md");
    var missing = required.Where(r => !entries.Contains(r)).ToList();
    if (missing.Count > 0) throw new CakeException($"{package.GetFilename()} lacks {string.Join(", ", missing)}.");
    using (var nuspec = new System.IO.StreamReader(zip.GetEntry($"{id}.nuspec")!.Open()))
    {
        var text = nuspec.ReadToEnd();
        var absent = nuspecLines.Where(l => !text.Contains(l)).ToList();
        if (absent.Count > 0) throw new CakeException($"{id}.nuspec lacks {string.Join(", ", absent)}:\n{text}");
    }
    if (!FileExists(feed.CombineWithFilePath($"{id}.{PackageVersion()}.snupkg"))) throw new CakeException($"The symbols package of {id} was not produced.");
}

Task("PackageConsumption")
    .Description("Installs the packed finpay tool and builds a consumer project against the packed packages: a payment runs, its callback reaches the packaged endpoint (claims in a real Redis), a bad constant fails with FINPAY001.")
    .IsDependentOn("Pack")
    .IsDependentOn("RedisServer")
    .Does(() =>
{
    var version = PackageVersion();
    var consumer = root.Combine("tests/Finpay.Generated.Consumer");
    // The consumer restores into a folder of its own; drop any earlier copy of the packages under test.
    foreach (var id in new[] { "finpay.generated", "finpay.generated.aspnetcore", "finpay.generated.aspnetcore.redis" })
    {
        var stale = root.Combine("artifacts/consumer-packages/" + id);
        if (DirectoryExists(stale)) DeleteDirectory(stale, new DeleteDirectorySettings { Recursive = true, Force = true });
    }

    var tools = root.Combine("artifacts/tools");
    CleanDirectory(tools);
    RunOrFail("dotnet", $"tool install Finpay.Cli --version {version} --tool-path \"{tools}\" --add-source \"{feed}\" --ignore-failed-sources");

    using var sandbox = StartToolSandbox(tools.CombineWithFilePath("finpay"));
    using var redis = StartRedisServer();
    try
    {
        RunOrFail("dotnet", $"run --project \"{consumer}\" -p:FinpayPackageVersion={version} -- {sandbox.Url} {redis.Configuration}");
    }
    finally
    {
        sandbox.Stop();
        redis.Stop();
    }

    var exit = StartProcess("dotnet", new ProcessSettings
    {
        Arguments = $"build \"{consumer}\" -nologo -p:FinpayPackageVersion={version} -p:FinpayIncludeViolation=true",
        WorkingDirectory = root,
        RedirectStandardOutput = true,
    }, out var output);
    var finpay001 = output.Where(l => l.Contains("error FINPAY001")).Distinct().ToList();
    foreach (var line in finpay001) Information(line);
    if (exit == 0 || finpay001.Count == 0)
    {
        foreach (var line in output) Information(line);
        throw new CakeException("A 31-character Order.Id constant compiled against the package without FINPAY001: the analyzer did not reach the consumer.");
    }
    Information("The packaged analyzer stopped the 31-character Order.Id at compile time, as it should.");
});

ToolSandbox StartToolSandbox(FilePath finpay)
{
    var start = new System.Diagnostics.ProcessStartInfo(finpay.FullPath, "sandbox --port 0") { RedirectStandardOutput = true, UseShellExecute = false };
    var process = System.Diagnostics.Process.Start(start) ?? throw new CakeException("finpay sandbox did not start.");
    var readLine = process.StandardOutput.ReadLineAsync();
    if (!readLine.Wait(TimeSpan.FromSeconds(60)) || readLine.Result is not { } line || !line.Contains("listening on "))
    {
        process.Kill(entireProcessTree: true);
        throw new CakeException("finpay sandbox did not report its address within 60 s.");
    }
    var url = line.Substring(line.IndexOf("listening on ") + "listening on ".Length).Split(' ')[0];
    Information($"finpay sandbox (installed tool) listening on {url}");
    return new ToolSandbox(process, url);
}

RedisProcess StartRedisServer()
{
    var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
    listener.Start();
    var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    listener.Stop();
    var directory = System.IO.Directory.CreateTempSubdirectory("finpay-redis-").FullName;
    var executable = FileExists("/usr/bin/redis-server") ? "/usr/bin/redis-server" : "/usr/local/bin/redis-server";
    var start = new System.Diagnostics.ProcessStartInfo(executable,
        $"--bind 127.0.0.1 --port {port} --dir {directory} --save \"\" --appendonly no --daemonize no") { RedirectStandardOutput = true, UseShellExecute = false };
    var process = System.Diagnostics.Process.Start(start) ?? throw new CakeException("redis-server did not start.");
    process.OutputDataReceived += (_, _) => { };
    process.BeginOutputReadLine();
    for (var i = 0; i < 200; i++)
    {
        try
        {
            using var client = new System.Net.Sockets.TcpClient();
            client.Connect(System.Net.IPAddress.Loopback, port);
            Information($"redis-server listening on 127.0.0.1:{port}");
            return new RedisProcess(process, port, directory);
        }
        catch (System.Net.Sockets.SocketException)
        {
            System.Threading.Thread.Sleep(25);
        }
    }
    process.Kill(entireProcessTree: true);
    throw new CakeException($"redis-server did not listen on 127.0.0.1:{port} within 5 s.");
}

Task("Default")
    .Description("What CI runs.")
    .IsDependentOn("SpecChanges")
    .IsDependentOn("Contracts")
    .IsDependentOn("Test")
    .IsDependentOn("PackageConsumption");

(int Passed, int Failed, int Skipped) CountTrxResults(DirectoryPath directory, string prefix = "")
{
    int passed = 0, failed = 0, skipped = 0;
    foreach (var trx in GetFiles(directory.FullPath + $"/**/{prefix}*.trx"))
    {
        var counters = XDocument.Load(trx.FullPath).Descendants().FirstOrDefault(e => e.Name.LocalName == "Counters");
        if (counters is null) continue;
        int Get(string name) => int.TryParse(counters.Attribute(name)?.Value, out var n) ? n : 0;
        passed += Get("passed");
        failed += Get("failed") + Get("error") + Get("timeout") + Get("aborted");
        // xunit's TRX counts a skipped test in total but not in executed, and leaves notExecuted at 0.
        skipped += Math.Max(Get("notExecuted"), Get("total") - Get("executed"));
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

/// <summary>The installed finpay tool's sandbox, stopped when the consumption check ends.</summary>
sealed class ToolSandbox : IDisposable
{
    private readonly System.Diagnostics.Process _process;

    public ToolSandbox(System.Diagnostics.Process process, string url)
    {
        _process = process;
        Url = url;
    }

    public string Url { get; }

    public void Stop()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        Stop();
        _process.Dispose();
    }
}

/// <summary>A redis-server of its own for the consumption check, on 127.0.0.1, stopped and removed when it ends.</summary>
sealed class RedisProcess : IDisposable
{
    private readonly System.Diagnostics.Process _process;
    private readonly string _directory;

    public RedisProcess(System.Diagnostics.Process process, int port, string directory)
    {
        _process = process;
        _directory = directory;
        Configuration = "127.0.0.1:" + port;
    }

    public string Configuration { get; }

    public void Stop()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        Stop();
        _process.Dispose();
        try { System.IO.Directory.Delete(_directory, recursive: true); } catch (System.IO.IOException) { }
    }
}
