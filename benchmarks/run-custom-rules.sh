#!/usr/bin/env bash
# Project C# rules (issue 12): the first run compiles the rules folder with Roslyn, later runs load the
# compiled assembly from the cache folder. Times one cold run (empty cache) and RUNS warm runs of
# `corpuslint lint` on a one-article project whose rules folder holds samples/.corpuslint/rules/, and
# the same project with --no-custom-rules, in wall-clock milliseconds.
#
#   benchmarks/run-custom-rules.sh            RUNS=5 by default
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
runs=${RUNS:-5}

dotnet build src/CorpusLint.Cli -c Release -v q -nologo >/dev/null
corpuslint=$PWD/src/CorpusLint.Cli/bin/Release/net10.0/corpuslint

project=$(mktemp -d)
trap 'rm -rf "$project"' EXIT
mkdir -p "$project/rules"
cp samples/.corpuslint/rules/*.cs "$project/rules/"
cp samples/house/ferry-breakdown.txt "$project/"
echo '{ "customRules": "rules" }' > "$project/corpuslint.json"

wall() { # prints the wall time in ms of one run of "$@" in $project
  local start end
  start=$(date +%s%N)
  (cd "$project" && "$@" >/dev/null 2>&1) || true
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}

echo "cold (compiles):      $(wall "$corpuslint" lint --no-progress) ms"
for i in $(seq "$runs"); do echo "warm $i (cache):       $(wall "$corpuslint" lint --no-progress) ms"; done
for i in $(seq "$runs"); do echo "--no-custom-rules $i:  $(wall "$corpuslint" lint --no-progress --no-custom-rules) ms"; done
