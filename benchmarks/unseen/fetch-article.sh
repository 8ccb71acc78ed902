#!/usr/bin/env bash
# More pages no figure of CorpusLint was tuned on, for the quality report's `unseen` section: the npm package article
# (Andreas Madsen's) ships, as its "reallife" tests, 258 news pages of 2013 from 111 sites with the article's text as a
# person marked it, the whole article on nearly every page. This script fetches it from the npm registry, writes each
# page in UTF-8 beside its text (article-fixtures.py) and prints it every way print-pages.sh knows. Nothing is copied
# into the repository: the pages stay in OUT.
#
#   benchmarks/unseen/fetch-article.sh [OUT]     default /tmp/corpuslint-unseen/article
#   dotnet run -c Release --project benchmarks/CorpusLint.Quality -- unseen
#
# Needs npm and python3; w3m, lynx, elinks, links, pandoc, BeautifulSoup (python3-bs4) and html2text (python3-html2text)
# are used when installed.
set -euo pipefail
"$(dirname "$0")/fetch-npm-pages.sh" article@1.1.2 article-fixtures.py "${1:-/tmp/corpuslint-unseen/article}"
