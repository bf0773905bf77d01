#!/usr/bin/env bash
# Measures what the build-time generation costs a developer: a no-op rebuild of the SDK (lint, NSwag and compilation all
# skipped) and a rebuild after the spec changed (lint, NSwag for each target framework, compilation), RUNS times each.
# Usage: generator/measure-build-cost.sh [RUNS]   (from the repository root; prints a Markdown table)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
project=src/Finpay.Generated/Finpay.Generated.csproj
build() { dotnet build "$project" -c Release -nologo -v:q -p:UseSharedCompilation=true >/dev/null; }
millis() { local start end; start=$(date +%s%N); "$@"; end=$(date +%s%N); echo $(( (end - start) / 1000000 )); }

build   # warm: restore, compiler server, everything up to date
echo "| run | no-op rebuild (s) | rebuild after a spec change (s) |"
echo "|---|---|---|"
for i in $(seq 1 "$runs"); do
  noop=$(millis build)
  touch spec/finpay-card.yaml
  changed=$(millis build)
  printf '| %d | %d.%02d | %d.%02d |\n' "$i" $((noop / 1000)) $((noop % 1000 / 10)) $((changed / 1000)) $((changed % 1000 / 10))
done
