"""Figures: counts, money, percentages, measures, durations.

One precompiled scan finds where numbers start (digits, number words,
"a dozen", "half a million"); at each start one precompiled pattern reads
the number with its currency mark, scale and range partner. Spans that hold
digits but are never figures (clock times, phone numbers, numeric dates,
ordinals, page furniture, URLs) are consumed first. Each number is then
read from its neighbours: what follows says the kind and unit (%, a
currency, a unit of measure or time, the counted noun); what precedes says
the qualifier ("up to"), a name ("Resolution 2249"), a date ("January 22")
or a casualty verb ("killing four" counts people).

Ranges ("between 36 and 40", "16-17 percent", "$5-7 billion") give two
figures: the low end carries the text of the whole range and its qualifier,
the high end its own words. Scale, currency and unit written once apply to
both ends.

A number with nothing after it to say what it counts is kept only when the
context does: a casualty verb or state ("wounded 110", "190 were dead"),
"21 of some 60 countries", or an earlier count in the sentence that it
continues ("54 nations have signed, only 27 have ratified").

Words combine as news writes them: "two and a half million", "a
million-and-a-half", "one-to-two hundred" (the hundred serves both ends). A
part names its whole's noun ("six of the House's committees"); a quantity
"one" ("by one vote", "only one country") counts the noun after it; a bare
number takes the unit of an earlier count it continues ("an additional
million-and-a-half", "the other three"), of the paragraph's last count when it
is the subject of its sentence, or "people" before a crowd verb ("Fewer than
two hundred showed up").

Every lexicon is a data file in ``extract/data/figure_*``.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pycountry

from extract.patterns import trie as _trie
from schemas.records import Figure

_DATA = Path(__file__).parent / "data"


def _lines(name: str) -> list[str]:
    out = []
    for raw in (_DATA / name).read_text(encoding="utf-8").splitlines():
        if raw.strip() and not raw.lstrip().startswith("#"):
            out.append(raw.rstrip("\n").strip(" \r"))
    return out


def _rows(name: str) -> list[list[str]]:
    return [[c.strip() for c in line.split("\t")] for line in _lines(name)]


def _alt(words, flags: str = "") -> str:
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))
    return f"(?{flags}:{body})" if flags else f"(?:{body})"


# ---------------------------------------------------------------- lexicons

_NUM_WORDS = {w.lower(): int(v) for w, v in _rows("figure_number_words.tsv")}
_UNITS_W = [w for w, v in _NUM_WORDS.items() if 0 < v < 10]
_TEENS_W = [w for w, v in _NUM_WORDS.items() if 10 <= v < 20]
_TENS_W = [w for w, v in _NUM_WORDS.items() if v >= 20]
_SCALES = {w: float(v) for w, v in _rows("figure_scales.tsv")}
_SCALES_CI = {w.lower(): v for w, v in _SCALES.items() if len(w) > 1 and w != "MM"}

_CODE_STOP = set(_lines("figure_currency_code_stop.txt"))
_CODES = sorted({c.alpha_3 for c in pycountry.currencies} - _CODE_STOP)
_SYMBOLS = {s: c for s, c in _rows("figure_currency_symbols.tsv")}
for _c in _CODES:
    _SYMBOLS.setdefault(_c, _c)
_CUR_WORDS = {w.lower(): c for w, c in _rows("figure_currency_words.tsv")}

_UNIT_ROWS = _rows("figure_units.tsv")
_UNIT_OF = {s: (u, k) for s, u, k in _UNIT_ROWS}
_UNIT_OF_CI = {s.lower(): (u, k) for s, u, k in _UNIT_ROWS if s.islower() and len(s) > 3}
_UNIT_FACTORS = {a: (b, float(f)) for a, b, f in _rows("figure_unit_factors.tsv")}
_QUALS = {q.lower(): v for q, v in _rows("figure_qualifiers.tsv")}
_NAME_WORDS = set(_lines("figure_name_words.txt"))
_STOP = set(_lines("figure_stop_words.txt"))
_PLURALS = {a.lower(): b for a, b in _rows("figure_plural_nouns.tsv")}
_MODIFIERS = set(_lines("figure_modifiers.txt"))
_PEOPLE_VERBS = set(_lines("figure_people_verbs.txt"))
_PEOPLE_STATES = set(_lines("figure_people_states.txt"))
_PEOPLE_AUX = set(_lines("figure_people_aux.txt"))
_MONTHS = set(_lines("figure_months.txt"))
_HYPHEN_NON = set(_lines("figure_hyphen_nonunits.txt"))
_SKIP_PATTERNS = _lines("figure_nonfigure_patterns.txt")

# Capitalised words that may precede a number without making it part of a
# name: the closed-class words, hedges and verbs of the lexicons above.
_NOT_NAME = (_STOP | _PEOPLE_VERBS | {w for q in _QUALS for w in q.split()}
             | set(_lines("figure_not_name_words.txt")))

_ADJ_ENDINGS = tuple(_lines("figure_modifier_endings.txt"))
_PLURAL_MODIFIERS = frozenset(_lines("figure_plural_modifiers.txt"))

# ---------------------------------------------------------------- the scan

_DIG = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_U, _T, _X = _alt(_UNITS_W), _alt(_TEENS_W), _alt(_TENS_W)
_SMALL = rf"(?:{_X}(?:[-\s]{_U})?|{_T}|{_U})"
# ("zero" only as a share or a count of casualties: "zero percent", "zero deaths"; not
# "zero-tolerance", "net zero emissions", "zero hundred")
_WORDNUM = (rf"(?i:\b(?:{_SMALL}(?:\s+hundred(?:\s+(?:and\s+)?{_SMALL})?)?|(?<!net\s)zero(?=\s+(?:percent|per\s+cent|"
            rf"cases|deaths|fatalities|casualties)\b))\b)")
# ("a hundred thousand": the hundred scales the scale after it)
_SCALE_WORDS = r"hundred(?:\s+(?:thousand|million|billion|trillion))?|thousand|million|billion|trillion|dozen|lakh\s+crore|lakh|crore"
# "a" is a number only when a scale follows ("a million", "a dozen").
_AWORD = rf"(?i:\b(?:a\s+quarter|a\s+half|half\s+a|three\s+quarters\s+of\s+a|a)(?=\s+(?:{_SCALE_WORDS})\b))"
# "and a half" adds a half to what it follows, spaced or hyphenated: "two and a
# half million", "three-and-a-half years", "a million and a half"; a bare scale
# word is a number only with it ("an additional million-and-a-half").
_HALF = r"(?i:[-\s]and[-\s]a[-\s]half\b)"
_BARE_SCALE = rf"(?i:\b(?:a\s+)?(?:hundred|thousand|million|billion|trillion)(?={_HALF}))"
_NUMBER = rf"(?:(?:{_DIG}|{_WORDNUM}|{_BARE_SCALE}|{_AWORD}){_HALF}?)"
# "$5-billion", "a 1.5-million-strong": a hyphen may join the scale word
_SCALE = (rf"(?:(?:\s*|-)(?i:{_SCALE_WORDS})(?!\w)|\s?(?i:bn|mn|mln|tn|trn)(?!\w)|(?:MM|[mbkMBK])(?![\w]))")


# Currency marks are read loosely here (any short capitalised word, or a
# symbol, touching or one space before the digits) and checked against
# _SYMBOLS afterwards: a 200-code alternation at every position is slow.
_SYM_CHARS = "".join(sorted({s for s in _SYMBOLS if len(s) == 1 and not s.isalpha()}))
_CUR = (rf"(?:(?<![A-Za-z])(?:U\.S\.\$|[A-Z][A-Za-z]{{0,3}}\.?\$?)[ \u00a0]?|[{re.escape(_SYM_CHARS)}][ \u00a0]?)(?=\d)")
_FIG = re.compile(rf"(?P<pre>{_CUR})?(?(pre)|(?<![\w\-./,#]))(?P<n1>{_NUMBER})(?P<s1>{_SCALE})?"
                  rf"(?:(?P<conn>-(?i:to)-|\s*[–—-]\s*|\s+(?i:to|and|or)\s+)(?P<pre2>{_CUR})?(?P<n2>{_NUMBER})(?P<s2>{_SCALE})?)?")
_CUR_BACK = re.compile(_CUR.replace(r"(?=\d)", "") + r"\Z")
# every currency mark holds one of these: seven characters without any cannot end in one
_CUR_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ" + _SYM_CHARS)
# Where a number may start: a digit (not inside another number) or a number
# word; a currency mark is found looking back from the digits. Everything else is read from these anchors.
_NUM_FORMS = [w for v in _NUM_WORDS for w in (v, v.capitalize())]
# A scale word starts a number only in "million-and-a-half" (see _BARE_SCALE): rare, so
# looked for in a second scan, only in texts that say "half", and not in _ANCHOR, where
# every h, m, b and t of the text would try it.
_HALF_ANCHOR = re.compile(rf"(?i:\b(?:hundred|thousand|million|billion|trillion)(?={_HALF}))")
# The leading \b is left to the caller (no letter before the anchor): with it
# the scan is twice as slow.
_ANCHOR = re.compile(rf"\d(?<![\d.,]\d)|(?:{_trie(_NUM_FORMS)})\b|"
                     rf"[Aa]\s+(?=(?:quarter|half|dozen|hundred|thousand|million|billion|trillion)\b)|[Hh]alf\s+a\b")
# _ANCHOR searched over the whole text tries every position (no first character
# to look for): the scan cost as much as reading all the numbers it found. Its
# matches are found by cheaper scans instead: the digits with _DIGIT_ANCHOR (a
# first character, so sre skips ahead to it) and the words by
# `_word_anchor_starts` (bytes.find of a few letters that every number word or
# scale word holds, each hit then tried with _ANCHOR itself).
_DIGIT_ANCHOR = re.compile(r"\d(?<![\d.,]\d)")  # _ANCHOR's first branch
_WORD_STEMS = sorted({w[:4].encode() for w in _NUM_WORDS})  # (lower case) a number word starts with one
# ... and the scale words after "a" / "half a" hold one of these
_SCALE_STEMS = (b"quarter", b"half", b"dozen", b"hundred", b"thousand", b"illion")
# _HALF where it must start before a "half", in _ascii_lower's text: its white
# space may have become "?" (and \x1c-\x1f, white space to str, are not to bytes)
_AND_A_HALF_AT = re.compile(rb"[-\s\x1c-\x1f?]and[-\s\x1c-\x1f?]a[-\s\x1c-\x1f?]half")
_SKIP = re.compile("|".join(f"(?i:{p})" for p in _SKIP_PATTERNS))
_URL_ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}")
_NONSPACE = re.compile(r"\S*")

_PCT = re.compile(r"\s?(?:%|(?i:percent|per\s?cent|pct|percentage\s+points?)(?!\w))")
_CUR_SUF = re.compile(rf"\s?(?:{'|'.join(_CODES)})(?![A-Za-z])|\s+{_alt(_CUR_WORDS, 'i')}(?!\w)(?!\s+of\b)")


def _unit_res() -> tuple[re.Pattern, re.Pattern]:
    glued, spaced = [], []
    for s in sorted(_UNIT_OF, key=len, reverse=True):
        if s.endswith(" of"):
            pat = re.escape(s[:-3]).replace(r"\ ", r"\s+") + r"(?=\s+of\b)"
        else:
            pat = re.escape(s).replace(r"\ ", r"\s+")
        if s.islower() and len(s) > 3:
            pat = f"(?i:{pat})"
        glued.append(pat)
        # one- and two-letter abbreviations spaced from the number are too often words
        if len(s) > 2 or s in ("km", "kg", "cm", "mm", "ft", "lb", "oz", "MW", "GW", "kW", "°C", "°F", "mi"):
            spaced.append(pat)
    end = r"(?![\w²])"
    return (re.compile(rf"(?:{'|'.join(glued)}){end}"), re.compile(rf"(?:\s+|-)(?:{'|'.join(spaced)}){end}"))


_UNIT_GLUED, _UNIT_SPACED = _unit_res()
_HYPHEN_NOUN = re.compile(r"-([A-Za-z]+)(?![\w-])")
# (an initialism is a word too: "three U.S. cities", "two U.N. agencies")
_WORD = re.compile(r"[ \t\u00a0]+([A-Z](?:\.[A-Z])+\.(?=[ \t\u00a0][a-z])|[A-Za-z][A-Za-z'\u2019]*(?:-[A-Za-z]+)*)")
_OR_MORE = re.compile(r"\s+or\s+(?:more|so)\b|\+|-odd\b|-plus\b", re.I)
_OR_MORE_WORD = re.compile(r"\s+or\s+more(?=\s+[A-Za-z])", re.I)
_QUAL_BEFORE = re.compile(rf"(?<![\w]){_alt(_QUALS, 'i')}\s+$")
# Last words of the phrases the three patterns above end with: the patterns end in
# "$" and are searched over a window, which costs a match attempt at every position,
# so they are only tried when the word before the number is one of these.
_QUAL_LAST = {q.split()[-1] for q in _QUALS}
_VERB_LAST = _QUAL_LAST | {v.split()[-1] for v in _PEOPLE_VERBS} | {"between", "from"}
_AGE_LAST = {"aged", "of"}
_VERB_BEFORE = re.compile(rf"(?<![\w]){_alt(_PEOPLE_VERBS, 'i')}\s+(?:{_alt(_QUALS, 'i')}\s+|(?i:between|from)\s+)?$")
_AGE_BEFORE = re.compile(r"(?<![\w])(?i:aged|ages?\s+of)\s+$")
_BETWEEN = re.compile(r"(?<![\w])(?i:between|from)\s+$")
# ("21 of some 60 countries", "39 of the state's 40 delegates")
_OF_NEXT = re.compile(rf"\s+of\s+(?:the\s+|these\s+|those\s+|its\s+|their\s+)?(?:[A-Za-z][\w.-]*['’]s\s+)?"
                      rf"(?:{_alt(_QUALS, 'i')}\s+)?(?=[\d$€£A-Za-z])")
_WEIGH_BEFORE = re.compile(r"(?i)\bweigh(?:s|ed|ing)?\s+(?:\S+\s+){0,2}$")
_METRIC_AFTER = re.compile(r"\s*\(\s*(?:about\s+|around\s+|some\s+)?[\d.,]+\s*(?:kg|kilo|tonne|g\b)")
# ("two of the victims", "all 25 of Nevada's delegates")
_PARTITIVE = re.compile(r"\s+of\s+(?:(?i:the|these|those|its|their|his|her|our|my|your)|"
                        r"(?:(?i:the)\s+)?[A-Za-z][\w.-]*['’]s)(?=\s)")
_MORE = re.compile(r"\s+more\b")
_CONTINUES = re.compile(r"\s+(?:more|others|have|has|had|were|are|was|is|will|would|did|do|in)\b")
_SENT_START = re.compile(r"[.!?][\"'\u201d\u2019)]*\s+|\n")
_ONE_CUES = tuple(_lines("figure_one_cues.txt"))
_ONE_NON = set(_lines("figure_one_nonunits.txt"))
# "only 27", "an additional 1.5 million": the number continues an earlier count
_CONT_WORDS = tuple(_lines("figure_continuation_words.txt"))
_TOLL_BEFORE = re.compile(r"(?i)\b(?:death|casualty)\s+tolls?\s+(?:[a-z]+\s+){0,3}?(?:to|at|of)\s+"
                          r"(?:(?:at\s+least|about|around|nearly|almost|more\s+than|over|some)\s+)?$")
_MOST_NOUN = re.compile(r"(?i)\bthe (?:most|fewest|largest number of) (?:[a-z]+ ){0,2}?([a-z]+s)\b[^.;:]{0,30}?,?\s+with\s+$")
_NUMBER_OF_BEFORE = re.compile(r"(?i)\b(?:number|total|count|tally) of ([a-z]+s)\b[^.;:]{0,50}?\b(?:rose|risen|"
                               r"increased|climbed|grew|jumped|reached|hit|stands|stood|is|was|were)\s+(?:to\s+|at\s+)?$")
_CROWD_BEFORE = re.compile(r"(?i)\b(?:crowds?|audiences?|turnout|congregation)\s+of\s+"
                           r"(?:(?:at\s+least|about|around|nearly|almost|more\s+than|over|some|up\s+to)\s+)?$")
_CASUALTY = re.compile(rf"(?i)\b{_alt(_lines('figure_casualty_words.txt'))}\b")


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    value: float
    kind: str
    unit: str | None
    qualifier: str | None
    role: str = ""
    bare: bool = False  # nothing after the number says what it counts
    of_at: int = -1  # "21 of some 60 countries": where the "of" phrase ends


_SPACES = re.compile(r"\s+")
_AND_A_HALF = re.compile(r"[-\s]and[-\s]a[-\s]half$")
_WORD_SEP = re.compile(r"[-\s]+")


@lru_cache(maxsize=4096)
def _num_value(s: str) -> float | None:
    # (cached: the same few numbers, "2021", "one", recur in every text)
    s = s.strip()
    if s[0].isdigit() and s[-4:].lower() != "half":  # (digits, no "and a half")
        return float(s.replace(",", ""))
    low = _SPACES.sub(" ", s.lower())
    half = _AND_A_HALF.search(low)
    if s[0].isdigit() and not half:
        return float(s.replace(",", ""))
    if half:
        low = low[:half.start()]
        if low.startswith("a "):
            low = low[2:]
        if low in _SCALES_CI:  # "million-and-a-half": one and a half of the scale
            return 1.5 * _SCALES_CI[low]
        base = _num_value(low)
        return None if base is None else base + 0.5
    frac = {"a quarter": 0.25, "a half": 0.5, "half a": 0.5, "three quarters of a": 0.75, "a": 1.0}
    if low in frac:
        return frac[low]
    total = 0
    for tok in _WORD_SEP.split(low):
        if tok == "and":
            continue
        if tok == "hundred":
            total = (total or 1) * 100
        elif tok in _NUM_WORDS:
            total += _NUM_WORDS[tok]
        else:
            return None
    return float(total)


def _scale(s: str | None) -> float:
    if not s:
        return 1.0
    s = s.strip().lstrip("-")
    got = _SCALES.get(s) or _SCALES_CI.get(s.lower())
    if got is None and " " in s.strip():   # "hundred thousand"
        parts = [_SCALES_CI.get(w) for w in s.lower().split()]
        got = math.prod(parts) if all(parts) else None
    return got or 1.0


def _plural(word: str) -> str:
    low = word.lower()
    if low in _PLURALS:
        return _PLURALS[low]
    if low.endswith("y") and len(low) > 2 and low[-2] not in "aeiou":
        return word[:-1] + "ies"
    if low.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    return word + "s"


def _looks_plural(word: str) -> bool:
    low = word.lower()
    if low in _PLURALS:
        return _PLURALS[low] == low or low in ("persons",)
    if low.endswith("men") and len(low) > 4:
        return True
    if len(low) < 4 or not low.endswith("s") or low.endswith(("ss", "us", "is", "'s", "\u2019s")):
        return False
    # capitalised words ending -as are places ("Texas"), not plural nouns
    return not (word[0].isupper() and low.endswith("as"))


def _is_modifier(word: str) -> bool:
    low = word.lower()
    return low in _MODIFIERS or low.endswith(_ADJ_ENDINGS) or word[0].isupper()


def _counted_noun(text: str, pos: int, singular_ok: bool) -> tuple[str, int] | None:
    """The head noun of what a number counts, as the plural, and where it ends."""
    words: list[str] = []
    for _ in range(4):
        m = _WORD.match(text, pos)
        if not m:
            return None
        w = m.group(1)
        low = w.lower()
        if low == "others" and not words:
            return "people", m.end()
        if low in ("more", "other", "fewer", "additional", "most", "least") and not words:
            # "32,000 more deaths", "two other people", "25 most influential
            # Americans": the noun is still to come
            pos = m.end()
            continue
        if low == "and" and words and words[-1].islower():
            # "115,000 construction and manufacturing jobs": two modifiers of one noun
            m2 = _WORD.match(text, m.end())
            m3 = _WORD.match(text, m2.end()) if m2 else None
            if m2 and m2.group(1).islower() and not _looks_plural(m2.group(1)) and m3 and _looks_plural(m3.group(1)) \
                    and m3.group(1).islower() and m3.group(1).lower() not in _STOP:
                pos = m.end()
                continue
        if low in _STOP:
            return None
        poss = w.endswith(("s'", "s\u2019")) and len(w) > 3 and _looks_plural(w[:-1])
        if poss:   # "two doctors' approval", "three countries' leaders": the owners are counted
            w, low = w[:-1], low[:-1]
        if _looks_plural(w) or (singular_ok and low in _PLURALS and not words):
            end = m.end() - (1 if poss else 0)
            nxt = None if poss else _WORD.match(text, end)
            # "police officers", "members states": the noun before is a modifier
            if nxt and nxt.group(1).lower() not in _STOP and _looks_plural(nxt.group(1)) and not nxt.group(1)[0].isupper():
                words.append(w)
                w, end = nxt.group(1), nxt.end()
            head = _PLURALS.get(w.lower(), w) if not _looks_plural(w) or w.lower() in _PLURALS else w
            if head.lower() == "others":
                head = "people"
            if words and not _is_modifier(words[-1]) and words[-1].lower() not in _NUM_WORDS:
                mod = words[-1].lower()
                if _looks_plural(mod) and mod.endswith("s") and mod not in _PLURALS and not mod.endswith("ies") \
                        and mod not in _PLURAL_MODIFIERS:
                    mod = mod[:-1]
                head = f"{mod} {head}"
            return head, end
        words.append(w)
        pos = m.end()
    return None


def _prev_word(text: str, start: int, lo: int) -> tuple[str, int] | None:
    """The word (a run of non-spaces) before `start` across spaces or tabs, and where
    it starts; not before `lo`. A scan back by hand: a regex ending in "$" searched
    over the window tries every position."""
    if start <= lo or text[start - 1] not in " \t\u00a0":
        return None
    head = text[lo:start].rstrip(" \t\u00a0")
    if not head or head[-1].isspace():
        return None
    word = head.rsplit(None, 1)[-1]  # (str.split's white space is str.isspace's)
    return word, lo + len(head) - len(word)


def _last_token(text: str, start: int) -> str:
    """The letters (and dots) right before the whitespace before `start`, lower case."""
    j = start
    while j > 0 and text[j - 1].isspace():
        j -= 1
    if j == start or j == 0:
        return ""
    tok = text[max(0, j - 30):j].rsplit(None, 1)[-1]
    if tok.replace(".", "a").isalpha():
        return tok.lower()  # (the common case: a word, all of it)
    i = j
    while i > 0 and j - i < 30 and (text[i - 1].isalpha() or text[i - 1] == "."):
        i -= 1
    return text[i:j].lower()


def _prev_word_blocks(text: str, start: int) -> bool:
    """A name ("Resolution 2249", "Boeing 737") or a date ("January 22") before the number."""
    pw = _prev_word(text, start, max(0, start - 40))
    if not pw:
        return False
    w, ws = pw
    low = w.lower()
    if low in _NAME_WORDS or low.rstrip(".") in _NAME_WORDS:
        return True
    bare = low.rstrip(".")
    if w[0].isupper() and bare in _MONTHS:
        return True
    if not w[0].isupper() or not w.replace(".", "").replace("-", "").isalnum():
        return False
    if low in _NOT_NAME or low.rstrip(".") in _NOT_NAME:
        return False
    # a capitalised word that starts the sentence is not a name by itself
    before = text[max(0, ws - 3):ws]
    if ws == 0 or "\n" in before or re.search(r"[.!?:\"\u201c]\s*$", before):
        return False
    return True


def _measure_follows(text: str, end: int) -> bool:
    m = _UNIT_SPACED.match(text, end)
    if not m:
        return bool(_PCT.match(text, end))
    surf = re.sub(r"\s+", " ", m.group(0).lstrip(" -\t\u00a0"))
    unit = _UNIT_OF.get(surf) or _UNIT_OF_CI.get(surf.lower()) or _UNIT_OF.get(surf.lower() + " of")
    return bool(unit and unit[1] == "measure")


def _at_sentence_start(text: str, pos: int) -> bool:
    before = text[max(0, pos - 4):pos].rstrip(" \t\u00a0")
    return not before or before[-1] in ".!?\n\"\u201c\u2018'(:*-\u2013\u2014#>" or before.endswith("\u2019")


def _month_after(text: str, end: int) -> bool:
    m = _WORD.match(text, end)
    return bool(m and m.group(1)[0].isupper() and m.group(1).lower().rstrip(".") in _MONTHS)


def _sentence_start(text: str, pos: int) -> int:
    lo = max(0, pos - 400)
    last = lo
    for m in _SENT_START.finditer(text, lo, pos):
        last = m.end()
    return last


def _read(text: str, s: int, e: int, n_text: str, pre: str | None, scale: str | None) -> _Cand | None:
    """Read one number (start s, end of number and scale e) from what follows it."""
    value = _num_value(n_text)
    if value is None:
        return None
    mult = _scale(scale)
    cur = _SYMBOLS.get(pre.strip()) if pre else None
    # "450°F" is glued like "20kg"
    glued_letters = e < len(text) and (text[e].isalpha() or text[e] == "\u00b0")

    def cand(end: int, kind: str, unit: str | None, v: float = value * mult) -> _Cand:
        return _Cand(s, end, v, kind, unit, None)

    om = _OR_MORE_WORD.match(text, e)
    if om:
        # "four or more people": the bound sits between the number and its noun
        c = _read(text, s, om.end(), n_text, pre, scale)
        if c is not None and not c.bare:
            c.qualifier = "at least"
            return c
    if cur:
        m = _CUR_SUF.match(text, e)
        return cand(m.end() if m and not glued_letters else e, "money", cur)
    m = _PCT.match(text, e)
    if m:
        return cand(m.end(), "percent", "percent")
    m = _CUR_SUF.match(text, e)
    if m:
        surf = m.group(0).strip()
        code = _SYMBOLS.get(surf) or _CUR_WORDS.get(re.sub(r"\s+", " ", surf.lower()))
        if code == "GBP" and surf.lower().startswith("pound") and (
                _WEIGH_BEFORE.search(text, max(0, s - 30), s) or _METRIC_AFTER.match(text, m.end())):
            # "weighed 82 pounds (37 kg)": a weight, not sterling
            return cand(m.end(), "measure", "lb")
        if code:
            return cand(m.end(), "money", code)
    if scale and scale.strip() == "m" and not _counted_noun(text, e, False):
        # "the 100m final": metres, not millions
        return cand(e, "measure", "m", value)
    m = _UNIT_GLUED.match(text, e) if glued_letters else _UNIT_SPACED.match(text, e)
    if m:
        surf = m.group(0).lstrip(" -\t\u00a0")
        surf = re.sub(r"\s+", " ", surf)
        unit, kind = (_UNIT_OF.get(surf) or _UNIT_OF_CI.get(surf.lower()) or _UNIT_OF.get(surf.lower() + " of")
                      or (None, None))
        if unit:
            end = m.end()
            if kind == "duration" and text.startswith("-old", end):
                end += 4  # "a 45-year-old": the age, whole
            return cand(end, kind, unit)
    if glued_letters:
        return None  # "4G", "3D", "5G": a code, not a quantity
    m = _HYPHEN_NOUN.match(text, e)
    if m:
        word = m.group(1)
        # "one-stop", "one-off", "one-sided": set phrases, not a count of one;
        # "three-dimensional", "two-legged", "Goody Two-Shoes": adjectives and names
        if (word.lower() in _HYPHEN_NON or word.lower() in _NUM_WORDS or value == 1 or word[0].isupper()
                or word.lower().endswith(_ADJ_ENDINGS) or word.lower().endswith("th")):
            return None
        return cand(m.end(), "count", _plural(word.lower()))
    if text.startswith("-", e) and e + 1 < len(text) and text[e + 1].isalpha():
        return None  # "three-and-a-half", "two-by-four": not a number of its own
    if value * mult == 1:
        # "one child", "one person"; "one China policy", "no one knows" are not counts
        w = _WORD.match(text, e)
        low = w.group(1).lower() if w else ""
        if low in _PLURALS and _PLURALS[low] != low:
            return cand(w.end(), "count", _PLURALS[low])
        if w and (low in _MODIFIERS or low.endswith(_ADJ_ENDINGS)):
            # "only one major party": the noun is the word after the adjective
            w2 = _WORD.match(text, w.end())
            if w2 and w2.group(1).lower() not in _MODIFIERS:
                w, low = w2, w2.group(1).lower()
        if w and _one_noun(w.group(1)) and _prev_is(text, s, _ONE_CUES) and not _opening_by(text, s):
            # "failed by one vote", "only one country": a quantity of the noun after it;
            # "By one tradition, ..." opening a sentence is a manner of speaking
            w2 = _WORD.match(text, w.end())
            if w2 and _one_noun(w2.group(1)) and not w.group(1).lower().endswith(("ing", "ed")):
                w, low = w2, w2.group(1).lower()  # "one health condition": the last noun is the head
            return cand(w.end(), "count", _plural(low))
        c = cand(e, "count", None)
        c.bare = True
        return c
    noun = _counted_noun(text, e, singular_ok=False)
    if noun:
        head = noun[0].rsplit(" ", 1)[-1].lower()
        if _UNIT_OF_CI.get(head, ("", ""))[1] == "duration":
            # "33 Earth days": a duration, the word before only says whose
            return cand(noun[1], "duration", _UNIT_OF_CI[head][0])
        # a headline in capitals ("ELIMINATING 10 REGULATIONS") names the same unit as its text
        return cand(noun[1], "count", noun[0].lower() if noun[0].isupper() else noun[0])
    c = cand(e, "count", None)
    c.bare = True
    return c


def _is_year(n_text: str, pre, scale, c: _Cand) -> bool:
    return (len(n_text) == 4 and n_text.isdigit() and 1000 <= int(n_text) <= 2099 and not pre and not scale
            and c.kind == "count")


def _ascii_lower(text: str) -> bytes:
    """The text with ASCII letters in lower case and every other character "?",
    offset for offset: where a number word may be is found in it with
    bytes.find. (str.lower of a text with any accent or curly quote costs
    three times as much.)"""
    return text.encode("ascii", "replace").lower()


def _word_anchor_starts(text: str, low: bytes) -> list[int]:
    """Where ``_ANCHOR.finditer(text)`` finds a match that is not a digit, in
    order, except number words right after a letter ("someone", "often"),
    which the caller drops.

    Dropping them changes nothing else: such a match holds only letters (a
    number word ends at a word boundary), so no other anchor starts inside
    it. "half a" is the exception ("behalf a dozen" hides the "a" of "a
    dozen"), so every "half" is tried whatever precedes it. ``low``:
    ``_ascii_lower(text)``."""
    tries: set[int] = set()
    for stem in _WORD_STEMS:
        i = low.find(stem)
        while i >= 0:
            if i == 0 or not text[i - 1].isalpha():
                tries.add(i)
            i = low.find(stem, i + 1)
    for stem in _SCALE_STEMS:
        i = low.find(stem)
        while i >= 0:
            tries.add(i)  # "half a", also inside a word ("behalf a dozen")
            w = i  # back to the start of the word holding the stem ("m" of "million") ...
            while w > 0 and text[w - 1].isalpha():
                w -= 1
            j = w  # ... and over the spaces before it, to an "a" ("a million")
            while j > 0 and text[j - 1].isspace():
                j -= 1
            if 0 < j < w and text[j - 1] in "Aa":
                tries.add(j - 1)
            i = low.find(stem, i + 1)
    words: list[int] = []
    end = 0  # finditer's matches do not overlap: one starting inside the last is not found
    for i in sorted(tries):
        if i >= end and (m := _ANCHOR.match(text, i)):
            words.append(i)
            end = m.end()
    return words


def _says_and_a_half(low: bytes) -> bool:
    """Whether the text (``low``: ``_ascii_lower(text)``) may say "and a half", as
    _HALF_ANCHOR needs: a look at each "half" spares its scan of every position."""
    i = low.find(b"half", 7)
    while i >= 0:
        if _AND_A_HALF_AT.match(low, i - 7):
            return True
        i = low.find(b"half", i + 1)
    return False


def find_figures(text: str) -> list[Figure]:
    cands: list[_Cand] = []
    pos = 0
    low = _ascii_lower(text)
    words = _word_anchor_starts(text, low)
    if "half" in text and _says_and_a_half(low):
        extra = [a.start() for a in _HALF_ANCHOR.finditer(text)]
        if extra:
            words = sorted(words + extra)
    # a digit never lies inside a word's match nor a word inside a digit's:
    # the two are found apart
    digits = [m.start() for m in _DIGIT_ANCHOR.finditer(text)]
    for p in sorted(digits + words) if words else digits:
        if p < pos:
            continue
        ch = text[p]
        if ch.isdigit():
            if p and not text[p - 1].isspace():
                # the token before the digits (up to 60 characters): a regex "\S*$" searched
                # here tries every position, a loop by hand costs a step per character
                tok = text[max(0, p - 60):p].rsplit(None, 1)[-1]
                if "/" in tok or "@" in tok or "www." in tok or "=" in tok or _URL_ESCAPE.search(tok):
                    # inside a URL ("#:~:text=John%20Deere%20pledges%20%2420"), a path or an
                    # address: none of the token's later digits is a figure either
                    pos = _NONSPACE.match(text, p).end()
                    continue
            sk = _SKIP.match(text, p) or (p and text[p - 1] in "(+" and _SKIP.match(text, p - 1))
            if sk:
                pos = sk.end()
                continue
            back = text[max(0, p - 7):p]
            cb = _CUR_BACK.search(text, max(0, p - 7), p) if not _CUR_CHARS.isdisjoint(back) else None
            m = _FIG.match(text, cb.start()) if cb and _SYMBOLS.get(cb.group(0).strip()) else None
            m = m or _FIG.match(text, p)
        else:
            if p and text[p - 1].isalpha():
                continue
            m = _FIG.match(text, p)
        if not m:
            continue
        pre = m.group("pre")
        if pre and (pre.strip() not in _SYMBOLS or (len(pre.strip()) == 1 and pre != pre.strip())):
            m = _FIG.match(text, m.start("n1"))
            if not m:
                continue
        pos = m.end()
        s = m.start()
        pre, n1, s1, conn, pre2, n2, s2 = m.group("pre", "n1", "s1", "conn", "pre2", "n2", "s2")
        e1 = m.end("n1") if s1 is None else m.end("s1")
        if conn is not None:
            c = conn.strip().lower()
            ok = True
            if c == "and":
                ok = bool(_BETWEEN.search(text, max(0, s - 12), s))
            if pre2 and pre2.strip() not in _SYMBOLS:
                ok = False
            if pre and pre2 and _SYMBOLS.get(pre.strip()) != _SYMBOLS.get(pre2.strip()):
                ok = False
            if not ok:
                conn = None
                pos = m.start("n2") if pre2 is None else m.start("pre2")
        # names carry digits ("Boeing 737"), not number words ("the Walmart six minutes later")
        if n1[0].isdigit() and _prev_word_blocks(text, s) and not _measure_follows(text, e1):
            # ... unless a measure follows: "placed Humberto 785 miles west of Bermuda"
            continue
        # a capitalised number word inside a sentence starts a name ("a Six Flags park")
        if n1[0].isupper() and n1[0].isalpha() and not pre and not _at_sentence_start(text, s):
            continue
        last = _last_token(text, s)
        if conn is None:
            hi = None
            c1 = _read(text, s, e1, n1, pre, s1)
            if c1 is None:
                continue
            if _month_after(text, e1) and c1.bare:
                continue
            if _is_year(n1, pre, s1, c1) and (c1.bare or last not in _QUAL_LAST
                                              or not _QUAL_BEFORE.search(text, max(0, s - 40), s)):
                # "nearly 2000 people": years are not hedged, counts are
                continue
        else:
            # both ends read from the words after the high end
            hi = _read(text, m.start("n2") if pre2 is None else m.start("pre2"), m.end(), n2, pre2 or pre, s2 or s1)
            if hi is None:
                continue
            if conn.strip().lower() == "or" and hi.bare:
                # "four or five" with nothing counted: read the first alone
                pos = m.start("n2")
                c1 = _read(text, s, e1, n1, pre, s1)
                if c1 is None:
                    continue
                hi = None
            else:
                v1 = _num_value(n1)
                if (v1 is not None and n1[0].isalpha() and not s1 and not s2 and re.search(r"(?i)\bhundred$", n2)
                        and v1 < (_num_value(n2) or 0) / 100):
                    # "one-to-two hundred people": the hundred is written once, for both ends
                    # ("ninety to one hundred" is not 9,000 to 100)
                    v1 *= 100
                if v1 is None or _is_year(n1, pre, s1, hi) or _is_year(n2, pre2, s2, hi):
                    continue
                if hi.bare and conn.strip() in ("-", "–", "—"):
                    continue  # "won 3-1", "voted 52-48": scores, not figures
                c1 = _Cand(s, hi.end, v1 * _scale(s1 or s2), hi.kind, hi.unit, None, bare=hi.bare)
                bw = _BETWEEN.search(text, max(0, s - 12), s)
                if bw:
                    c1.start = bw.start()
        # casualty verbs, qualifiers, ages, "N of M nouns"
        win = max(0, s - 40)
        q = _QUAL_BEFORE.search(text, win, s) if last in _QUAL_LAST else None
        if q:
            c1.qualifier = c1.qualifier or _QUALS.get(re.sub(r"\s+", " ", q.group(0).strip().lower()))
            c1.start = q.start()
        om = _OR_MORE.match(text, c1.end)
        if om and not c1.qualifier:
            c1.qualifier = "about" if re.search(r"so|odd", om.group(0), re.I) else "at least"
        if c1.bare or (c1.kind == "count" and c1.unit in ("people",)):
            vb = _VERB_BEFORE.search(text, win, s) if last in _VERB_LAST else None
            if vb:
                c1.role = vb.group(0).split()[0].lower()
                if c1.bare:
                    c1.start = min(c1.start, vb.start())
                    c1.unit, c1.bare = "people", False
                    mm = _MORE.match(text, c1.end)
                    if mm:
                        c1.end = mm.end()
        if c1.bare:
            ag = _AGE_BEFORE.search(text, win, s) if last in _AGE_LAST else None
            if ag:
                c1.kind, c1.unit, c1.bare, c1.start = "duration", "years", False, ag.start()
        if c1.bare:
            of = _OF_NEXT.match(text, c1.end)
            if of:
                if n1.strip().lower() == "one":
                    continue  # "one of the ...": a pronoun
                pm = _PARTITIVE.match(text, c1.end)
                noun = _counted_noun(text, pm.end(), singular_ok=False) if pm else None
                if noun:
                    # "six of the House's committees", "two of the victims": a part counts
                    # what its whole is made of
                    c1.unit, c1.bare, c1.end = noun[0], False, noun[1]
                c1.of_at = of.end()
        cands.append(c1)
        if hi is not None:
            if hi.bare and not c1.bare:
                # "killing 5 to 10": the high end counts what the low end counts
                hi.kind, hi.unit, hi.bare = c1.kind, c1.unit, False
            hi.role = "hi"
            cands.append(hi)
    return _resolve(text, _clock_times(text, cands))


_CLOCK = {"hours": 3600, "minutes": 60, "seconds": 1}
_CLOCK_GLUE = re.compile(r"\s+(?:and\s+)?")


def _clock_times(text: str, cands: list[_Cand]) -> list[_Cand]:
    """"1 hour 59 minutes 40.2 seconds", "3 hours and 20 minutes": one
    duration in its smallest unit (7180.2 seconds, 200 minutes), not three."""
    out: list[_Cand] = []
    for c in cands:
        prev = out[-1] if out else None
        if prev is not None and c.kind == prev.kind == "duration" and c.unit in _CLOCK and prev.unit in _CLOCK \
                and _CLOCK[c.unit] < _CLOCK[prev.unit] and not c.qualifier and _CLOCK_GLUE.fullmatch(text, prev.end, c.start):
            prev.value = round(prev.value * _CLOCK[prev.unit] / _CLOCK[c.unit] + c.value, 6)
            prev.unit, prev.end = c.unit, c.end
            continue
        out.append(c)
    return out


def _people_state_after(text: str, end: int) -> int | None:
    pos = end
    for _ in range(4):
        m = _WORD.match(text, pos)
        if not m:
            return None
        low = m.group(1).lower()
        if low in _PEOPLE_STATES:
            return m.end()
        if low not in _PEOPLE_AUX:
            return None
        pos = m.end()
    return None


# "... per 100,000 [people]": the base of a rate, and the noun it is of
_PER_BASE = re.compile(r"[ \t]+per[ \t]+(?:every[ \t]+)?(?:\d[\d,.]*|a[ \t]+|one[ \t]+)?(?:[ \t]*(?:hundred|thousand|"
                       r"million|billion))?(?:[ \t]+([a-z]+s))?\b")
# what a rate counts, told before it in the sentence
_RATE_NOUN = re.compile(r"\b(deaths|cases|infections|hospitalizations|births|homicides|murders|suicides|arrests|"
                        r"crimes|overdoses)\b(?=[^.;]*\brate\b|[^.;]*$)", re.IGNORECASE)


def _resolve(text: str, cands: list[_Cand]) -> list[Figure]:
    """Give bare numbers a unit from their context, drop the rest, merge repeats."""
    out: list[_Cand] = []
    for i, c in enumerate(cands):
        if c.bare and c.of_at >= 0:
            nxt = next((d for d in cands[i + 1:i + 3] if d.start <= c.of_at + 2 and not d.bare), None)
            if nxt and nxt.kind == "count":
                c.unit, c.bare = nxt.unit, False
        if c.bare and _MORE.match(text, c.end):
            # "six Mexican nationals were killed, and seven more were injured"
            sent = _sentence_start(text, c.start)
            prev = next((d for d in reversed(out) if d.start >= sent and d.kind == "count" and d.unit), None)
            if prev:
                c.unit, c.bare, c.end = prev.unit, False, _MORE.match(text, c.end).end()
        if c.bare and c.kind == "count" and _PER_BASE.match(text, c.end):
            # a rate: "at a rate of seven per 100,000 people", "six per 100,000": a count of what the
            # paragraph counts ("premature deaths ... seven per 100,000"), else of the base's noun
            para = text.rfind("\n", 0, c.start) + 1
            prev = next((d for d in reversed(out) if d.start >= para and d.kind == "count" and d.unit
                         and not d.bare and not text.endswith("per ", 0, d.start)), None)
            rm = _RATE_NOUN.search(text, _sentence_start(text, c.start), c.start)
            pm = _PER_BASE.match(text, c.end)
            unit = rm.group(1).lower() if rm else prev.unit if prev else (pm.group(1) or "").lower() or None
            if unit:
                c.unit, c.bare = unit, False
                c.end = pm.end()
        if c.bare and c.value != 1:
            end = _people_state_after(text, c.end)
            if end is not None:
                c.unit, c.bare = "people", False
                c.end = end
        if c.bare and c.value == 1:
            continue  # a lone "one" ("at least one", "one was found") is too often a pronoun
        if c.bare and c.kind == "count" and (_TOLL_BEFORE.search(text, max(0, c.start - 60), c.start)
                                             or _CROWD_BEFORE.search(text, max(0, c.start - 40), c.start)):
            # "the death toll rose to 17": 17 people dead; "a crowd of a hundred thousand"
            c.unit, c.bare = "people", False
        if c.bare and c.kind == "count":
            nb = _NUMBER_OF_BEFORE.search(text, max(0, c.start - 90), c.start)
            if nb:   # "the number of cases in the outbreak rose to 58": 58 cases
                c.unit, c.bare = nb.group(1).lower(), False
        if c.bare and (c.qualifier or _CONTINUES.match(text, c.end) or _prev_is(text, c.start, _CONT_WORDS)):
            sent = _sentence_start(text, c.start)
            prev = next((d for d in reversed(out) if d.start >= sent and d.kind == "count" and d.unit), None)
            if prev is None and c.start == sent and _CONTINUES.match(text, c.end):
                # a bare number that is the subject of its sentence takes up the last count of the
                # paragraph: "They arrested three ... Over a thousand were reported to have reached"
                para = text.rfind("\n", 0, c.start) + 1
                prev = next((d for d in reversed(out) if d.start >= para and d.kind == "count" and d.unit), None)
            if prev is None and _prev_is(text, c.start, ("with",)):
                # "had the most pledged delegates, with 60": the noun the sentence ranks by
                mn = _MOST_NOUN.search(text, sent, c.start)
                if mn:
                    c.unit, c.bare = mn.group(1).lower(), False
            if prev:
                c.unit, c.bare = prev.unit, False
                mm = _MORE.match(text, c.end)
                if mm:
                    c.end = mm.end()
            elif _CASUALTY.search(text, sent, min(len(text), c.end + 80)):
                c.unit, c.bare = "people", False
            elif c.qualifier and _CONTINUES.match(text, c.end):
                # "reportedly over 1,000 in Poland": hedged, so stated as a count;
                # "when she was about 57." is an age and stays out
                c.bare = False
        if c.bare:
            continue
        out.append(c)
    seen: set = set()
    seen_hi: set = set()
    figures = []
    for c in sorted(out, key=lambda c: c.start):
        key = (round(c.value, 6), c.kind, (c.unit or "").lower(), "" if c.role == "hi" else c.role)
        if key in seen or (c.role == "hi" and key in seen_hi):
            continue
        # the high end of a range does not stand for a later statement of its number
        # ("one-to-two hundred people ... Fewer than two hundred showed up")
        (seen_hi if c.role == "hi" else seen).add(key)
        value, unit = c.value, c.unit
        if unit in _UNIT_FACTORS:   # "two decades": 20 years (eval/GUIDE.md's units of time)
            unit, f = _UNIT_FACTORS[unit]
            value *= f
        figures.append(Figure(char_start=c.start, char_end=c.end, value=value, kind=c.kind, unit=unit,
                              text=text[c.start:c.end], qualifier=c.qualifier))
    return figures


def _one_noun(word: str) -> bool:
    """Could `word` be the singular noun counted by a quantity "one"?"""
    low = word.lower()
    return (word.islower() and len(low) > 2 and low not in _STOP and low not in _MODIFIERS and low not in _ONE_NON
            and low not in _NUM_WORDS and low not in _HYPHEN_NON and not low.endswith(("s", "ly", "ed", "ing")))


def _opening_by(text: str, start: int) -> bool:
    """ "By one tradition, ..." at the head of a sentence: a manner of speaking, not a margin."""
    pw = _prev_word(text, start, max(0, start - 20))
    return bool(pw and pw[0].lower() == "by" and _at_sentence_start(text, pw[1]))


def _prev_is(text: str, start: int, words: tuple[str, ...]) -> bool:
    pw = _prev_word(text, start, max(0, start - 20))
    return bool(pw and pw[0].lower() in words)
