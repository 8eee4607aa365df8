"""Input readers: files and folders in, Articles or Rejections out, streaming.

Every input either becomes an Article or a Rejection that says what was wrong
and how to fix it; nothing raises past a reader except a path that does not
exist (a usage error the CLI reports).
"""
from __future__ import annotations

import gzip
import re
import zlib
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import orjson
from pydantic import ValidationError

from schemas.article import Article, Rejection

# Articles above this are rejected: no news story is this long, and one huge
# "article" would hold a whole extraction batch in memory.
MAX_TEXT_CHARS = 2_000_000
SUFFIXES = (".txt", ".jsonl", ".jsonl.gz", ".html", ".htm", ".xml", ".rss", ".atom")  # the last five: flows/web_readers.py

_DATE_FORMATS = ("%d %B, %Y", "%d %B %Y", "%B %d, %Y", "%B %d %Y", "%Y-%m-%d", "%d %b %Y", "%b %d, %Y",
                 "%d %b, %Y", "%A, %B %d, %Y", "%A %d %B %Y")
_READ_TIME = re.compile(r"^\d+\s+min(ute)?s?\s+read$", re.I)


def parse_date(value: str) -> date | None:
    """A publication date in the forms news pages print; None when it is none of them."""
    try:  # the common case, JSONL's YYYY-MM-DD, without trying every format
        return date.fromisoformat(value.strip())
    except ValueError:
        pass
    s = re.sub(r"\s+", " ", value.strip()).replace(" ,", ",")
    s = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", s)
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(s, fmt).date()
        except ValueError:
            continue
    return None


def parse_txt(raw: str, stem: str, origin: str) -> Article | Rejection:
    """A .txt article: first line the title; a short header (repeated title,
    standfirst, "3 min read", a date line) is dropped when a date line ends it."""
    lines = raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    if not lines:
        return Rejection(source=origin, reason="the file is empty; a .txt article needs a title line and a body")
    title = lines[0].strip()
    rest = lines[1:]
    published = None
    body_from = 0
    # the header is short: a date line in the first few non-blank lines closes it
    seen = 0
    for i, line in enumerate(rest):
        if not line.strip():
            continue
        seen += 1
        if seen > 6:
            break
        d = parse_date(line)
        if d:
            published, body_from = d, i + 1
            break
    body_lines = rest[body_from:] if published else [ln for ln in rest if not _READ_TIME.match(ln.strip())]
    body = "\n".join(body_lines).strip("\n")
    if not body.strip():
        return Rejection(source=origin, reason="the file has a title line but no body text after it")
    return _article(dict(external_id=stem, title=title or None, published=published, text=body, origin=origin))


def parse_json_line(line: bytes | str, origin: str, notes: dict[str, str] | None = None) -> Article | Rejection:
    """One JSONL line (fields as in eval/GUIDE.md). An article whose date cannot
    be read is kept with ``published`` empty and a note in ``notes`` (origin -> words)."""
    try:
        obj = orjson.loads(line)
    except orjson.JSONDecodeError as e:
        return Rejection(source=origin, reason=f"not valid JSON ({e}); each line must be one JSON object")
    if not isinstance(obj, dict):
        return Rejection(source=origin, reason=f"a JSON {type(obj).__name__}, expected an object with at least 'text'")
    text = obj.get("text")
    if not isinstance(text, str):
        what = "missing" if text is None else f"a {type(text).__name__}"
        return Rejection(source=origin, reason=f"field 'text' is {what}; it must hold the article body as a string")
    if not text.strip():
        return Rejection(source=origin, reason="field 'text' is empty; give the article body or drop the line")
    published = None
    pub = obj.get("published")
    if pub not in (None, ""):
        published = parse_date(str(pub)[:10]) or parse_date(str(pub))
        if published is None and notes is not None:
            notes[origin] = (f"'published' {_clip(str(pub))} is not a date newsledger can read (e.g. 2019-07-10 or "
                             "22 January 2015); the article was kept with published empty")
    ext = obj.get("id")
    fields = dict(
        external_id=str(ext) if ext not in (None, "") else origin,
        title=_str(obj.get("title")), published=published, source=_str(obj.get("source")),
        url=_str(obj.get("url")), license=_str(obj.get("license")), text=text, origin=origin)
    return _article(fields)


