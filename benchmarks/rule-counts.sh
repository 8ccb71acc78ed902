#!/usr/bin/env bash
# Every rule's count of diagnostics on a corpus, at a base commit and in the working tree, side by side, with the
# documents whose count moved for each rule that moved: a model change shows what it does to every rule at once (stop
# 51 found a date lost on 41 of 20,000 documents this way, which no labelled set showed).
#
#   benchmarks/rule-counts.sh BASE_REF CORPUS [DOCUMENTS_SHOWN]     e.g. a312327 /tmp/corpuslint-e2e-20000 5
#
# Builds the CLI (Release) at BASE_REF in a temporary worktree and in the working tree, lints CORPUS with each
# (--no-cache, JSON), and prints the counts. Needs git, the .NET SDK and python3. A few minutes on 20,000 files.
set -euo pipefail
cd "$(dirname "$0")/.."
base=${1:?usage: benchmarks/rule-counts.sh BASE_REF CORPUS [DOCUMENTS_SHOWN]}
corpus=$(cd "${2:?usage: benchmarks/rule-counts.sh BASE_REF CORPUS [DOCUMENTS_SHOWN]}" && pwd)
shown=${3:-5}
work=$(mktemp -d)
trap 'git worktree remove --force "$work/base" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
git worktree add -q --detach "$work/base" "$base"
for side in base head; do
    root=$([ "$side" = base ] && echo "$work/base" || pwd)
    echo "== build the CLI ($side)" >&2
    dotnet build "$root/src/CorpusLint.Cli" -c Release -v quiet -nologo >/dev/null
    echo "== lint $corpus ($side)" >&2
    "$root/src/CorpusLint.Cli/bin/Release/net10.0/corpuslint" lint "$corpus" --no-cache --no-progress --format json \
        --output "$work/$side.json" >/dev/null 2>&1 || true
done
python3 - "$work/base.json" "$work/head.json" "$shown" <<'PY'
import collections, json, sys
def load(path):
    per_rule, per_doc = collections.Counter(), collections.defaultdict(collections.Counter)
    for d in json.load(open(path))["diagnostics"]:
        per_rule[d["id"]] += 1
        per_doc[d["id"]][d["path"]] += 1
    return per_rule, per_doc
(base, base_docs), (head, head_docs) = load(sys.argv[1]), load(sys.argv[2])
shown = int(sys.argv[3])
print(f"{'rule':8} {'base':>9} {'head':>9}")
for rule in sorted(set(base) | set(head)):
    mark = "" if base[rule] == head[rule] else "  <-"
    print(f"{rule:8} {base[rule]:9} {head[rule]:9}{mark}")
for rule in sorted(set(base) | set(head)):
    if base[rule] == head[rule]:
        continue
    moved = [p for p in sorted(set(base_docs[rule]) | set(head_docs[rule])) if base_docs[rule][p] != head_docs[rule][p]]
    print(f"\n{rule}: {len(moved)} documents moved")
    for path in moved[:shown]:
        print(f"  {path}: {base_docs[rule][path]} -> {head_docs[rule][path]}")
PY
