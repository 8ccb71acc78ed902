"""The byline, publication time and title a page's HTML declares (its <meta> tags, a <time> or schema.org datePublished,
a rel="author" link, else a date in its address), for the quality report's bylines and dates on pages never seen:
gold that comes from the markup, never from the text CorpusLint reads. Used by the fixtures scripts.
"""
import codecs
import email.utils
import html.parser
import re
from datetime import datetime

# Meta keys (name, property or itemprop, lower case) in the order they are trusted.
DATE_KEYS = ["article:published_time", "og:article:published_time", "datepublished", "article.published", "pubdate",
             "publishdate", "publish-date", "publish_date", "date", "dc.date.issued", "dc.date", "dcterms.created",
             "dcterms.date", "sailthru.date", "parsely-pub-date", "ptime", "originalpublicationdate", "displaydate"]
AUTHOR_KEYS = ["author", "article:author", "dc.creator", "parsely-author", "sailthru.author", "byl"]


class _Reader(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.meta = {}
        self.times = []
        self.title = ""
        self.author_links = []
        self._in_title = False
        self._in_author = 0
        self._author_text = ""

    def handle_starttag(self, tag, attrs):
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").strip().lower()
            if key and a.get("content") and key not in self.meta:
                self.meta[key] = a["content"].strip()
        elif tag == "time" and a.get("datetime") and ("pubdate" in a or a.get("itemprop", "").lower() == "datepublished"):
            self.times.append(a["datetime"].strip())
        elif a.get("itemprop", "").lower() == "datepublished" and (a.get("datetime") or a.get("content")):
            self.times.append((a.get("datetime") or a.get("content")).strip())
        elif tag == "title" and not self.title:
            self._in_title = True
        elif tag == "a" and "author" in a.get("rel", "").lower().split():
            self._in_author += 1
            self._author_text = ""

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        elif tag == "a" and self._in_author:
            self._in_author -= 1
            if self._author_text.strip():
                self.author_links.append(" ".join(self._author_text.split()))

    def handle_data(self, data):
        if self._in_title:
            self.title += data
        if self._in_author:
            self._author_text += data


def _iso(value):
    """The value as ISO 8601 (yyyy-mm-dd, with the time and offset when it has both), or "" when it is no date."""
    value = value.strip()
    m = re.match(r"(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{2}):?(\d{2})(?::?(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?", value)
    if m:
        y, mo, d, hh, mm, ss, zone = m.groups()
        day = f"{y}-{mo}-{d}"
        if hh and zone:
            zone = "+00:00" if zone == "Z" else zone[:3] + ":" + zone[-2:]
            return f"{day}T{hh}:{mm}:{ss or '00'}{zone}"
        return day
    try:
        parsed = email.utils.parsedate_to_datetime(value)
        return parsed.isoformat() if parsed.tzinfo else parsed.date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    for fmt in ("%m/%d/%Y", "%B %d, %Y", "%b %d, %Y", "%d %B %Y"):
        try:
            return datetime.strptime(value.split(" at ")[0].strip(), fmt).date().isoformat()
        except ValueError:
            continue
    return ""


_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([-\w:.]+)""", re.IGNORECASE)


def decode(raw):
    """A page's bytes as text, in the charset the page declares, else UTF-8, else Windows-1252 (the one its bytes show)."""
    match = _DECLARED.search(raw[:4096])
    candidates = ([match.group(1).decode("ascii")] if match else []) + ["utf-8", "windows-1252"]
    for name in candidates:
        try:
            codecs.lookup(name)
            return raw.decode(name)
        except (LookupError, UnicodeDecodeError):
            continue
    return raw.decode("utf-8", errors="replace")


def read(page_html, url=""):
    """(byline, published_time, title) of a page; each "" when the page declares none."""
    reader = _Reader()
    try:
        reader.feed(page_html)
    except Exception:  # a page the parser gives up on keeps what was read before
        pass
    published = ""
    for value in [reader.meta[k] for k in DATE_KEYS if k in reader.meta] + reader.times:
        published = _iso(value)
        if published:
            break
    if not published:
        m = re.search(r"/(20\d\d)[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?:/|[^\d])", url)
        published = f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else ""
    byline = next((reader.meta[k] for k in AUTHOR_KEYS if reader.meta.get(k) and "://" not in reader.meta[k]), "")
    if not byline and reader.author_links:
        byline = reader.author_links[0]
    title = reader.meta.get("og:title") or " ".join(reader.title.split())
    return byline, published, title


def clean(field):
    return " ".join(field.replace("\t", " ").split())
