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
_END = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018(\[A-Z0-9])|\n\s*\n")


@dataclass(frozen=True, slots=True)
class Segment:
    start: int
    end: int
    text: str


def paragraphs(text: str) -> list[Segment]:
    out = []
    for m in _PARA.finditer(text):
        seg = m.group(0)
        if seg.strip():
            lead = len(seg) - len(seg.lstrip())
            out.append(Segment(m.start() + lead, m.end() - (len(seg) - len(seg.rstrip())), seg.strip()))
    return out


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
