"""HTML pages and RSS/Atom feeds, from files or http(s) URLs, into Articles or Rejections.

Pages go through trafilatura (main text, title, site name; dates via
htmldate), feeds through feedparser. Fetching is flows/fetch.py's job; this
module decides what a fetched or read document is and turns it into articles.

XML safety: a document whose DOCTYPE declares entities is refused before any
parser sees it (``entity_declarations``). feedparser already strips most
declarations and turns off external entities, and lxml's HTML parser ignores
an internal subset, but both defences are incidental (feedparser's is a
line-anchored regex, then a fallback parser that substitutes what it kept);
news pages and feeds never need entity declarations, so refusing them is the
one rule that holds whatever the parsers do, and it tells the user why.
"""
from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

from flows.fetch import Fetched, FetchError, Fetcher, FetchPolicy
from flows.readers import _article, _utf8
from schemas.article import Article, Rejection

HTML_SUFFIXES = (".html", ".htm")
FEED_SUFFIXES = (".xml", ".rss", ".atom")
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
ACCEPT_ANY = ("text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, "
              "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8")
ACCEPT_HTML = "text/html, application/xhtml+xml;q=0.9, */*;q=0.8"


@dataclass(frozen=True)
class WebOptions:
    follow_links: bool = False  # a feed entry's text comes from its linked page, not the feed's summary
    policy: FetchPolicy = field(default_factory=FetchPolicy)


def is_url(s: str) -> bool:
    return bool(_URL.match(s))


def _either_case(s: str, enc: str) -> bytes:
    return b"".join(b"(?:" + re.escape(c.lower().encode(enc)) + b"|" + re.escape(c.upper().encode(enc)) + b")"
                    for c in s)


# Checked in every encoding an XML parser detects without being told (UTF-8 and
# its ASCII-compatible kin, UTF-16, UTF-32, EBCDIC), so re-encoding can't hide a declaration.
_ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be", "cp037", "cp500")
_DOCTYPE = [re.compile(_either_case("<!DOCTYPE", e)) for e in _ENCODINGS]
_ENTITY = [re.compile(_either_case("<!ENTITY", e)) for e in _ENCODINGS]


def entity_declarations(data: bytes) -> str | None:
    """Why a document must not be parsed (it declares entities in a DOCTYPE), or None."""
    for doctype, entity in zip(_DOCTYPE, _ENTITY):
        if doctype.search(data) and entity.search(data):
            return ("the document declares XML entities (<!ENTITY ...> in its DOCTYPE), which newsledger refuses: "
                    "they can expand to gigabytes (billion laughs) or pull in local files (XXE); news pages and "
                    "feeds do not need them, so remove the declarations if the document is genuine")
    return None


# ---------------------------------------------------------------- HTML pages

def parse_html(data: bytes | str, origin: str, external_id: str, url: str | None = None) -> Article | Rejection:
    """One HTML page: main text, title, date, site name; a page without main text is a Rejection."""
    import trafilatura

    raw = data.encode("utf-8", "replace") if isinstance(data, str) else data
    why = entity_declarations(raw)
    if why:
        return Rejection(source=origin, reason=why)
    try:
        # favor_precision: with the default, a page with no article falls back to its menu
        # ("Home / World / Sport") as "text"; boilerplate in the text becomes junk records.
        doc = trafilatura.bare_extraction(data, url=url, with_metadata=True, include_comments=False,
                                          include_images=False, include_links=False, favor_precision=True)
    except Exception as e:  # a parser bug on one hostile page must not stop the run
        return Rejection(source=origin, reason=f"the HTML could not be parsed ({type(e).__name__}: {e})")
    text = (doc.text or "").strip() if doc is not None else ""
    title = _clean(doc.title) if doc is not None else None
    first, _, rest = text.partition("\n")
    if title and rest.strip() and _clean(first) == title:  # the headline is `title`, not body text
        text = rest.strip()
    if not text:
        return Rejection(source=origin, reason=(
            "no main article text found in the HTML page (it may be an index page, a page built by JavaScript, "
            "or a paywall/consent page); save the article's own page, or give its text as .txt or .jsonl"))
    return _article(dict(
        external_id=external_id, title=title, published=_iso_date(doc.date),
        source=_clean(doc.sitename), url=_clean(doc.url) or url, license=_clean(doc.license), text=text,
        origin=origin))


def _clean(v: object) -> str | None:
    s = " ".join(str(v).split()) if v is not None else ""
    return s or None


def _iso_date(v: str | None) -> date | None:
    try:
        return date.fromisoformat(v[:10]) if v else None
    except ValueError:
        return None


# ---------------------------------------------------------------- feeds

