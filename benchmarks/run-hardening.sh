#!/usr/bin/env bash
# Peak memory and time on the inputs of issue 8 that are too large for unit tests:
#   line  - one document of 1 GiB on a single line (generated articles, line breaks turned into spaces)
#   files - 1,000,000 small files (generated articles of ~500 bytes, 1,000 per folder), and 100,000 of them for comparison
#   formats - the 100,000 files in every report format, as --diff, and through a baseline (record, then compare)
# Usage: benchmarks/run-hardening.sh [line|files|formats|all]      JOBS=2 (default), HARDENING_DIR=/tmp/... (default: a new temp folder)
# The inputs are generated under the temp folder and deleted when the script ends. Needs python3 and /usr/bin/time.
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-all}
jobs=${JOBS:-2}
work=${HARDENING_DIR:-$(mktemp -d /tmp/corpuslint-hardening.XXXXXX)}
trap 'rm -rf "$work"' EXIT

echo "commit $(git rev-parse --short HEAD), $(nproc) cores, jobs $jobs, work folder $work"
dotnet build src/CorpusLint.Cli -c Release -o "$work/cli" -v quiet -nologo >/dev/null
dotnet build benchmarks/CorpusLint.Benchmarks -c Release -o "$work/bench" -v quiet -nologo >/dev/null
cli=(dotnet "$work/cli/corpuslint.dll")

# Runs corpuslint with /usr/bin/time; prints wall time, peak RSS and the summary line.
measure() {
  local label=$1; shift
  local log="$work/time.log"
  /usr/bin/time -f "%e %M" -o "$log" "${cli[@]}" "$@" --no-progress 2>"$work/stderr.log" || true
  read -r seconds kilobytes < <(tail -n 1 "$log")
  printf '%-34s %8.1f s %8.0f MB peak RSS   %s\n' "$label" "$seconds" "$((kilobytes / 1024))" "$(tail -n 1 "$work/stderr.log")"
}

if [[ $what == line || $what == all ]]; then
  dotnet "$work/bench/CorpusLint.Benchmarks.dll" generate --count 2000 --out "$work/articles" --seed 42 >/dev/null
  python3 - "$work/articles" "$work/line.txt" <<'PY'
import pathlib, sys
text = b" ".join(p.read_bytes().replace(b"\r", b" ").replace(b"\n", b" ") for p in sorted(pathlib.Path(sys.argv[1]).rglob("*.txt")))
size = 1 << 30
with open(sys.argv[2], "wb") as out:
    written = 0
    while written < size:
        chunk = text[: size - written]
        out.write(chunk)
        written += len(chunk)
PY
  rm -rf "$work/articles"
  echo "1 GiB single line: $(stat -c %s "$work/line.txt") bytes, $(tr -cd '\n' <"$work/line.txt" | wc -c) line breaks"
  measure "lint line.txt (json to a file)" "$work/line.txt" --format json -o "$work/line.json" --jobs "$jobs"
  rm -f "$work/line.txt" "$work/line.json"
fi

if [[ $what == files || $what == all ]]; then
  dotnet "$work/bench/CorpusLint.Benchmarks.dll" generate --count 1000000 --size 500 --out "$work/files" --seed 42
  dotnet "$work/bench/CorpusLint.Benchmarks.dll" generate --count 100000 --size 500 --out "$work/files100k" --seed 42
  measure "lint 100,000 files (text to a file)" "$work/files100k" -o "$work/files100k.out" --jobs "$jobs"
  measure "lint 1,000,000 files (text to a file)" "$work/files" -o "$work/files.out" --jobs "$jobs"
  echo "report lines: 100k $(wc -l <"$work/files100k.out"), 1M $(wc -l <"$work/files.out")"
fi

if [[ $what == formats || $what == all ]]; then
  [[ -d $work/files100k ]] || dotnet "$work/bench/CorpusLint.Benchmarks.dll" generate --count 100000 --size 500 --out "$work/files100k" --seed 42
  for format in text json full github sarif; do
    measure "lint 100,000 files (--format $format -o)" "$work/files100k" --format "$format" -o "$work/files100k.$format" --jobs "$jobs"
  done
  measure "lint 100,000 files (--diff -o)" "$work/files100k" --diff -o "$work/files100k.diff" --jobs "$jobs"
  measure "lint 100,000 files (--update-baseline)" "$work/files100k" --baseline "$work/baseline.json" --update-baseline -o "$work/files100k.none" --jobs "$jobs"
  measure "lint 100,000 files (--baseline)" "$work/files100k" --baseline "$work/baseline.json" -o "$work/files100k.none" --jobs "$jobs"
  echo "report sizes: $(du -h "$work"/files100k.{text,json,full,github,sarif,diff} | awk '{printf "%s %s  ", $2, $1}' | sed "s#$work/##g")"
  echo "baseline: $(du -h "$work/baseline.json" | cut -f1)"
fi
