#!/bin/bash
# Lints an archive on a Slurm cluster: a job array of N shards (`corpuslint lint --shard K/N`, each task with its own
# report and cache folder) and a merge job that depends on it (--dependency=afterok) and writes the report one run over
# the whole corpus would have written. When a task fails, the merge does not run; a job in its place
# (--dependency=afternotok) names each failed shard in logs/merge.log and fails.
#
#   deploy/slurm/lint-archive.sh --corpus DIR --out DIR [options] [-- LINT OPTIONS...]
#
#   --corpus DIR           the corpus root (each task lints `.` from there; every node must see it)
#   --out DIR              the run's folder: reports/, logs/, cache/, status/, merged.json, merge.status
#   --shards N             number of shards and array tasks (default 16)
#   --cpus-per-task C      cores per task, passed to corpuslint --jobs (default 4)
#   --corpuslint PATH      the corpuslint executable every node can run (default: corpuslint on PATH)
#   --format json|text     format of the merged report (default json)
#   --max-warnings N       the merge exits 1 above N warnings
#   --partition P, --time LIMIT, --mem SIZE, --account A   passed to sbatch for every job
#   --wait                 wait for the merge, print its log and exit with its exit code (0 clean, 1 problems, 2 failure)
#   -- LINT OPTIONS        passed to every `corpuslint lint` task (e.g. --severity warning, --reproducible)
#
# Prints the job ids. Without --wait it returns at once: the outcome is in OUT/logs/merge.log and OUT/merge.status.
set -euo pipefail

usage() { sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
fail() { echo "lint-archive: $*" >&2; exit 2; }

corpus="" out="" shards=16 cpus=4 corpuslint="" format=json max_warnings="" wait=0 sbatch_options=()
while [ $# -gt 0 ]; do
  case $1 in
    --corpus) corpus=${2:?--corpus needs a folder}; shift 2 ;;
    --out) out=${2:?--out needs a folder}; shift 2 ;;
    --shards) shards=${2:?--shards needs a number}; shift 2 ;;
    --cpus-per-task) cpus=${2:?--cpus-per-task needs a number}; shift 2 ;;
    --corpuslint) corpuslint=${2:?--corpuslint needs a path}; shift 2 ;;
    --format) format=${2:?--format needs json or text}; shift 2 ;;
    --max-warnings) max_warnings=${2:?--max-warnings needs a number}; shift 2 ;;
    --partition | --time | --mem | --account) sbatch_options+=("$1=${2:?$1 needs a value}"); shift 2 ;;
    --wait) wait=1; shift ;;
    -h | --help) usage ;;
    --) shift; break ;;
    *) fail "unknown option '$1' (see --help)" ;;
  esac
done

[ -n "$corpus" ] && [ -n "$out" ] || usage
[ -d "$corpus" ] || fail "--corpus: no such folder: $corpus"
[[ $shards =~ ^[1-9][0-9]*$ ]] || fail "--shards: expected a number of shards, 1 or more, got '$shards'"
[[ $cpus =~ ^[1-9][0-9]*$ ]] || fail "--cpus-per-task: expected a number of cores, 1 or more, got '$cpus'"
[[ $format =~ ^(json|text)$ ]] || fail "--format: expected json or text, got '$format'"
[ -z "$max_warnings" ] || [[ $max_warnings =~ ^[0-9]+$ ]] || fail "--max-warnings: expected a number, got '$max_warnings'"
corpuslint=$(command -v "${corpuslint:-corpuslint}") || fail "corpuslint not found (give --corpuslint PATH)"
command -v sbatch >/dev/null || fail "sbatch not found: run this on a Slurm login node"

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
corpus=$(cd "$corpus" && pwd)
mkdir -p "$out"/{reports,logs,status,cache}
out=$(cd "$out" && pwd)

# Results of an earlier run in the same folder must not pass for this run's.
rm -f "$out"/reports/shard-*-of-"$shards".json "$out"/status/shard-*-of-"$shards" "$out/merged.$format" "$out/merge.status" "$out/logs/merge.log"

export LINT_ARCHIVE_CORPUSLINT="$corpuslint" LINT_ARCHIVE_CORPUS="$corpus" LINT_ARCHIVE_OUT="$out" \
  LINT_ARCHIVE_SHARDS="$shards" LINT_ARCHIVE_FORMAT="$format" LINT_ARCHIVE_MAX_WARNINGS="$max_warnings"

array=$(sbatch --parsable --export=ALL "${sbatch_options[@]}" --job-name=corpuslint-shards --array="1-$shards" \
  --cpus-per-task="$cpus" --output="$out/logs/shard-%a-of-$shards.log" "$here/lint-archive.sbatch" shard "$@")
array=${array%%;*}
merge=$(sbatch --parsable --export=ALL "${sbatch_options[@]}" --job-name=corpuslint-merge --cpus-per-task=1 \
  --dependency="afterok:$array" --kill-on-invalid-dep=yes --output="$out/logs/merge.log" --open-mode=append \
  "$here/lint-archive.sbatch" merge)
merge=${merge%%;*}
failed=$(sbatch --parsable --export=ALL "${sbatch_options[@]}" --job-name=corpuslint-merge --cpus-per-task=1 \
  --dependency="afternotok:$array" --kill-on-invalid-dep=yes --output="$out/logs/merge.log" --open-mode=append \
  "$here/lint-archive.sbatch" failed)
failed=${failed%%;*}

echo "lint-archive: shards: job array $array (1-$shards, $cpus core(s) each); merge: job $merge (afterok); if a shard fails: job $failed (afternotok)"
echo "lint-archive: merged report: $out/merged.$format; logs: $out/logs/"
[ "$wait" -eq 1 ] || exit 0

# Both follow-up jobs end: one runs, Slurm cancels the other (its dependency can never be met).
while squeue -h -j "$array,$merge,$failed" -o %i 2>/dev/null | grep -q .; do
  sleep 2
done
code=$(cat "$out/merge.status" 2>/dev/null) || code=""
if [ "$code" = 0 ] || [ "$code" = 1 ]; then
  cat "$out/logs/merge.log"
  exit "$code"
fi
cat "$out/logs/merge.log" >&2 2>/dev/null
[ -n "$code" ] || echo "lint-archive: neither the merge nor the failure report ran to the end; see $out/logs/" >&2
exit 2
