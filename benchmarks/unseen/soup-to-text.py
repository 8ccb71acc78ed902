#!/usr/bin/env python3
"""Prints HTML pages as BeautifulSoup's get_text() does, the way many text datasets were scraped: `lines`, every text node
on its own line, stripped (get_text("\\n", strip=True): a paragraph's links break it, a byline's name stands apart from
its "By"); `joined`, the text nodes joined as the page's source spaced them (get_text(): a page written without line
breaks between its paragraphs prints its whole article on one line, words glued where tags met). Scripts and styles are
dropped first, as scrapers do. Copies each NAME.gold beside its page.

    soup-to-text.py FIXTURES GOLD_DIR OUT lines|joined          (needs python3-bs4 and python3-lxml)
"""
import glob
import os
import shutil
import sys

from bs4 import BeautifulSoup

fixtures, gold_dir, out, mode = sys.argv[1:5]
os.makedirs(out, exist_ok=True)
for gold in sorted(glob.glob(os.path.join(gold_dir, "*.gold"))):
    name = os.path.basename(gold)[: -len(".gold")]
    with open(os.path.join(fixtures, name + ".html"), "rb") as page:
        soup = BeautifulSoup(page.read(), "lxml")
    for element in soup(["script", "style", "noscript"]):
        element.decompose()
    text = soup.get_text("\n", strip=True) if mode == "lines" else soup.get_text()
    with open(os.path.join(out, name + ".txt"), "w", encoding="utf-8") as printed:
        printed.write(text)
    shutil.copy(gold, out)
