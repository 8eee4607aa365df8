"""Sentences and paragraphs with offsets: the spans every rule works on."""
from __future__ import annotations

import re
from dataclasses import dataclass

# A sentence ends at . ! ? (optionally followed by closing quotes/brackets)
# before white space and a capital, digit or opening quote. Abbreviations
# that end in a period do not end a sentence.
_ABBREV = {
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "cmdr",
    "adm", "maj", "st", "jr", "sr", "no", "vs", "etc", "inc", "ltd", "co", "corp", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.u", "mt",
    "ft", "approx", "dept", "est", "fig", "gov't", "hon", "messrs", "rev", "pres", "amb",
}
_PARA = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")
_LAST_WORD = re.compile(r"(\S+)$")
_LETTER = re.compile(r"[a-z]")
# (the same as "[.!?]+[...]*(?=...)|\n\s*\n", written to start with a class of
# characters so that sre skips ahead to one instead of trying every position)
_END = re.compile(r"[.!?\n](?:(?<=[.!?])[.!?]*[\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018(\[A-Z0-9])"
                  r"|(?<=\n)\s*\n)")


@dataclass(frozen=True, slots=True)
class Segment:
    start: int
    end: int
    text: str


def paragraphs(text: str) -> list[Segment]:
    out = []
    for m in _PARA.finditer(text):
        # the paragraph without the white space around it, cut from the text
        # once (a long paragraph copied for each strip cost more than the scan)
        a, b = _SPACES.match(text, m.start(), m.end()).end(), m.end()
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            out.append(_segment(a, b, text[a:b]))
    return out


_SPACES = re.compile(r"\s*")
_new, _set_start, _set_end, _set_text = object.__new__, Segment.start.__set__, Segment.end.__set__, Segment.text.__set__


def _segment(start: int, end: int, text: str) -> Segment:
    """``Segment(start, end, text)`` at a third of the cost: a frozen dataclass's
    __init__ sets each field through object.__setattr__; the slots are set
    directly (the instance is the same)."""
    seg = _new(Segment)
    _set_start(seg, start)
    _set_end(seg, end)
    _set_text(seg, text)
    return seg


def sentences(text: str) -> list[Segment]:
    """Split into sentences, never across a paragraph break."""
    out: list[Segment] = []
    for para in paragraphs(text):
        start = 0
        body = para.text
        for m in _END.finditer(body):
            end = m.end()
            word = _LAST_WORD.search(body, start, m.start() + 1)
            token = word.group(1).lower().rstrip(".!?") if word else ""
            if token.strip("\"'\u201c\u2018(") in _ABBREV or _LETTER.fullmatch(token):
                continue
            _add(out, para.start, body, start, end)
            start = end
        _add(out, para.start, body, start, len(body))
    return out


def _add(out: list[Segment], base: int, body: str, s: int, e: int) -> None:
    chunk = body[s:e]
    lead = len(chunk) - len(chunk.lstrip())
    chunk = chunk.strip()
    if chunk:
        out.append(Segment(base + s + lead, base + s + lead + len(chunk), chunk))


# Capitalised words that are never a name's: months and days of the week.
MONTHS_AND_DAYS = frozenset("January February March April May June July August September October November "
                            "December Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
# Words before an office that make it another one: a Vice President is not
# "the President", a Deputy Prime Minister not "the Prime Minister".
OTHER_OFFICE = frozenset({"vice", "deputy", "former", "assistant", "under", "acting", "associate", "ex", "shadow"})
