"""Dates as news writes them, resolved against the article's published date.

    find_dates(text, published, future=False) -> list[DateMention]

"today", "on Thursday", "Thursday's", "last week", "in December", "next
month", "January 22", "22 January 2015", "October 6, 2019", "in 2015".
A weekday or a month without a year means the nearest one before the
published date (news reports what happened), or the nearest one after when
``future`` is set (the caller knows the sentence announces a meeting).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from schemas.records import DatePrecision

MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"])}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}

_MON = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

# One alternation, tried left to right: the most specific forms first so that
# "October 6, 2019" is not read as "October" + "6".
_DATE = re.compile(
    rf"(?P<mdy>\b(?P<m1>{_MON})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y1>(?:19|20)\d\d)\b)?)"
    rf"|(?P<dmy>\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MON})(?:,?\s+(?P<y2>(?:19|20)\d\d))?\b)"
    rf"|(?P<my>\b(?P<m3>{_MON})(?:\s+of)?,?\s+(?P<y3>(?:19|20)\d\d)\b)"
    rf"|(?P<rel>\b(?P<rdir>last|next|this|earlier this|later this)\s+(?P<runit>week|month|year|weekend)\b)"
    rf"|(?P<wd>\b(?:(?P<wdir>last|next|this|on|late on|early on|late|early|since)\s+)?(?P<wday>{_DAY})\b)"
    rf"|(?P<inm>\b(?:(?P<mdir>this|next|last)|in|since|during|from|until|by|early|late|mid-?)\s+(?P<m4>{_MON})\b(?!\s+\d))"
    # "President Biden's June trip", "the March summit": a month naming an event, capitalised
    rf"|(?P<mon_of>\b(?-i:(?P<m5>January|February|March|April|May|June|July|August|September|October|November|December))"
    rf"(?=\s+(?:(?-i:[A-Z][\w.’'-]*)\s+){{0,3}}(?:trip|visit|summit|meetings?|talks|conference|call|session|ministerial)\b))"
    rf"|(?P<iny>\b(?:in|since|during|by)\s+(?P<y4>(?:19|20)\d\d)\b)"
    rf"|(?P<today>\b(?:today|tonight|this (?:morning|afternoon|evening))\b)"
    rf"|(?P<yday>\byesterday\b)"
    rf"|(?P<tmrw>\btomorrow\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    text: str
    value: date
    precision: DatePrecision


def _month_year(month: int, published: date, future: bool) -> int:
    y = published.year
    if future:
        return y if month >= published.month else y + 1
    return y if month <= published.month else y - 1


def _day(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def resolve(m: re.Match[str], published: date, future: bool) -> tuple[date, DatePrecision] | None:
    g = m.groupdict()
    if g["mdy"] or g["dmy"]:
        mon = MONTHS[(g["m1"] or g["m2"]).lower()[:3]]
        day = int(g["d1"] or g["d2"])
        year = g["y1"] or g["y2"]
        y = int(year) if year else _month_year(mon, published, future)
        d = _day(y, mon, day)
        if d and not year and not future and d > published + timedelta(days=1):
            d = _day(y - 1, mon, day)
        return (d, "day") if d else None
    if g["my"]:
        return date(int(g["y3"]), MONTHS[g["m3"].lower()[:3]], 1), "month"
    if g["inm"]:
        mon = MONTHS[g["m4"].lower()[:3]]
        how = (g["mdir"] or "").lower()
        if how == "this":   # "this November": the one of the published year
            return date(published.year, mon, 1), "month"
        ahead = how == "next" or (future and how != "last")
        return date(_month_year(mon, published, ahead), mon, 1), "month"
    if g["mon_of"]:
        # no tense in the words: the month of that name nearest the report
        mon = MONTHS[g["m5"].lower()[:3]]
        near = min((date(_month_year(mon, published, ahead), mon, 1) for ahead in (True, False)),
                   key=lambda d: abs((d - published).days))
        return near, "month"
    if g["iny"]:
        return date(int(g["y4"]), 1, 1), "year"
    if g["today"]:
        return published, "day"
    if g["yday"]:
        return published - timedelta(days=1), "day"
    if g["tmrw"]:
        return published + timedelta(days=1), "day"
    if g["wd"]:
        wd = WEEKDAYS[g["wday"].lower()]
        how = (g["wdir"] or "").lower()
        delta = (published.weekday() - wd) % 7
        if how == "next" or (future and how not in ("last", "since")):
            ahead = (wd - published.weekday()) % 7
            if how == "next" and ahead == 0:
                ahead = 7
            return published + timedelta(days=ahead), "day"
        if how == "last" and delta <= published.weekday():
            # "last Thursday" on a Friday is the Thursday of the week before
            # (yesterday would be "Thursday"); on a Monday, four days ago
            delta += 7
        return published - timedelta(days=delta), "day"
    if g["rel"]:
        unit, how = g["runit"].lower(), g["rdir"].lower()
        step = {"last": -1, "next": 1}.get(how, 0)
        if unit == "weekend" and how == "this":
            # the Saturday of the published week (Sunday's paper: yesterday)
            return published + timedelta(days=(5 - published.weekday()) if published.weekday() < 6 else -1), "day"
        if unit in ("week", "weekend"):
            d = published + timedelta(days=7 * step)
            return d, "month"   # a week has no precision of its own: the month it falls in
        if unit == "month":
            y, mth = published.year, published.month + step
            y, mth = y + (mth - 1) // 12, (mth - 1) % 12 + 1
            return date(y, mth, 1), "month"
        return date(published.year + step, 1, 1), "year"
    return None


# Every date expression holds one of these words (or a number): a month, a
# weekday, a unit of relative time, a deictic day. The date expression is only
# run in small windows around them: run over every character of a text it was
# the meeting extractor's slowest step (about 1 MB/s).
_ANCHORS = frozenset(list(MONTHS) + list(WEEKDAYS) + [
    "week", "weekend", "month", "year", "today", "tonight", "morning", "afternoon", "evening", "yesterday",
    "tomorrow"])
# The anchors as one expression scanned in C (no look-behind at its front, so
# the engine skips by first letter; the letter before is tested in the loop).
# The words are grouped by first letter (one group tried per position, not
# every word): all are letters followed by no letter, so at most one matches
# at a position and the grouping finds the same hits.
_ANCHOR_GROUPS: dict[str, list[str]] = {}
for _w in sorted(_ANCHORS, key=len, reverse=True):
    _ANCHOR_GROUPS.setdefault(_w[0], []).append(_w[1:])
_ANCHOR_RE = re.compile(r"(?:" + "|".join(c + "(?:" + "|".join(rest) + ")" for c, rest in _ANCHOR_GROUPS.items())
                        + r")(?![a-z])|[0-9]+")
# No date expression reaches further than this before its first anchor word
# ("earlier this week") or after its last ("October 6, 2019" ends on one).
_MARGIN = 25
# ... but a month naming an event looks up to four words ahead ("the December
# U.S.-Africa Leaders Summit"): after a month the window reaches further.
_MONTH_MARGIN = 45


def _windows(text: str, start: int, end: int):
    """Spans of ``text[start:end]`` that hold every date expression in it."""
    low = text[start:end].lower()
    if len(low) != end - start:   # lower() moved offsets: one window, the whole span
        yield start, end
        return
    ws = we = -1
    for m in _ANCHOR_RE.finditer(low):
        i = m.start()
        if i and "a" <= low[i - 1] <= "z" and not low[i].isdigit():
            continue   # inside a longer word ("aweek")
        after = _MONTH_MARGIN if low[i:m.end()] in MONTHS else _MARGIN
        a, b = max(0, start + i - _MARGIN), min(end, start + m.end() + after)
        if ws >= 0 and a <= we:
            we = b
            continue
        if ws >= 0:
            yield ws, we
        ws, we = a, b
    if ws >= 0:
        yield ws, we


def find_dates(text: str, published: date | None, future: bool = False) -> list[DateMention]:
    """Every date expression in ``text`` that ``published`` lets us resolve."""
    out = []
    for ws, we in _windows(text, 0, len(text)):
        out.extend(_find(text, ws, we, published, future))
    return out


# Every form of _DATE opens on a word boundary before a word character:
# tried only at word starts, the alternation costs a third less than
# ``finditer`` trying it at every character (same matches).
_WORD_START = re.compile(r"\b\w")


def _find(text: str, ws: int, we: int, published: date | None, future: bool) -> list[DateMention]:
    out = []
    pos = ws
    for w in _WORD_START.finditer(text, ws, we):
        if w.start() < pos:
            continue
        m = _DATE.match(text, w.start(), we)
        if m is None:
            continue
        pos = m.end()
        if published is None:
            # Relative dates need an anchor: only absolute ones survive without it.
            g = m.groupdict()
            if g["mdy"] and g["y1"] or g["dmy"] and g["y2"]:
                r = resolve(m, date(int(g["y1"] or g["y2"]), 12, 31), future)
            elif g["my"] or g["iny"]:
                r = resolve(m, date(2000, 1, 1), future)
            else:
                continue
        else:
            r = resolve(m, published, future)
        if r:
            out.append(DateMention(m.start(), m.end(), m.group(0), r[0], r[1]))
    return out
