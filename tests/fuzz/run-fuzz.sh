#!/usr/bin/env bash
# Fuzzes the repair stage, the text/Markdown/HTML readers, structure, extraction and the query parser with the
# property tests of tests/OpsKnowledge.Application.Tests/Properties, for a fixed time (outside CI).
# Usage: tests/fuzz/run-fuzz.sh [MINUTES]   (default 10). A failing case is printed shrunk; add it as a fixture.
set -uo pipefail
cd "$(dirname "$0")/../.."
minutes="${1:-10}"
end=$(( $(date +%s) + minutes * 60 ))
dotnet build tests/OpsKnowledge.Application.Tests -c Release --nologo -v quiet -clp:ErrorsOnly || exit 1
rounds=0
while [ "$(date +%s)" -lt "$end" ]; do
  rounds=$((rounds + 1))
  if ! OPSK_FUZZ_CASES=2000 dotnet test tests/OpsKnowledge.Application.Tests -c Release --no-build --nologo \
        --filter "FullyQualifiedName~Properties" --logger "console;verbosity=minimal"; then
    echo "fuzz: a property failed in round $rounds (see the shrunk case above)"
    exit 1
  fi
done
echo "fuzz: $rounds rounds of 2000 cases per property, no failure in $minutes minutes"
