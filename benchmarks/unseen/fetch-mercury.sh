#!/usr/bin/env bash
# A third set of pages no figure of CorpusLint was tuned on, for the quality report's `unseen` section (issue 9): the
# npm package @postlight/mercury-parser 1.1.1 ships the HTML of news and magazine pages from about ninety sites, each
# with a test stating the title, author, publication time and first words a person expects of it
# (mercury-fixtures.py). This script fetches it from the npm registry and prints each page every way print-pages.sh
# knows. Nothing is copied into the repository: the pages stay in OUT.
#
#   benchmarks/unseen/fetch-mercury.sh [OUT]     default /tmp/corpuslint-unseen/mercury
#   dotnet run -c Release --project benchmarks/CorpusLint.Quality -- unseen
set -euo pipefail
"$(dirname "$0")/fetch-npm-pages.sh" @postlight/mercury-parser@1.1.1 mercury-fixtures.py "${1:-/tmp/corpuslint-unseen/mercury}"
