#!/usr/bin/env python3
"""Writes the labelled pages of the npm package @postlight/mercury-parser 1.1.1 (its fixtures: news and magazine pages
of about ninety sites, 2016-2017, each with a test that states what the site's extractor must return: the title, the
author, the publication time and the article's first thirteen words, written by a person for that page) as
PAGES/NAME.html (NAME: the site, then the fixture's key), decoded to UTF-8, PAGES/NAME.gold (the first thirteen words;
empty when the test states none) and PAGES/metadata.tsv (the test's author and publication time, or, where the test
states none, what the page's markup declares: page_metadata.py).

    mercury-fixtures.py PACKAGE PAGES
"""
import glob
import os
import re
import sys

import page_metadata

package, pages = sys.argv[1:3]
os.makedirs(pages, exist_ok=True)

ADDRESS = re.compile(r"\burl\s*=\s*")
FIXTURE = re.compile(r"readFileSync\(\s*'\./(fixtures/[^']+\.html)'")
ESCAPES = {"n": "\n", "t": "\t", "'": "'", '"': '"', "`": "`", "\\": "\\"}


def literal(text, at):
    """The JavaScript string at text[at:] (after spaces; 'a' + "b" joined), or None when none stands there."""
    value, found = "", False
    while True:
        at = len(text) - len(text[at:].lstrip())
        if at >= len(text) or text[at] not in "'\"`":
            return value if found else None
        quote, at = text[at], at + 1
        while at < len(text) and text[at] != quote:
            if text[at] == "\\" and text[at + 1] == "u":
                value, at = value + chr(int(text[at + 2:at + 6], 16)), at + 6
            elif text[at] == "\\":
                value, at = value + ESCAPES.get(text[at + 1], text[at + 1]), at + 2
            else:
                value, at = value + text[at], at + 1
        found, at = True, at + 1
        rest = text[at:].lstrip()
        if not rest.startswith("+"):
            return value
        at = len(text) - len(rest) + 1


def asserted(case, name):
    """The string a test case asserts `name` equals, or "" when it asserts none (or null)."""
    match = re.search(r"assert\.equal\(\s*" + name + r"\s*,", case)
    return (literal(case, match.end()) or "") if match else ""


written = 0
metadata = ["name\ttitle\tbyline\tpublished_time\turl"]
for test in sorted(glob.glob(os.path.join(package, "src", "extractors", "custom", "*", "index.test.js"))):
    with open(test, encoding="utf-8") as f:
        source = f.read()
    starts = [m.end() for m in ADDRESS.finditer(source)]
    for i, start in enumerate(starts):
        case = source[start:starts[i + 1] if i + 1 < len(starts) else len(source)]
        url, fixture = literal(case, 0), FIXTURE.search(case)
        if not url or not fixture or not os.path.exists(os.path.join(package, fixture.group(1))):
            continue
        site = re.sub(r"^www\.", "", fixture.group(1).split("/")[1])
        name = f"{site}-{os.path.splitext(os.path.basename(fixture.group(1)))[0]}"
        with open(os.path.join(package, fixture.group(1)), "rb") as f:
            html = page_metadata.decode(f.read())
        with open(os.path.join(pages, name + ".html"), "w", encoding="utf-8") as f:
            f.write(html)
        with open(os.path.join(pages, name + ".gold"), "w", encoding="utf-8") as f:
            f.write(asserted(case, "first13").strip() + "\n")
        byline, published, title = page_metadata.read(html, url)
        byline = asserted(case, "author") or byline
        published = asserted(case, "date_published") or published
        title = asserted(case, "title") or title
        metadata.append("\t".join(page_metadata.clean(v) for v in (name, title, byline, published, url)))
        written += 1
with open(os.path.join(pages, "metadata.tsv"), "w", encoding="utf-8") as f:
    f.write("\n".join(metadata) + "\n")
print(f"{written} labelled pages of the mercury-parser package in {pages}")
