#!/usr/bin/env bash
# Runs every test project of the solution. Usage: ./test.sh [--results DIR]
set -uo pipefail
cd "$(dirname "$0")"
results="artifacts/test-results"
[ "${1:-}" = "--results" ] && results="$2"
mkdir -p "$results"
# Browser, office and OCR tests need Debian packages; installed here when missing (a line says so when it cannot).
tools/install-test-deps.sh
dotnet build OpsKnowledge.sln -c Release --nologo -v quiet -clp:ErrorsOnly || exit 1
dotnet test OpsKnowledge.sln -c Release --no-build --nologo \
  --logger "trx" --logger "console;verbosity=minimal" --results-directory "$results"
