#!/usr/bin/env bash
# Prints a folder of labelled pages (NAME.html in UTF-8, NAME.gold the article's text) the ways scrapers and text
# browsers print pages, each printing in its own folder of NAME.txt with NAME.gold beside it, for the quality report's
# `unseen` section:
#   OUT             block by block, as a scraper that keeps every block's text would (html-to-text.py);
#   OUT-w3m, OUT-lynx   as the text browsers print them hard-wrapped at 100 columns, with their own bullets and fields;
#   OUT-w3m-wide    w3m unwrapped (-cols 100000), as the labelled pages of ../shared/corpus/boilerplate were printed;
#   OUT-bs4-lines, OUT-bs4-joined   as BeautifulSoup's get_text() prints them (soup-to-text.py);
#   OUT-html2text   as html2text prints them by default: Markdown, links inline, wrapped at 78 columns;
#   OUT-elinks, OUT-links   as two more text browsers print them, hard-wrapped at 100 columns (the page read as UTF-8,
#                   whatever its markup declares: the pages were written in UTF-8);
#   OUT-pandoc      as pandoc prints them as plain text: wrapped at 72 columns, a layout table drawn as a grid table.
# A printer that is not installed (apt-get install w3m lynx elinks links pandoc python3-bs4 python3-lxml
# python3-html2text) is skipped with a line saying so.
#
#   benchmarks/unseen/print-pages.sh PAGES OUT
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
pages=$1
out=$2
python3 "$here/html-to-text.py" "$pages" "$out"
echo "$(find "$out" -name '*.txt' | wc -l) pages printed block by block in $out"

for printer in w3m lynx w3m-wide elinks links pandoc; do
    command -v "${printer%-wide}" >/dev/null || { echo "${printer%-wide} not installed: $out-$printer skipped"; continue; }
    mkdir -p "$out-$printer"
    for gold in "$pages"/*.gold; do
        name=$(basename "$gold" .gold)
        page="$pages/$name.html"
        case $printer in
            w3m) w3m -dump -cols 100 -T text/html -I UTF-8 -O UTF-8 "$page" >"$out-$printer/$name.txt" ;;
            w3m-wide) w3m -dump -cols 100000 -T text/html -I UTF-8 -O UTF-8 "$page" >"$out-$printer/$name.txt" ;;
            lynx) lynx -dump -nolist -width=100 -assume_charset=utf-8 -display_charset=utf-8 "$page" >"$out-$printer/$name.txt" ;;
            elinks) elinks -dump -no-references -no-numbering -dump-width 100 -dump-charset utf-8 \
                        -eval 'set document.codepage.assume = "utf-8"' -eval 'set document.codepage.force_assumed = 1' \
                        "$page" </dev/null >"$out-$printer/$name.txt" ;;
            links) links -dump -width 100 -codepage utf-8 -html-assume-codepage utf-8 -html-hard-assume 1 "$page" </dev/null >"$out-$printer/$name.txt" ;;
            # --sandbox: pandoc would fetch each iframe's page from the web. A page it cannot read in a minute is printed
            # empty rather than holding the run up.
            pandoc) timeout 60 pandoc --sandbox -f html -t plain "$page" -o "$out-$printer/$name.txt" </dev/null 2>/dev/null \
                        || : >"$out-$printer/$name.txt" ;;
        esac
        cp "$gold" "$out-$printer/"
    done
    echo "$(find "$out-$printer" -name '*.txt' | wc -l) pages printed by $printer in $out-$printer"
done

# Debian's python3-bs4 installs into the system's python3, which may not be the first on PATH (pyenv).
soup_python=
for candidate in python3 /usr/bin/python3; do
    if "$candidate" -c 'import bs4, lxml' 2>/dev/null; then soup_python=$candidate; break; fi
done
if [ -n "$soup_python" ]; then
    for mode in lines joined; do
        "$soup_python" "$here/soup-to-text.py" "$pages" "$out-bs4-$mode" "$mode"
        echo "$(find "$out-bs4-$mode" -name '*.txt' | wc -l) pages printed by BeautifulSoup ($mode) in $out-bs4-$mode"
    done
else
    echo "python3-bs4 or python3-lxml not installed: $out-bs4-lines and $out-bs4-joined skipped"
fi

# html2text, Debian's python3-html2text in the system's python3 like bs4 above.
markdown_python=
for candidate in python3 /usr/bin/python3; do
    if "$candidate" -c 'import html2text' 2>/dev/null; then markdown_python=$candidate; break; fi
done
if [ -n "$markdown_python" ]; then
    mkdir -p "$out-html2text"
    for gold in "$pages"/*.gold; do
        name=$(basename "$gold" .gold)
        "$markdown_python" -m html2text "$pages/$name.html" utf-8 >"$out-html2text/$name.txt"
        cp "$gold" "$out-html2text/"
    done
    echo "$(find "$out-html2text" -name '*.txt' | wc -l) pages printed by html2text in $out-html2text"
else
    echo "python3-html2text not installed: $out-html2text skipped"
fi

# Each page's byline, publication time and title as its markup declares them, beside every printing (the bylines and
# dates figures of the `unseen` section).
if [ -f "$pages/metadata.tsv" ]; then
    for folder in "$out" "$out"-*; do
        [ -d "$folder" ] && cp "$pages/metadata.tsv" "$folder/"
    done
fi