class _TextOnly(HTMLParser):
    """HTML fragment to plain text, one paragraph per block element; script and style dropped."""

    BLOCKS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
              "tr", "table", "section", "article", "header", "footer", "figure", "figcaption", "hr"}
    SKIP = {"script", "style", "noscript", "template"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def strip_html(fragment: str) -> str:
    p = _TextOnly()
    p.feed(fragment)
    p.close()
    paragraphs = (" ".join(block.split()) for block in "".join(p.parts).split("\n\n"))
    return "\n\n".join(b for b in paragraphs if b)


def _entry_text(entry) -> str:
    candidates = [c.get("value", "") for c in entry.get("content") or []]
    candidates.append(entry.get("summary", "") or "")
    best = max(candidates, key=len)
    return strip_html(best) if best else ""


def _entry_date(entry) -> date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        t = entry.get(key)
        if t:
            try:
                return date(t.tm_year, t.tm_mon, t.tm_mday)
            except ValueError:
                continue
    return None


def parse_feed(data: bytes, origin: str, options: WebOptions | None = None, fetcher: Fetcher | None = None,
               notes: dict[str, str] | None = None, base_url: str | None = None) -> Iterator[Article | Rejection]:
    """Every entry of an RSS or Atom feed as an Article (or a Rejection saying what it lacks)."""
    import feedparser

    options = options or WebOptions()
    why = entity_declarations(data)
    if why:
        yield Rejection(source=origin, reason=why)
        return
    try:
        # Always a stream: given a str, feedparser would open it as a URL or a local path itself.
        # No Content-Type passed on: for text/xml without a charset feedparser would assume US-ASCII
        # (RFC 3023) over the document's own declaration.
        # Content-Location is feedparser's base for relative entry links.
        parsed = feedparser.parse(io.BytesIO(data), response_headers={"content-location": base_url} if base_url else None)
    except Exception as e:  # a parser bug on one hostile feed must not stop the run
        yield Rejection(source=origin, reason=f"the feed could not be parsed ({type(e).__name__}: {e})")
        return
    if not parsed.entries:
        if not parsed.version:
            detail = f" ({parsed.get('bozo_exception')})" if parsed.get("bozo") else ""
            yield Rejection(source=origin, reason=(
                f"not an RSS or Atom feed{detail}; .xml, .rss and .atom files are read as feeds, "
                "so give a web page as .html"))
        else:
            yield Rejection(source=origin, reason="the feed has no entries; nothing to ingest from it")
        return
    source = _clean(parsed.feed.get("title"))
    for n, entry in enumerate(parsed.entries, 1):
        yield _entry_article(entry, n, origin, source, options, fetcher, notes)


def _entry_article(entry, n: int, feed_origin: str, source: str | None, options: WebOptions,
                   fetcher: Fetcher | None, notes: dict[str, str] | None) -> Article | Rejection:
    origin = f"{feed_origin}#{n}"  # the feed's n-th entry
    link = _clean(entry.get("link"))
    external_id = _clean(entry.get("id")) or link or origin
    title = _clean(strip_html(entry.get("title", "") or ""))
    published = _entry_date(entry)
    text = _entry_text(entry)
    url = link
    if options.follow_links and link and fetcher is not None:
        page = _linked_page(link, origin, fetcher)
        if isinstance(page, Article):
            text, url = page.text, page.url or link
            title, published = title or page.title, published or page.published
        elif text and notes is not None:
            notes[origin] = f"could not use the linked page ({page.reason}); kept the feed's own text"
        elif not text:
            return Rejection(source=origin, reason=f"the entry has no text and its linked page failed: {page.reason}")
    if not text:
        hint = "; run with --follow-links to read its linked page" if link else ""
        return Rejection(source=origin, reason=f"the feed entry has no content or summary text{hint}")
    return _article(dict(external_id=external_id, title=title, published=published, source=source, url=url,
                         text=text, origin=origin))


def _linked_page(link: str, origin: str, fetcher: Fetcher) -> Article | Rejection:
    try:
        got = fetcher.fetch(link, ACCEPT_HTML)
    except FetchError as e:
        return Rejection(source=origin, reason=e.reason)
    return parse_html(_decoded(got), origin, external_id=link, url=got.url)


# ---------------------------------------------------------------- files and URLs

def _too_big(path: Path, limit: int) -> str | None:
    size = path.stat().st_size
    if size > limit:
        return f"the file is {size:,} bytes, over the {limit:,}-byte limit for pages and feeds"
    return None


def read_web_file(path: Path, options: WebOptions | None = None,
                  notes: dict[str, str] | None = None) -> Iterator[Article | Rejection]:
    """A local .html/.htm page or .xml/.rss/.atom feed. Links are fetched only with ``follow_links``."""
    options = options or WebOptions()
    origin = _utf8(str(path))
    try:
        why = _too_big(path, options.policy.max_bytes)
        data = b"" if why else path.read_bytes()
    except OSError as e:
        yield Rejection(source=origin, reason=f"could not read the file: {e.strerror or e}")
        return
    if why:
        yield Rejection(source=origin, reason=why)
        return
    if path.name.lower().endswith(HTML_SUFFIXES):
        yield parse_html(data, origin, external_id=_utf8(path.stem))
        return
    with Fetcher(options.policy) as fetcher:
        yield from parse_feed(data, origin, options, fetcher, notes)


def _decoded(got: Fetched) -> bytes | str:
    """The body as text when the server named its charset; else bytes, for the parser to sniff."""
    if got.charset:
        try:
            return got.body.decode(got.charset)
        except (LookupError, UnicodeDecodeError):
            pass
    return got.body


_ROOT = re.compile(rb"<([A-Za-z][\w:.-]*)")


def looks_like_feed(got: Fetched) -> bool:
    ctype = got.content_type
    if "html" in ctype:
        return False
    if any(k in ctype for k in ("rss", "atom", "xml")):
        return True
    head = re.sub(rb"<!--.*?-->|<\?.*?\?>|<![^>]*>", b"", got.body[:8192].replace(b"\x00", b""), flags=re.S)
    m = _ROOT.search(head)
    return bool(m) and m.group(1).lower() in (b"rss", b"feed", b"rdf:rdf")


def read_url(url: str, options: WebOptions | None = None,
             notes: dict[str, str] | None = None) -> Iterator[Article | Rejection]:
    """An http(s) URL: a page becomes one Article, a feed one per entry; any refusal a Rejection."""
    options = options or WebOptions()
    with Fetcher(options.policy) as fetcher:
        try:
            got = fetcher.fetch(url, ACCEPT_ANY)
        except FetchError as e:
            yield Rejection(source=url, reason=e.reason)
            return
        if looks_like_feed(got):
            yield from parse_feed(got.body, url, options, fetcher, notes, base_url=got.url)
        else:
            yield parse_html(_decoded(got), url, external_id=url, url=got.url)
