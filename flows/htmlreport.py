"""`newsledger report`: one self-contained HTML page (inline CSS, no script, no
external asset) for people who will not write SQL: meetings on a timeline with
their attendees, the most quoted speakers, the largest figures by kind. Every
item shows the sentence it came from, found by its char offsets into
articles.text, and links to its article.

``load`` is the only part that touches DuckDB; ``render`` is a pure function
of the rows it returns, so it can be tested and reused without a warehouse.
"""
from __future__ import annotations

import html
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urlsplit

import duckdb

from extract.text import sentences

MAX_MEETINGS = 400
MAX_SPEAKERS = 15
QUOTES_PER_SPEAKER = 4
FIGURES_PER_KIND = 6
MAX_CONTEXT = 600  # chars of sentence shown around a span; longer ones are trimmed


@dataclass
class ReportData:
    """Rows from the warehouse, as dicts keyed by column name."""
    totals: dict[str, int]
    meetings: list[dict]
    attendees: list[dict]
    speakers: list[dict]
    quotes: list[dict]
    figures: list[dict]
    articles: dict[str, dict]  # article_id -> title, url, published, text
    title: str = "newsledger report"
    notes: list[str] = field(default_factory=list)


def _dicts(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> list[dict]:
    cur = con.execute(sql, params or [])
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def load(con: duckdb.DuckDBPyConnection) -> ReportData:
    """Everything the page shows, in the order it shows it."""
    totals = _dicts(con, """
        select
            (select count(*) from articles) as articles,
            (select count(*) from meetings) as meetings,
            (select count(*) from attendees) as attendees,
            (select count(*) from quotes) as quotes,
            (select count(*) from figures) as figures""")[0]
    meetings = _dicts(con, f"""
        select meeting_id, article_id, title, kind, location, country_code, start_date, date_precision,
               char_start, char_end
        from meetings
        order by start_date nulls last, meeting_id
        limit {MAX_MEETINGS}""")
    attendees = _dicts(con, f"""
        select a.meeting_id, a.name, a.kind, a.title, a.country_code, a.is_host
        from attendees a
        semi join (select meeting_id from meetings order by start_date nulls last, meeting_id
                   limit {MAX_MEETINGS}) m using (meeting_id)
        order by a.meeting_id, a.is_host desc nulls last, a.kind desc, a.name""")
    speakers = _dicts(con, f"""
        select speaker, speaker_title, quote_count, article_count, first_published, last_published
        from quotes_by_speaker
        order by quote_count desc, article_count desc, speaker
        limit {MAX_SPEAKERS}""")
    quotes = _dicts(con, f"""
        select q.quote_id, q.article_id, q.speaker, q.text, q.via, q.char_start, q.char_end
        from quotes q
        left join articles a using (article_id)
        where q.speaker in (select speaker from quotes_by_speaker
                            order by quote_count desc, article_count desc, speaker limit {MAX_SPEAKERS})
        qualify row_number() over (partition by q.speaker
                                   order by a.published nulls last, q.article_id, q.char_start) <= {QUOTES_PER_SPEAKER}
        order by q.speaker, a.published nulls last, q.article_id, q.char_start""")
    figures = _dicts(con, f"""
        select figure_id, article_id, kind, unit, value, text, qualifier, char_start, char_end
        from figures
        where value is not null
        qualify row_number() over (partition by kind order by value desc, figure_id) <= {FIGURES_PER_KIND}
        order by kind, value desc, figure_id""")
    ids = sorted({r["article_id"] for rows in (meetings, quotes, figures) for r in rows})
    articles = {r["article_id"]: r for r in _dicts(con, """
        select article_id, title, url, published, text from articles
        where list_contains(?, article_id)""", [ids])} if ids else {}
    notes = []
    if totals["meetings"] > MAX_MEETINGS:
        notes.append(f"The timeline shows the first {MAX_MEETINGS} of {totals['meetings']:,} meetings by date; "
                     "query meeting_participants for the rest.")
    return ReportData(totals, meetings, attendees, speakers, quotes, figures, articles, notes=notes)


# --- rendering: pure --------------------------------------------------------

def e(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def safe_url(url: str | None) -> str | None:
    """Only web links: a javascript: or data: URL from an article must not become a link."""
    if not url:
        return None
    return url if urlsplit(url).scheme.lower() in ("http", "https") else None


def context(text: str, start: int, end: int, sents: list | None = None) -> tuple[str, str, str]:
    """(before, span, after): the sentences the span [start, end) lies in,
    split around it; trimmed to MAX_CONTEXT chars with an ellipsis."""
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    lo, hi = start, end
    for s in sents if sents is not None else sentences(text):
        if s.end > start and s.start <= start:
            lo = min(lo, s.start)
        if s.start < end and s.end >= end:
            hi = max(hi, s.end)
    before, span, after = text[lo:start], text[start:end], text[end:hi]
    room = max(0, MAX_CONTEXT - len(span)) // 2
    # trimmed at word boundaries, so no half word is shown
    if len(before) > room:
        before = "… " + before[len(before) - room:].split(" ", 1)[-1].lstrip()
    if len(after) > room:
        after = after[:room].rsplit(" ", 1)[0].rstrip() + " …"
    return before, span, after


def fmt_date(d: date | None, precision: str | None) -> str:
    if d is None:
        return "date unknown"
    if precision == "year":
        return f"{d.year}"
    if precision == "month":
        return d.strftime("%B %Y")
    return f"{d.day} {d.strftime('%B %Y')}"


def fmt_value(v: float | None) -> str:
    if v is None:
        return ""
    if float(v).is_integer():
        return f"{int(v):,}"
    return f"{v:,.2f}".rstrip("0").rstrip(".")


class _Sources:
    """Article lookups and sentence splits, each article split once."""

    def __init__(self, articles: dict[str, dict]) -> None:
        self.articles = articles
        self._sents: dict[str, list] = {}

    def quote_block(self, article_id: str, start: int | None, end: int | None) -> str:
        art = self.articles.get(article_id)
        if art is None:
            return ""
        parts = []
        if start is not None and end is not None and art.get("text"):
            if article_id not in self._sents:
                self._sents[article_id] = sentences(art["text"])
            before, span, after = context(art["text"], start, end, self._sents[article_id])
            parts.append(f'<blockquote class="src">{e(before)}<mark>{e(span)}</mark>{e(after)}</blockquote>')
        parts.append(f'<p class="cite">{self.link(art)}</p>')
        return "".join(parts)

    @staticmethod
    def link(art: dict) -> str:
        title = e(art.get("title") or "untitled article")
        url = safe_url(art.get("url"))
        name = f'<a href="{e(url)}">{title}</a>' if url else title
        published = f' <span class="muted">({e(art["published"])})</span>' if art.get("published") else ""
        return f"from {name}{published}"


CSS = """
:root { --ink:#1d2430; --muted:#5b6678; --line:#d8dee8; --accent:#2457a6; --mark:#fff1a8; --bg:#fbfcfe; }
* { box-sizing: border-box; }
body { margin:0; font:15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color:var(--ink); background:var(--bg); }
header { background:#17325c; color:#fff; padding:20px 32px; }
header h1 { margin:0 0 4px; font-size:24px; }
header p { margin:0; color:#c9d6ea; }
nav { display:flex; gap:18px; padding:10px 32px; background:#fff; border-bottom:1px solid var(--line); position:sticky; top:0; }
nav a { color:var(--accent); text-decoration:none; font-weight:600; }
main { max-width:1040px; margin:0 auto; padding:8px 32px 48px; }
h2 { margin:36px 0 12px; font-size:20px; border-bottom:2px solid var(--line); padding-bottom:6px; }
h3.year { margin:26px 0 8px; color:var(--muted); font-size:16px; }
.note { color:var(--muted); font-style:italic; }
.timeline { border-left:3px solid var(--line); margin-left:8px; padding-left:22px; }
.meeting { position:relative; background:#fff; border:1px solid var(--line); border-radius:8px; padding:12px 16px; margin:0 0 14px; }
.meeting::before { content:""; position:absolute; left:-31px; top:18px; width:13px; height:13px; border-radius:50%; background:var(--accent); border:2px solid var(--bg); }
.when { font-weight:700; color:var(--accent); }
.meeting h4, .speaker h4 { margin:2px 0 6px; font-size:17px; }
.badge { display:inline-block; font-size:12px; padding:1px 8px; border-radius:10px; background:#e6edf8; color:#23406e; margin-left:6px; vertical-align:middle; }
.where { color:var(--muted); }
ul.people { margin:6px 0 8px; padding-left:20px; columns:2; column-gap:28px; }
ul.people li { break-inside:avoid; }
.host { font-size:11px; font-weight:700; text-transform:uppercase; color:#8a4b00; margin-left:4px; }
blockquote.src { margin:8px 0 2px; padding:6px 12px; border-left:3px solid #c2cde0; background:#f4f7fb; color:#333c4a; font-size:14px; }
mark { background:var(--mark); padding:0 1px; }
p.cite { margin:0 0 4px; font-size:13px; color:var(--muted); }
p.cite a { color:var(--accent); }
.muted { color:var(--muted); }
.speaker { background:#fff; border:1px solid var(--line); border-radius:8px; padding:12px 16px; margin:0 0 14px; }
.quote { margin:10px 0; }
table.figs { border-collapse:collapse; width:100%; table-layout:fixed; background:#fff; margin-bottom:18px; }
table.figs th, table.figs td { border:1px solid var(--line); padding:6px 10px; vertical-align:top; text-align:left; }
table.figs th { background:#eef2f8; font-size:13px; }
td.num { text-align:right; white-space:nowrap; font-variant-numeric:tabular-nums; font-weight:600; }
"""


def _meetings(data: ReportData, src: _Sources) -> str:
    people = defaultdict(list)
    for a in data.attendees:
        people[a["meeting_id"]].append(a)
    out, year = [], object()
    for m in data.meetings:
        y = m["start_date"].year if m["start_date"] else None
        if y != year:
            if out:
                out.append("</div>")
            out.append(f'<h3 class="year">{e(y if y is not None else "Date unknown")}</h3><div class="timeline">')
            year = y
        where = ", ".join(e(x) for x in (m["location"], m["country_code"]) if x)
        where = f'<div class="where">{where}</div>' if where else ""
        items = []
        for a in people[m["meeting_id"]]:
            bits = [f"<strong>{e(a['name'])}</strong>"]
            if a["title"]:
                bits.append(f", {e(a['title'])}")
            if a["country_code"]:
                bits.append(f' <span class="muted">({e(a["country_code"])})</span>')
            if a["kind"] != "person":
                bits.append(f' <span class="muted">· {e(a["kind"])}</span>')
            if a["is_host"]:
                bits.append('<span class="host">host</span>')
            items.append(f"<li>{''.join(bits)}</li>")
        attendees = f'<ul class="people">{"".join(items)}</ul>' if items else '<p class="muted">no attendee named</p>'
        out.append(
            f'<article class="meeting" id="m-{e(m["meeting_id"])}">'
            f'<div class="when">{e(fmt_date(m["start_date"], m["date_precision"]))}</div>'
            f'<h4>{e(m["title"] or "meeting")}<span class="badge">{e(m["kind"])}</span></h4>'
            f"{where}"
            f"{attendees}{src.quote_block(m['article_id'], m['char_start'], m['char_end'])}</article>")
    if out:
        out.append("</div>")
    return "".join(out) or '<p class="muted">No meetings found.</p>'


def _via(via: str | None) -> str:
    return f'<p class="cite">reported via {e(via)}</p>' if via else ""


def _speakers(data: ReportData, src: _Sources) -> str:
    quotes = defaultdict(list)
    for q in data.quotes:
        quotes[q["speaker"]].append(q)
    out = []
    for s in data.speakers:
        span = (f"{e(s['first_published'])} – {e(s['last_published'])}"
                if s["first_published"] != s["last_published"] else e(s["first_published"] or ""))
        title = f' <span class="muted">{e(s["speaker_title"])}</span>' if s["speaker_title"] else ""
        shown = "".join(
            f'<div class="quote">{src.quote_block(q["article_id"], q["char_start"], q["char_end"])}'
            f"{_via(q['via'])}</div>"
            for q in quotes[s["speaker"]])
        out.append(
            f'<section class="speaker"><h4>{e(s["speaker"])}{title}</h4>'
            f'<div class="muted">{s["quote_count"]:,} quote(s) in {s["article_count"]:,} article(s) · {span}</div>'
            f"{shown}</section>")
    return "".join(out) or '<p class="muted">No attributed quotes found.</p>'


def _figures(data: ReportData, src: _Sources) -> str:
    by_kind = defaultdict(list)
    for f in data.figures:
        by_kind[f["kind"]].append(f)
    out = []
    for kind, rows in by_kind.items():
        body = "".join(
            f'<tr><td class="num">{e(fmt_value(f["value"]))}</td><td>{e(f["unit"])}</td>'
            f'<td>{e(f["qualifier"])}</td>'
            f'<td>{src.quote_block(f["article_id"], f["char_start"], f["char_end"])}</td></tr>'
            for f in rows)
        out.append(f'<h3>{e(kind)}</h3><table class="figs"><colgroup><col style="width:150px"><col style="width:120px">'
                   f'<col style="width:90px"><col></colgroup><thead><tr><th>value</th><th>unit</th>'
                   f"<th>qualifier</th><th>where it was said</th></tr></thead><tbody>{body}</tbody></table>")
    return "".join(out) or '<p class="muted">No figures found.</p>'


def render(data: ReportData) -> str:
    """The whole page as one HTML string; every value from the data is escaped."""
    src = _Sources(data.articles)
    t = data.totals
    summary = (f"{t.get('articles', 0):,} articles · {t.get('meetings', 0):,} meetings · "
               f"{t.get('attendees', 0):,} attendees · {t.get('quotes', 0):,} quotes · {t.get('figures', 0):,} figures")
    notes = "".join(f'<p class="note">{e(n)}</p>' for n in data.notes)
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{e(data.title)}</title><style>{CSS}</style></head><body>"
        f"<header><h1>{e(data.title)}</h1><p>{summary}</p></header>"
        '<nav><a href="#meetings">Meetings</a><a href="#speakers">Most quoted</a><a href="#figures">Largest figures</a></nav>'
        f'<main>{notes}'
        f'<h2 id="meetings">Meetings, by date</h2>{_meetings(data, src)}'
        f'<h2 id="speakers">Most quoted speakers</h2>{_speakers(data, src)}'
        f'<h2 id="figures">Largest figures, by kind</h2>{_figures(data, src)}'
        "</main></body></html>\n")
