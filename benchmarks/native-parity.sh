#!/usr/bin/env bash
# The native build (README, "Installing the CLI": `dotnet publish -p:PublishAot=true`) against the .NET build: trimming
# and ahead-of-time compilation must change nothing a user sees. Both lint the samples (text, JSON and SARIF), a
# generated corpus (also through the cache, cold then warm), a generated Parquet dataset and a JSON Lines one; both apply
# the fixes to copies of the corpus and the dataset; both lint the corpus in two shards (then merge them),
# `--changed-since` a commit of 30 edits, print `rules`, `explain` and `inspect`, and `init` a project. Every output,
# exit code and written file must be the same, byte for byte. The native build must also refuse the samples' C# rules: exit 2 and a
# message, nothing linted.
# Usage: benchmarks/native-parity.sh        NATIVE=DIR/corpuslint to check a published native CLI instead of publishing
# one here (a few minutes; needs clang, or clang-N, and zlib's headers: apt-get install clang zlib1g-dev). COUNT=300 documents.
# Prints one line per check and "N passed, N failed"; exits 1 when a check fails.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${COUNT:-300}
work=$(mktemp -d /tmp/corpuslint-parity.XXXXXX)
trap 'rm -rf "$work"' EXIT

echo "commit $(git rev-parse --short HEAD), work folder $work"
dotnet build src/CorpusLint.Cli -c Release -o "$work/managed" -v quiet -nologo >/dev/null
dotnet build benchmarks/CorpusLint.Benchmarks -c Release -o "$work/bench" -v quiet -nologo >/dev/null
native=${NATIVE:-}
if [ -z "$native" ]; then
  bash benchmarks/publish-native.sh "$work/native"
  native=$work/native/corpuslint
fi
managed=(dotnet "$work/managed/corpuslint.dll")

echo "== inputs: $count generated articles, the same as a Parquet and a JSON Lines dataset"
dotnet "$work/bench/CorpusLint.Benchmarks.dll" generate --count "$count" --out "$work/corpus" >/dev/null
dotnet "$work/bench/CorpusLint.Benchmarks.dll" generate-parquet --count "$count" --rows-per-group 64 --out "$work/news.parquet" >/dev/null
dotnet "$work/bench/CorpusLint.Benchmarks.dll" generate-jsonl --count "$count" --out "$work/news.jsonl" >/dev/null

passed=0 failed=0
# same NAME ARGS...: runs both builds with ARGS in the repository root; standard output, standard error (the timing
# in the summary line masked) and the exit code must match.
same() {
  local name=$1; shift
  local m n
  m=$("${managed[@]}" "$@" 2>"$work/m.err"; echo "exit $?")
  n=$("$native" "$@" 2>"$work/n.err"; echo "exit $?")
  sed -i -E 's/ in [0-9.]+ s \([0-9.]+ MB\/s\)//' "$work/m.err" "$work/n.err"
  if [ "$m" == "$n" ] && cmp -s "$work/m.err" "$work/n.err"; then
    passed=$((passed + 1)); echo "ok    $name ($(echo "$m" | tail -n 1))"
  else
    failed=$((failed + 1)); echo "FAIL  $name"
    diff <(echo "$m") <(echo "$n") | head -n 10 || true
    diff "$work/m.err" "$work/n.err" | head -n 10 || true
  fi
}
# fixed NAME INPUT: both builds apply every fix to their own copy of INPUT; the copies must end up the same, and not
# the same as INPUT (a dataset's fixed copy is written beside it).
fixed() {
  local name=$1 input=$2
  local base; base=$(basename "$input")
  rm -rf "$work/fix-"*; mkdir "$work/fix-m" "$work/fix-n" "$work/fix-0"
  cp -r "$input" "$work/fix-m/"; cp -r "$input" "$work/fix-n/"; cp -r "$input" "$work/fix-0/"
  "${managed[@]}" lint "$work/fix-m/$base" --fix --unsafe-fixes --no-cache --no-progress >/dev/null 2>&1 || true
  "$native" lint "$work/fix-n/$base" --fix --unsafe-fixes --no-cache --no-progress >/dev/null 2>&1 || true
  if diff -r "$work/fix-m" "$work/fix-n" >/dev/null && ! diff -r "$work/fix-0" "$work/fix-m" >/dev/null; then
    passed=$((passed + 1)); echo "ok    $name"
  else
    failed=$((failed + 1)); echo "FAIL  $name (the fixed copies differ, or nothing was fixed)"
  fi
}
# warm NAME PATH: each build lints PATH twice with a cache of its own; the second (cached) reports must match.
warm() {
  local name=$1 path=$2 m n
  "${managed[@]}" lint "$path" --no-progress --cache-dir "$work/cache-m" >/dev/null 2>&1 || true
  "$native" lint "$path" --no-progress --cache-dir "$work/cache-n" >/dev/null 2>&1 || true
  m=$("${managed[@]}" lint "$path" --no-progress -f json --reproducible --cache-dir "$work/cache-m" 2>/dev/null; echo "exit $?")
  n=$("$native" lint "$path" --no-progress -f json --reproducible --cache-dir "$work/cache-n" 2>"$work/n.err"; echo "exit $?")
  if [ "$m" == "$n" ] && grep -q "from cache" "$work/n.err"; then
    passed=$((passed + 1)); echo "ok    $name"
  else
    failed=$((failed + 1)); echo "FAIL  $name"; diff <(echo "$m") <(echo "$n") | head -n 10 || true; tail -n 2 "$work/n.err"
  fi
}

