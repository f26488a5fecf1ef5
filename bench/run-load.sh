#!/usr/bin/env bash
# Load test (issue 8): 8, 32 and 64 concurrent clients for SECONDS each against `opsk serve` on loopback,
# while an ingest of a larger generated folder runs into the same index. Prints a Markdown table.
# Usage: bench/run-load.sh [SECONDS]   (default 60)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
seconds="${1:-60}"
work="$(mktemp -d /tmp/opsk-load.XXXXXX)"
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

./opsk ingest corpus --index "$work/index" > /dev/null
# A folder big enough that the ingest is still running during the whole load.
mkdir -p "$work/more"
for i in $(seq 1 6000); do
  for f in corpus/*.md corpus/*.txt; do
    { echo "<!-- copy $i -->"; cat "$f"; } > "$work/more/$i-$(basename "$f")"
  done
done
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
./opsk serve --index "$work/index" --urls "http://127.0.0.1:$port" > "$work/serve.log" 2>&1 &
for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$port/api/docs" > /dev/null && break; sleep 0.2; done
./opsk ingest "$work/more" --index "$work/index" > "$work/ingest.log" 2>&1 &
ingest=$!
dotnet run -c Release --project bench/OpsKnowledge.Benchmarks -- load --url "http://127.0.0.1:$port" --seconds "$seconds" --clients 8,32,64
if kill -0 "$ingest" 2>/dev/null; then echo "(the ingest was still running when the load ended, as intended)"; else echo "(warning: the ingest finished before the load ended)"; fi
