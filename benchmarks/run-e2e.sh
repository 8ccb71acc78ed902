#!/usr/bin/env bash
# End-to-end benchmark (SPEC section 9): cold `corpuslint lint` over a synthetic corpus, side by side with
# ripgrep (`rg -c -F "Read more"`, the practical floor for reading and scanning the bytes), and peak memory.
#
#   benchmarks/run-e2e.sh [COUNT]          COUNT files (default 100000, ~250 MB) in /tmp/corpuslint-e2e-COUNT
#   E2E_DIR=/path RUNS=5 benchmarks/run-e2e.sh 20000
#
# Needs hyperfine, ripgrep and GNU time (apt-get install -y hyperfine ripgrep time); without hyperfine
# it falls back to timing each command RUNS times with bash's `time`. The corpus is reused when it
# already has COUNT files. "Cold" means no CorpusLint cache (there is none yet; later: --no-cache) — the
# files themselves are in the page cache for both tools, after a warm-up run.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

count=${1:-100000}
dir=${E2E_DIR:-/tmp/corpuslint-e2e-$count}
runs=${RUNS:-3}
jobs=${JOBS:-$(nproc)}

for tool in rg hyperfine /usr/bin/time; do
  command -v "$tool" >/dev/null || echo "note: $tool not found (apt-get install -y ripgrep hyperfine time)" >&2
done
command -v rg >/dev/null || { echo "ripgrep is required" >&2; exit 2; }

echo "== build (Release)"
dotnet build src/CorpusLint.Cli -c Release -v q -nologo >/dev/null
dotnet build benchmarks/CorpusLint.Benchmarks -c Release -v q -nologo >/dev/null
corpuslint=src/CorpusLint.Cli/bin/Release/net10.0/corpuslint
generator=benchmarks/CorpusLint.Benchmarks/bin/Release/net10.0/CorpusLint.Benchmarks

have=$( [ -d "$dir" ] && find "$dir" -name '*.txt' | wc -l || echo 0 )
if [ "$have" -ne "$count" ]; then
  echo "== generate $count files into $dir"
  rm -rf "$dir"
  "$generator" generate --count "$count" --out "$dir" --seed 42
fi
bytes=$(du -sb "$dir" | cut -f1)
lint="$corpuslint lint $dir --format json --output /dev/null --no-progress --jobs $jobs"
grep="rg -c -F 'Read more' $dir"

echo "== corpus: $count files, $((bytes / 1000000)) MB in $dir"
echo "== commit: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src rules || echo ' (+ local changes)'), $(nproc) cores, jobs $jobs"
echo "== rules: $($corpuslint rules 2>/dev/null | grep -o 'CL[0-9]\{4\}' | sort -u | tr '\n' ' ')"

if command -v hyperfine >/dev/null; then
  # corpuslint exits 1 when it finds errors: -i keeps the timing.
  hyperfine -i --warmup 1 --runs "$runs" --export-markdown /tmp/corpuslint-e2e-hyperfine.md \
    -n "rg -c -F 'Read more'" "$grep > /dev/null" \
    -n "corpuslint lint (json to /dev/null)" "$lint"
  cat /tmp/corpuslint-e2e-hyperfine.md
else
  for name in rg corpuslint; do
    cmd=$grep; [ "$name" = corpuslint ] && cmd=$lint
    eval "$cmd" >/dev/null 2>&1 || true
    for _ in $(seq "$runs"); do
      start=$(date +%s.%N); eval "$cmd" >/dev/null 2>&1 || true; end=$(date +%s.%N)
      echo "$name: $(echo "$end - $start" | bc) s"
    done
  done
fi

if [ -x /usr/bin/time ]; then
  echo "== peak memory"
  for name in rg corpuslint; do
    cmd=$grep; [ "$name" = corpuslint ] && cmd=$lint
    rss=$( { /usr/bin/time -v bash -c "exec $cmd > /dev/null 2>/dev/null" ; } 2>&1 | sed -n 's/.*Maximum resident set size (kbytes): //p' || true)
    echo "$name: peak RSS $((rss / 1024)) MB"
  done
fi
echo "== summary line of one corpuslint run"
$lint 2>&1 >/dev/null | tail -1 || true
