#!/usr/bin/env bash
# Front door for the build: restores the pinned tools, runs the Cake target (Default unless --target=... is given) and ends
# with one line "N passed, N failed, N skipped" summed over every test assembly.
set -uo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 PACT_DO_NOT_TRACK=true

summary=artifacts/test-results/summary.txt
rm -f "$summary"
dotnet tool restore >/dev/null || { echo "dotnet tool restore failed"; exit 1; }
dotnet cake "$@"
code=$?
if [ -f "$summary" ]; then
  cat "$summary"
elif [ "$code" -ne 0 ]; then
  echo "The run stopped before any test ran (exit code $code)."
  echo "0 passed, 0 failed"
fi
exit $code
