#!/usr/bin/env bash
# Issue 13's streaming figures: peak memory of linting one large generated JSON Lines file, and throughput on records
# against the same articles as files.
#   memory     - generate-jsonl --bytes SIZE (default 5G; several sizes: SIZES="1G 2G 5G"), linted with --format json -o
#   throughput - the same COUNT articles (default 20000) as files (generate) and as one JSON Lines file (generate-jsonl)
# Usage: benchmarks/run-datasets.sh [memory|throughput|all]      JOBS=2 (default), DATASETS_DIR=/tmp/... (default: a new temp folder)
# The inputs are generated under the temp folder and deleted when the script ends. Needs /usr/bin/time.
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-all}
jobs=${JOBS:-2}
sizes=${SIZES:-5G}
count=${COUNT:-20000}
work=${DATASETS_DIR:-$(mktemp -d /tmp/corpuslint-datasets.XXXXXX)}
trap 'rm -rf "$work"' EXIT

echo "commit $(git rev-parse --short HEAD), $(nproc) cores, jobs $jobs, work folder $work"
dotnet build src/CorpusLint.Cli -c Release -o "$work/cli" -v quiet -nologo >/dev/null
dotnet build benchmarks/CorpusLint.Benchmarks -c Release -o "$work/bench" -v quiet -nologo >/dev/null
cli=(dotnet "$work/cli/corpuslint.dll")
bench=(dotnet "$work/bench/CorpusLint.Benchmarks.dll")

# Runs corpuslint with /usr/bin/time; prints wall time, peak RSS, input MB/s and the summary line.
measure() {
  local label=$1 bytes=$2; shift 2
  local log="$work/time.log"
  /usr/bin/time -f "%e %M" -o "$log" "${cli[@]}" "$@" --no-progress 2>"$work/stderr.log" || true
  read -r seconds kilobytes < <(tail -n 1 "$log")
  printf '%-40s %8.1f s %6.0f MB peak RSS %7.1f MB/s   %s\n' "$label" "$seconds" "$((kilobytes / 1024))" \
    "$(awk -v b="$bytes" -v s="$seconds" 'BEGIN { print b / 1e6 / s }')" "$(tail -n 1 "$work/stderr.log")"
}

if [[ $what == memory || $what == all ]]; then
  for size in $sizes; do
    "${bench[@]}" generate-jsonl --bytes "$size" --out "$work/news.jsonl" --seed 42
    measure "lint $size news.jsonl (json to a file)" "$(stat -c %s "$work/news.jsonl")" "$work/news.jsonl" --format json -o "$work/news.json" --jobs "$jobs" --no-cache
    rm -f "$work/news.jsonl" "$work/news.json"
  done
fi

if [[ $what == throughput || $what == all ]]; then
  "${bench[@]}" generate --count "$count" --out "$work/files" --seed 42
  "${bench[@]}" generate-jsonl --count "$count" --out "$work/same.jsonl" --seed 42
  text_bytes=$(cat "$work"/files/*/*.txt | wc -c)
  # Both rates are of the articles' text, so that the JSON around the records does not count as work done.
  # Cold for both: records are never cached, so the files are linted without the cache too.
  measure "lint $count articles as files" "$text_bytes" "$work/files" -o "$work/files.out" --jobs "$jobs" --no-cache
  measure "lint $count articles as records" "$text_bytes" "$work/same.jsonl" -o "$work/records.out" --jobs "$jobs" --no-cache
fi
