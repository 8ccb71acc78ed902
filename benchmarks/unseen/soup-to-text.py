#!/usr/bin/env python3
"""Prints HTML pages as BeautifulSoup's get_text() does, the way many text datasets were scraped: `lines`, every text node
on its own line, stripped (get_text("\\n", strip=True): a paragraph's links break it, a byline's name stands apart from
its "By"); `joined`, the text nodes joined as the page's source spaced them (get_text(): a page written without line
breaks between its paragraphs prints its whole article on one line, words glued where tags met). Scripts and styles are
dropped first, as scrapers do. Prints each NAME.html of PAGES that has its article's text beside it (NAME.gold) as
OUT/NAME.txt, with a copy of NAME.gold.

    soup-to-text.py PAGES OUT lines|joined          (needs python3-bs4 and python3-lxml)
"""
import glob
import os
import shutil
import sys

from bs4 import BeautifulSoup

pages, out, mode = sys.argv[1:4]
os.makedirs(out, exist_ok=True)
for gold in sorted(glob.glob(os.path.join(pages, "*.gold"))):
    name = os.path.basename(gold)[: -len(".gold")]
    with open(os.path.join(pages, name + ".html"), "rb") as page:
        soup = BeautifulSoup(page.read(), "lxml")
    for element in soup(["script", "style", "noscript"]):
        element.decompose()
    text = soup.get_text("\n", strip=True) if mode == "lines" else soup.get_text()
    with open(os.path.join(out, name + ".txt"), "w", encoding="utf-8") as printed:
        printed.write(text)
    shutil.copy(gold, out)
