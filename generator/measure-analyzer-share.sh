#!/usr/bin/env bash
# Measures the FINPAY analyzers' share of compile time on a generated project with 2,000 DTO initializers.
# Usage: generator/measure-analyzer-share.sh [initializers=2000] [runs=3]
# Writes the project into a temp dir, compiles it against the built SDK with the analyzer attached (-p:ReportAnalyzer=true),
# and prints the compiler's analyzer report plus the Csc task time of each run. Results go to docs/benchmarks.md by hand.
# Each run compiles the project three times: without FINPAY, with FINPAY, and with a do-nothing analyzer registered on the same
# operation kind (OperationKind.SimpleAssignment): what any operation analyzer costs there before it does any work.
# Every build runs the compiler in its own process (no compiler server) so that /usr/bin/time can report the CPU seconds of the
# whole build (user+sys): unlike the analyzer report's wall-clock times, CPU time is not inflated when the machine is busy.
# FINPAY_ANALYZER=/path/to/Finpay.Generated.Analyzers.dll measures that build of the analyzer instead (before/after comparisons).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
count="${1:-2000}"
runs="${2:-3}"
work="$(mktemp -d)"
empty="$work.empty" # beside the project, not inside it: the project compiles every .cs below its folder
trap 'rm -rf "$work" "$empty"' EXIT

dotnet build "$root/generator/Finpay.Generated.Analyzers" -c Release -nologo -v:q
dotnet build "$root/src/Finpay.Generated" -c Release -f net10.0 -nologo -v:q
sdk="$root/src/Finpay.Generated/bin/Release/net10.0/Finpay.Generated.dll"
analyzer="${FINPAY_ANALYZER:-$root/generator/Finpay.Generated.Analyzers/bin/Release/netstandard2.0/Finpay.Generated.Analyzers.dll}"
echo "Analyzer: $analyzer"
newtonsoft="$(dirname "$sdk")/Newtonsoft.Json.dll"
[ -f "$newtonsoft" ] || newtonsoft="$(find "${NUGET_PACKAGES:-$HOME/.nuget/packages}/newtonsoft.json/13.0.4/lib/net6.0" -name Newtonsoft.Json.dll | head -1)"

cat > "$work/Bench.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
  </PropertyGroup>
  <ItemGroup>
    <Reference Include="$sdk" />
    <Reference Include="$newtonsoft" />
    <Analyzer Include="$analyzer" Condition="'\$(WithFinpayAnalyzers)' != 'false'" />
    <Analyzer Include="$empty/bin/Release/netstandard2.0/EmptyOperationAnalyzer.dll" Condition="'\$(WithEmptyAnalyzer)' == 'true'" />
  </ItemGroup>
</Project>
XML

mkdir -p "$empty"
cat > "$empty/EmptyOperationAnalyzer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>netstandard2.0</TargetFramework>
    <LangVersion>latest</LangVersion>
    <EnforceExtendedAnalyzerRules>true</EnforceExtendedAnalyzerRules>
    <NoWarn>\$(NoWarn);RS2008</NoWarn>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Microsoft.CodeAnalysis.CSharp" Version="4.14.0" PrivateAssets="all" />
  </ItemGroup>
</Project>
XML
# Same registration as the FINPAY rules, and one descriptor so the driver does not skip it as fully suppressed.
cat > "$empty/EmptyOperationAnalyzer.cs" <<'CS'
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EmptyOperationAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = new("EMPTY001", "Never reported", "Never reported", "Bench", DiagnosticSeverity.Warning, true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start => start.RegisterOperationAction(_ => { }, OperationKind.SimpleAssignment));
    }
}
CS
dotnet build "$empty/EmptyOperationAnalyzer.csproj" -c Release -nologo -v:q

python3 - "$work" "$count" <<'PY'
import sys, os
work, count = sys.argv[1], int(sys.argv[2])
per_file = 100
for f in range(0, count, per_file):
    lines = ["using System.Collections.Generic;", "using Finpay.Generated;", "", "namespace Bench;", "",
             f"public static class Requests{f // per_file:03d}", "{",
             "    public static List<PaymentRequest> All() => new()", "    {"]
    for i in range(f, min(f + per_file, count)):
        lines.append(f'''        new PaymentRequest
        {{
            Order = new Order {{ Id = "ORDER-{i:06d}", Amount = "{1000 + i}", Currency = "IDR", Description = "Item {i}" }},
            Customer = new Customer {{ Id = "c{i}", Email = "c{i}@example.com", FirstName = "Hajar", LastName = "Ismail", MobilePhone = "+6281286288844" }},
            Card = new Card {{ Token = "81b36a850c2e40458bad296f952084b516c919ca717d448722782769b81b9fd9", StoredOnFile = "STORED" }},
        }},''')
    lines += ["    };", "}", ""]
    open(os.path.join(work, f"Requests{f // per_file:03d}.cs"), "w").write("\n".join(lines))
PY

echo "Project: $count PaymentRequest initializers (14 constant string assignments each) in $(ls "$work"/*.cs | wc -l) files"
dotnet restore "$work/Bench.csproj" -v:q
build() { # log, extra msbuild arguments...
  local log="$1"; shift
  /usr/bin/time -f "%U %S" -o "$log.cpu" dotnet build "$work/Bench.csproj" -c Release --no-restore --no-incremental -nologo \
    -nodeReuse:false -p:UseSharedCompilation=false -v:d -clp:PerformanceSummary "$@" > "$log"
  grep -E "^ +[0-9]+ ms +Csc +[0-9]+ calls" "$log" | sed 's/^ */Csc task: /'
  awk '{ printf "build CPU: %.1f s (user+sys, build and compiler processes)\n", $1 + $2 }' "$log.cpu"
}
for run in $(seq 1 "$runs"); do
  # A baseline without the FINPAY analyzers first, so the difference in Csc time shows next to the compiler's own report.
  log="$work/baseline-$run.log"
  echo "== run $run, baseline without Finpay.Generated.Analyzers"
  build "$log" -p:WithFinpayAnalyzers=false
  log="$work/build-$run.log"
  echo "== run $run, with Finpay.Generated.Analyzers"
  build "$log" -p:ReportAnalyzer=true
  grep -E "Total analyzer execution time|Total generator execution time" "$log" | sed 's/^ *//' | sort -u
  grep -v -- "/analyzer:" "$log" | grep -E "Finpay.Generated.Analyzers|Microsoft.CodeAnalysis.(CSharp.)?NetAnalyzers, " | sed 's/^ *//' | sort -u
  log="$work/empty-$run.log"
  echo "== run $run, with a do-nothing analyzer on OperationKind.SimpleAssignment instead"
  build "$log" -p:WithFinpayAnalyzers=false -p:WithEmptyAnalyzer=true -p:ReportAnalyzer=true
  grep -E "Total analyzer execution time" "$log" | sed 's/^ *//' | sort -u
  grep -v -- "/analyzer:" "$log" | grep -E "EmptyOperationAnalyzer|Microsoft.CodeAnalysis.(CSharp.)?NetAnalyzers, " | sed 's/^ *//' | sort -u
done