def _str(v: object) -> str | None:
    return None if v is None else str(v)


def _clip(s: str, n: int = 40) -> str:
    return repr(s if len(s) <= n else s[:n] + "...")


def _utf8(s: str) -> str:
    """A file name as text: bytes that are not UTF-8 (surrogate-escaped by the OS layer) become U+FFFD."""
    return s.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _article(fields: dict) -> Article | Rejection:
    text = fields["text"]
    if len(text) > MAX_TEXT_CHARS:
        return Rejection(source=fields["origin"], reason=(
            f"article text is {len(text):,} characters, over the {MAX_TEXT_CHARS:,} limit; split it into articles"))
    if "\x00" in text:
        return Rejection(source=fields["origin"], reason="text contains NUL bytes: this looks like a binary file, not an article")
    for k, v in fields.items():
        if isinstance(v, str):
            try:
                v.encode("utf-8")
            except UnicodeEncodeError:
                return Rejection(source=_utf8(fields["origin"]), reason=(
                    f"field {k!r} is not valid Unicode text (a lone surrogate); save the input as UTF-8"))
    try:
        return Article(**fields)
    except ValidationError as e:
        return Rejection(source=fields["origin"], reason=f"invalid article: {e.errors()[0]['msg']}")


def _decode(data: bytes, origin: str) -> str | Rejection:
    if b"\x00" in data[:8192]:
        return Rejection(source=origin, reason="binary file (NUL bytes); expected UTF-8 text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Old newsroom exports are often Windows-1252/Latin-1: decode rather than lose the article.
        return data.decode("cp1252", errors="replace")


def read_file(path: Path | str, notes: dict[str, str] | None = None, web=None) -> Iterator[Article | Rejection]:
    """``path`` may be an http(s) URL (a str); ``web`` is a flows.web_readers.WebOptions for pages, feeds and URLs."""
    if isinstance(path, str):
        from flows.web_readers import read_url

        yield from read_url(path, web, notes)
        return
    name = path.name
    origin = _utf8(str(path))
    if name.endswith(".jsonl") or name.endswith(".jsonl.gz"):
        opener = gzip.open if name.endswith(".gz") else open
        try:
            with opener(path, "rb") as fh:
                for n, line in enumerate(fh, 1):
                    if line.strip():
                        yield parse_json_line(line, f"{origin}:{n}", notes)
        except (OSError, EOFError, zlib.error) as e:  # gzip.BadGzipFile is an OSError
            yield Rejection(source=origin, reason=f"could not read the file to its end ({e}); the lines before were kept")
    elif name.endswith(".txt"):
        try:
            if path.stat().st_size > 4 * MAX_TEXT_CHARS:  # over the limit in any encoding: don't load it
                yield Rejection(source=origin, reason=(
                    f"the file is {path.stat().st_size:,} bytes, over the {MAX_TEXT_CHARS:,}-character article "
                    "limit; split it into articles"))
                return
            data = path.read_bytes()
        except OSError as e:
            yield Rejection(source=origin, reason=f"could not read the file: {e.strerror or e}")
            return
        text = _decode(data, origin)
        yield text if isinstance(text, Rejection) else parse_txt(text, _utf8(path.stem), origin)
    elif name.lower().endswith(SUFFIXES[3:]):
        from flows.web_readers import read_web_file

        yield from read_web_file(path, web, notes)
    else:
        yield Rejection(source=origin, reason=f"unsupported file type; expected one of {', '.join(SUFFIXES)}")


def iter_paths(paths: list[Path | str]) -> Iterator[Path | str]:
    """Files under the given paths, folders recursively (only known suffixes), sorted; URLs (str) as given."""
    for p in paths:
        if isinstance(p, str):
            if "://" in p:
                yield p
                continue
            p = Path(p)
        if not p.exists():
            raise FileNotFoundError(f"no such file or folder: {p}")
        if p.is_dir():
            yield from sorted(f for f in p.rglob("*") if f.is_file() and f.name.endswith(SUFFIXES)
                              and not any(part.startswith(".") for part in f.relative_to(p).parts))
        else:
            yield p


def read_all(paths: list[Path | str], notes: dict[str, str] | None = None, web=None) -> Iterator[Article | Rejection]:
    for f in iter_paths(paths):
        yield from read_file(f, notes, web)
