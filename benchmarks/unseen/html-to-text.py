#!/usr/bin/env python3
"""Prints HTML pages as a scraper that keeps every block's text does: one line per block element, blank lines between
blocks, script, style and other non-text elements dropped, entities decoded. For each page of PAGES with its article's
text beside it (NAME.html and NAME.gold), writes OUT/NAME.txt and a copy of NAME.gold.

    html-to-text.py PAGES OUT
"""
import glob
import os
import re
import shutil
import sys
from html.parser import HTMLParser

BLOCKS = set("""p div br li ul ol h1 h2 h3 h4 h5 h6 tr td th table section article header footer nav aside blockquote
pre form dd dt dl figure figcaption hr title option select""".split())
SKIPPED = set("script style noscript template iframe object svg head".split())
# The markers of Internet Explorer's conditional comments, hidden (<!--[if IE]> ... <![endif]-->) and revealed
# (<!--[if !IE]><!--> ... <!--<![endif]-->): what they wrap is printed, as by a scraper that ignores them.
CONDITIONAL_COMMENT = re.compile(r"<!--\[if[^\]]*\]>(?:<!-->)?|<!--<!\[endif\]-->|<!\[endif\](?:--)?>|<!\[if[^\]]*\]>", re.IGNORECASE)


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
        # HTML lets a page leave its head open: the body's start closes it (a BBC page's head was never closed).
        if tag == "body":
            self.skipping = 0
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


def main(pages, out):
    os.makedirs(out, exist_ok=True)
    for gold in sorted(glob.glob(os.path.join(pages, "*.gold"))):
        page = gold[: -len(".gold")] + ".html"
        name = os.path.basename(gold)[: -len(".gold")]
        parser = BlockText()
        with open(page, encoding="utf-8", errors="replace") as f:
            # Python's parser reads "<![endif]-->" as a marked section it never closes, and dropped the rest of 19 USA Today
            # pages: the markers go.
            parser.feed(CONDITIONAL_COMMENT.sub("", f.read()))
        parser.close()
        parser.flush()
        with open(os.path.join(out, name + ".txt"), "w", encoding="utf-8") as f:
            f.write("\n\n".join(parser.blocks) + "\n")
        shutil.copy(gold, out)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
