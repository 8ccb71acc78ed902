#!/usr/bin/env python3
"""Writes the labelled pages of the npm package article (Andreas Madsen's test/reallife: 258 news pages of 2013 from
111 sites, found through Google News, each with the article's text as a person marked it) as PAGES/NAME.html (NAME: the site, then the page's key), decoded
to UTF-8 from the charset the page declares (or the one its bytes show), and PAGES/NAME.gold, the marked text; and
PAGES/metadata.tsv, each page's byline, publication time and title as its markup declares them (page_metadata.py).

    article-fixtures.py PACKAGE PAGES
"""
import glob
import json
import os
import re
import sys

import page_metadata

package, pages = sys.argv[1:3]
reallife = os.path.join(package, "test", "reallife")
os.makedirs(pages, exist_ok=True)
addresses = {entry["key"]: entry["href"] for entry in json.load(open(os.path.join(reallife, "datamap.json")))}
hosts = {key: re.sub(r"^www\.", "", href.split("/")[2]) for key, href in addresses.items()}
written = 0
metadata = ["name\ttitle\tbyline\tpublished_time\turl"]
for expected in sorted(glob.glob(os.path.join(reallife, "expected", "*.json"))):
    key = os.path.splitext(os.path.basename(expected))[0]
    source = os.path.join(reallife, "source", key + ".html")
    name = f"{hosts.get(key, 'unknown')}-{key[:8]}"
    with open(expected, encoding="utf-8") as f:
        gold = (json.load(f).get("text") or "").strip()
    if not gold or not os.path.exists(source):
        continue
    with open(source, "rb") as f:
        html = page_metadata.decode(f.read())
    with open(os.path.join(pages, name + ".html"), "w", encoding="utf-8") as f:
        f.write(html)
    with open(os.path.join(pages, name + ".gold"), "w", encoding="utf-8") as f:
        f.write(gold + "\n")
    byline, published, title = page_metadata.read(html, addresses.get(key, ""))
    metadata.append("\t".join(page_metadata.clean(v) for v in (name, title, byline, published, addresses.get(key, ""))))
    written += 1
with open(os.path.join(pages, "metadata.tsv"), "w", encoding="utf-8") as f:
    f.write("\n".join(metadata) + "\n")
print(f"{written} labelled pages of the article package in {pages}")