same "samples, text" lint samples --no-custom-rules --no-cache --no-progress
same "samples, JSON" lint samples --no-custom-rules --no-cache --no-progress -f json --reproducible
same "samples, SARIF" lint samples --no-custom-rules --no-cache --no-progress -f sarif
same "corpus, JSON" lint "$work/corpus" --no-cache --no-progress -f json --reproducible
warm "corpus, JSON, from the cache" "$work/corpus"
same "Parquet dataset, JSON" lint "$work/news.parquet" --no-cache --no-progress -f json --reproducible
same "JSON Lines dataset, JSON" lint "$work/news.jsonl" --no-cache --no-progress -f json --reproducible
same "corpus, --diff" lint "$work/corpus" --diff --unsafe-fixes --no-cache --no-progress
same "rules" rules
same "explain CL4001" explain CL4001
same "inspect" inspect samples/defects/missing-final-newline.txt
fixed "corpus, --fix" "$work/corpus"
fixed "Parquet dataset, --fix" "$work/news.parquet"

# Shards of the corpus: the same shard reports, merged the same way.
for build in m n; do
  for k in 1 2; do
    if [ $build == m ]; then cli=("${managed[@]}"); else cli=("$native"); fi
    "${cli[@]}" lint "$work/corpus" --shard "$k/2" --no-cache --no-progress -f json --reproducible -o "$work/shard-$build-$k.json" 2>/dev/null || true
  done
done
if cmp -s "$work/shard-m-1.json" "$work/shard-n-1.json" && cmp -s "$work/shard-m-2.json" "$work/shard-n-2.json"; then
  passed=$((passed + 1)); echo "ok    shards 1/2 and 2/2, JSON"
else
  failed=$((failed + 1)); echo "FAIL  shards 1/2 and 2/2, JSON"
fi
same "merge of the two shards" merge "$work/shard-m-1.json" "$work/shard-m-2.json" -f json

# A commit of 30 edited files: --changed-since reads git's answer the same way.
git -C "$work/corpus" init -q && git -C "$work/corpus" add -A && git -C "$work/corpus" -c user.name=parity -c user.email=parity@example.invalid commit -q -m corpus
# sed, not head: head closing the pipe before sort is done ends the script under pipefail (a CI run failed so).
find "$work/corpus" -name '*.txt' | sort | sed -n 1,30p | while read -r f; do printf '\nRead more: the next story.\n' >> "$f"; done
git -C "$work/corpus" -c user.name=parity -c user.email=parity@example.invalid commit -q -am edits
# (git is asked in the working folder, so both run in the corpus.)
m=$(cd "$work/corpus" && "${managed[@]}" lint . --changed-since HEAD~1 --no-cache --no-progress -f json --reproducible 2>&1; echo "exit $?")
n=$(cd "$work/corpus" && "$native" lint . --changed-since HEAD~1 --no-cache --no-progress -f json --reproducible 2>&1; echo "exit $?")
m=$(echo "$m" | sed -E 's/ in [0-9.]+ s \([0-9.]+ MB\/s\)//'); n=$(echo "$n" | sed -E 's/ in [0-9.]+ s \([0-9.]+ MB\/s\)//')
if [ "$m" == "$n" ] && [[ $n == *"corpuslint: 30 document(s)"* ]]; then
  passed=$((passed + 1)); echo "ok    --changed-since HEAD~1 (30 files)"
else
  failed=$((failed + 1)); echo "FAIL  --changed-since HEAD~1 (30 files)"; echo "$n" | tail -n 2
fi

# init writes the same starter files.
mkdir "$work/init-m" "$work/init-n"
(cd "$work/init-m" && "${managed[@]}" init >/dev/null 2>&1) || true
(cd "$work/init-n" && "$native" init >/dev/null 2>&1) || true
if [ -n "$(ls -A "$work/init-m")" ] && diff -r "$work/init-m" "$work/init-n" >/dev/null; then
  passed=$((passed + 1)); echo "ok    init"
else
  failed=$((failed + 1)); echo "FAIL  init (the starter files differ, or none were written)"
fi

# The samples' C# rules: the native build cannot load code, so it stops before linting, with a message.
if "$native" lint samples --no-cache --no-progress >"$work/out" 2>"$work/err"; then code=0; else code=$?; fi
if [ "$code" -eq 2 ] && [ ! -s "$work/out" ] && grep -q "native build" "$work/err"; then
  passed=$((passed + 1)); echo "ok    native build refuses the samples' C# rules (exit 2)"
else
  failed=$((failed + 1)); echo "FAIL  native build and the samples' C# rules: exit $code"; head -n 3 "$work/err"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
