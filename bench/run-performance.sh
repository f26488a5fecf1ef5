#!/usr/bin/env bash
# Reproduces docs/PERFORMANCE.md and docs/performance.svg: generates the corpora, ingests and searches each size,
# runs the hot-path micro benchmarks and the opencc/jieba anchors, then writes the report.
#   bash bench/run-performance.sh                 # sizes 1000 and 10000
#   SIZES="1000 10000 100000" bash bench/run-performance.sh
#   SKIP_MICRO=1 ...  skips BenchmarkDotNet;  WORK=/path  puts corpora (100k ≈ 1.3 GB) and indexes elsewhere
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES="${SIZES:-1000 10000}"
WORK="${WORK:-${TMPDIR:-/tmp}/opsk-perf}"
mkdir -p "$WORK/results"
rm -f "$WORK"/results/*.json

# Anchors: Debian's opencc and python3-jieba, installed when missing (skipped with a note in the report when that fails).
if ! command -v opencc >/dev/null || ! /usr/bin/python3 -c 'import jieba' 2>/dev/null; then
  if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
    apt-get update -qq || true
    apt-get install -y -qq --no-install-recommends opencc python3-jieba || echo "anchors: could not install opencc/python3-jieba; the report will say so"
  fi
fi

dotnet build -c Release bench/OpsKnowledge.Benchmarks -v q -nologo
BENCH=(dotnet bench/OpsKnowledge.Benchmarks/bin/Release/net10.0/OpsKnowledge.Benchmarks.dll)

SERVE_PID=""
HTTP_ARGS=()
if [ -n "${HTTP_URL:-}" ]; then HTTP_ARGS=(--http "$HTTP_URL"); fi

for size in $SIZES; do
  "${BENCH[@]}" generate --size "$size" --out "$WORK/corpus-$size"
  "${BENCH[@]}" macro --size "$size" --work "$WORK" "${HTTP_ARGS[@]}"
done
# Search over HTTP, 8 in flight, against `opsk serve` on the largest index (loopback only).
largest="${SIZES##* }"
if [ -x ./opsk ] && ./opsk serve --help >/dev/null 2>&1; then
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  ./opsk serve --index "$WORK/index-$largest" --urls "http://127.0.0.1:$port" > "$WORK/serve.log" 2>&1 &
  SERVE_PID=$!
  for _ in $(seq 1 150); do curl -fs "http://127.0.0.1:$port/api/docs" > /dev/null && break; sleep 0.2; done
  "${BENCH[@]}" macro --size "$largest" --work "$WORK" --http-only --http "http://127.0.0.1:$port/api/search?q={0}" || true
  kill "$SERVE_PID" || true
  SERVE_PID=""
fi
"${BENCH[@]}" anchors --work "$WORK"
if [ -z "${SKIP_MICRO:-}" ]; then "${BENCH[@]}" micro --work "$WORK"; fi
"${BENCH[@]}" report --work "$WORK"
[ -n "$SERVE_PID" ] && kill "$SERVE_PID" || true
