"""Who is who in one article: names, their titles, and what a pronoun, a
surname or "the commissioner" stands for.

Quotes name their speaker loosely ("Hammond said", "he said", "the
commissioner said"); the guide wants the fullest name the article gives
("Philip Hammond"). ``Cast`` answers those look-ups, reading only the parts
of the article each one needs. Rules only: no parser, no gazetteer beyond
pycountry's country names and the lexicons in ``extract/data``.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from extract.patterns import trie as _trie
from extract.places import lookup
from extract.text import MONTHS_AND_DAYS, OTHER_OFFICE

_DATA = Path(__file__).with_name("data")


def load_lexicon(name: str) -> tuple[str, ...]:
    """One entry a line, ``#`` starts a comment."""
    out = []
    for line in (_DATA / name).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return tuple(out)


TITLE_HEADS = frozenset(w.lower() for w in load_lexicon("quote_title_heads.txt"))
TITLE_MODS = frozenset(w.lower() for w in load_lexicon("quote_title_modifiers.txt"))
NONPERSON = frozenset(w.lower() for w in load_lexicon("quote_nonperson_words.txt"))
STOP_CAPS = frozenset(w.lower() for w in load_lexicon("quote_stop_caps.txt"))
DEMONYMS = frozenset(load_lexicon("quote_demonyms.txt"))
AGENCIES = tuple(sorted(load_lexicon("quote_agencies.txt"), key=len, reverse=True))
ORG_HEADS = frozenset(load_lexicon("quote_org_heads.txt"))
AGENCY_KEYS = frozenset(a.lower().removeprefix("the ") for a in AGENCIES)
PRONOUNS = frozenset(load_lexicon("quote_pronouns.txt"))
THING_NOUNS = frozenset(load_lexicon("quote_thing_nouns.txt"))


def _load_tsv(name: str) -> dict[str, str]:
    return {k.lower(): v for k, v in (line.split("\t")[:2] for line in load_lexicon(name) if "\t" in line)}


GENDER_WORDS = _load_tsv("quote_gender_words.tsv")
GIVEN_NAMES = _load_tsv("quote_given_names.tsv")
_PRONOUN_SEX = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}


def _thing_word(w: str, i: int, n: int) -> bool:
    """Whether folded word ``w``, the ``i``-th of a run of ``n``, makes the run
    a thing: a word of ``NONPERSON``, unless it is a given name opening a name
    ("Bill Gerstenmaier", not "the Bill")."""
    return w in NONPERSON and not (i == 0 and n >= 2 and w in GIVEN_NAMES)


# Names are written in many scripts' Latin letters (Brudziński, Erdoğan):
# Python's re has no \p{Lu}, so the upper-case class is built once.
UPPER = "".join(re.escape(chr(c)) for c in list(range(0x41, 0x250)) + list(range(0x370, 0x530))
                + list(range(0x1E00, 0x1F00)) if chr(c).isupper())
LETTER = r"[^\W\d_]"
_PARTICLES = ("al el bin ibn abu von van der den de del della di da dos das du la le ter ten bint").split()
# (as trees: at most one of them can be followed by the "-" or space they need)
_PARTICLE = _trie(_PARTICLES)
# A name word: capitalised, maybe hyphenated ("el-Sisi", "Vice-President"),
# an initial ("K."), a dotted acronym ("U.S.") or a title abbreviation.
_WORD = (rf"(?:{_trie('Dr Mr Mrs Ms Sen Rep Gov Gen Col Rev Prof Jr Sr St Lt Sgt Capt'.split())}\.(?!\w)"
         rf"|[{UPPER}]\.(?:[{UPPER}]\.)*"
         rf"|(?:(?:{_PARTICLE}|[Ee]x|[Ff]ormer)-)?[{UPPER}]{LETTER}*(?:[-’']{LETTER}+)*)")
# the first letter is checked before anything else: most positions fail there
_FIRST = "".join(sorted({p[0] for p in _PARTICLES} | set("EeFf")))
RUN = re.compile(rf"(?=[{UPPER}{_FIRST}])(?<![\w’'\-]){_WORD}(?:[ \t\u00a0]+(?:{_PARTICLE}[ \t\u00a0]+)*{_WORD})*")
_TITLE_ABBR = {"dr.", "mr.", "mrs.", "ms.", "sen.", "rep.", "gov.", "gen.", "col.", "rev.", "prof.", "jr.",
               "sr.", "st.", "lt.", "sgt.", "capt."}


def fold_text(s: str) -> str:
    """Accent- and case-free form, so "Brudzinski" finds "Brudziński".

    Marks are dropped through one ``translate`` of the few distinct marks
    present, not a test per character: most text is Latin with an odd
    accent or curly quote, and a per-character loop dominated the cost."""
    if s.isascii():
        return s.lower()
    s = unicodedata.normalize("NFKD", s)
    marks = [c for c in set(s) if unicodedata.combining(c)]
    if marks:
        s = s.translate(dict.fromkeys(map(ord, marks)))
    return s.lower()


fold = lru_cache(maxsize=65536)(fold_text)


_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|as|bin|ibn|abu)-")
_ACRONYM_TOKEN = re.compile(r"[A-Z]{2,6}|(?:[A-Z]\.){2,4}")
_POSSESSIVE = re.compile(r"[’']s$")


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    try:
        import pycountry
    except ImportError:  # pragma: no cover - pycountry is a dependency
        return frozenset()
    names = set()
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            n = getattr(c, attr, None)
            if n:
                names.add(fold(n))
    names |= {"russia", "iran", "syria", "south korea", "north korea", "britain", "great britain", "america",
              "vietnam", "laos", "taiwan", "palestine", "turkey", "venezuela", "bolivia", "tanzania", "moldova",
              "the netherlands", "united states", "united kingdom", "czech republic", "ivory coast", "europe",
              "africa", "asia", "latin america", "middle east"}
    return frozenset(names)


@lru_cache(maxsize=65536)
def surname_key(name: str) -> str:
    """The word people are looked up by: last word, Jr. and particles dropped."""
    toks = [t for t in fold(name).split() if t.rstrip(".") not in {"jr", "sr", "ii", "iii"}]
    if not toks:
        return ""
    last = toks[-1].rstrip(".,").removesuffix("'s").removesuffix("’s")
    return _ARABIC_ARTICLE.sub("", last)


@lru_cache(maxsize=65536)
def _is_title_token(tok: str) -> bool:
    low = tok.lower()
    if low in TITLE_HEADS or low in TITLE_MODS or tok in DEMONYMS or low in _TITLE_ABBR:
        return True
    if low.startswith(("ex-", "former-")) and _is_title_token(tok.split("-", 1)[1]):
        return True
    if _ACRONYM_TOKEN.fullmatch(tok):  # acronyms: "US", "AU", "NATO", "U.S."
        return True
    if tok.endswith(("'s", "’s")):  # "Niger's president", "Mexico's Foreign Secretary"
        return True
    if fold(tok) in _countries():
        return True
    place = lookup(tok) if tok[:1].isupper() else None   # a state's office: "Montana Secretary of State"
    return place is not None and place.kind == "region"


def _has_head(tokens: list[str]) -> bool:
    return any(map(_is_head_token, tokens))


@lru_cache(maxsize=65536)
def _is_head_token(t: str) -> bool:
    low = t.lower()
    return low in TITLE_HEADS or low in _TITLE_ABBR or low.split("-")[-1] in TITLE_HEADS


def _after_last_head(words: list[str]) -> list[str]:
    """The words after the last title head that has words after it (all of
    them when there is none): "United States President Donald Trump" ->
    ["Donald", "Trump"]."""
    for j in range(len(words) - 2, 0, -1):
        if _has_head([words[j]]):
            return words[j + 1:]
    return words


@dataclass(frozen=True, slots=True)
class Mention:
    start: int  # of the name (title excluded)
    end: int
    name: str
    title: str | None
    person: bool


_TOKEN = re.compile(r"\S+")
_ACRONYM = re.compile(r"[ \t]\(([A-Z]{2,8})\)")
_ACRONYM_FIRST = re.compile(r"(?<![\w-])([A-Z]{2,8})[ \t]+\(([A-Z][\w’'-]*(?:[ \t]+(?:of|for|and|the|[A-Z][\w’'-]*)){1,7})\)")
_ACRONYM_KEY = re.compile(r"[A-Z]{2,8}")
# (the small words whole: "and" inside "pandemic" once made a body's long
# form 'andemic" by the World Health Organization')
_CAP_WORDS = re.compile(rf"[{UPPER}][\w’'\-]*|\b(?:of|the|for|and)\b")
_APPOSITIVE = re.compile(r",[ \t]+(?:a|an|the)[ \t]+([^,;:()\"“”]{2,80}?)(?=,|;|\.(?:[ \t]|$)|$)")


# from where it is matched up to the last clause break before the end
_UP_TO_BREAK = re.compile(r".*[,;:.\n(\"“”]", re.S)


def _left_title(text: str, start: int, head_tokens: list[str]) -> str | None:
    """Title words right before a name ("AU trade and industry commissioner",
    "Niger's president"), read backwards until a word that is not one. A
    capitalised word that is not a title word is someone else's name ("John
    Kerry and British Foreign Secretary Philip Hammond") and stops the title."""
    words = list(head_tokens)
    # only the text since the last clause break can hold this name's title
    low = max(0, start - 160)
    m = _UP_TO_BREAK.match(text, low, start)  # (one scan back, not one per character)
    floor = m.end() if m else low
    back = text[floor:start].split()
    k = len(back) - 1
    while k >= 0:
        tok = back[k]
        if tok == "and":
            if k == 0 or not back[k - 1].islower() or not _is_title_token(back[k - 1]):
                break
        elif not _is_title_token(tok):
            break
        words.insert(0, tok)
        k -= 1
    while words and words[0].lower() in {"of", "for", "and", "the", "on"}:
        words.pop(0)
    if not words or not _has_head(words):
        return None
    return " ".join(words)


# a title head, then "to the" / "of" / "for": "Ambassador to the ", "Minister of "
# (the body may be a pair cut by "and": "Secretary of Housing and Urban Development Scott Turner")
_TITLE_JOIN = re.compile(r"([\w.-]+)[ \t]+(?:to|of|for)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w.-]*[ \t]+(?:and|&)[ \t]+)?$")
_PARTICLE_SET = frozenset(_PARTICLES)
# characters no run of names holds: a clause between two of them reads alone
_CLAUSE_MARKS = ",;:()\n\"\u201c\u201d"
_CLAUSE_MARK = re.compile("[" + re.escape(_CLAUSE_MARKS) + "]")
_ASCII_RUNS = re.compile(r"[\x00-\x7f]+")
# a run of one word has no space: one followed by a space and a capital has
_SPACED_ON = re.compile(rf"[ \t\u00a0]* [ \t\u00a0]*[{UPPER}]")
# a run goes on past a word followed by a capital (a surname key skips "Jr.",
# "Sr.", "II", "III", so those are let through)
_RUN_GOES_ON = re.compile(rf"[ \t\u00a0]+(?![JjSs][Rr]|[Ii][Ii])[{UPPER}]")


def _may_end_run_word(text: str, i: int) -> bool:
    """Whether the word before the spaces before ``i`` could be a word of a
    run of names: it ends in a letter or a period and is not all lower case
    (unless a particle: "bin", "von")."""
    words = text[max(0, i - 60):i].rsplit(None, 1)  # (the last word is all that is read)
    if not words:
        return True
    w = words[-1]
    return (w[-1].isalnum() or w[-1] == ".") and (not w.islower() or w in _PARTICLE_SET)


_BYLINE = re.compile(r"\s*(?:by|reporting|writing|editing|additional reporting|photo|image|credit|source)\b|[\u2014\u2013-]",
                     re.IGNORECASE)
# a name after these is where something is, not who acts: "based in London"
_PLACE_CUES = frozenset("in at near from into across to of on outside inside".split())
# (and the subject of a clause hung on another's: "Mugabe agreed to power-sharing
# in which Tsvangirai became prime minister. ... he declared" is Mugabe)
_OBJECT_CUES = frozenset("to with by for from of at about against on told met called thanked which whom whereby".split())


def _acronyms(text: str) -> dict[str, str]:
    """"Syrian Democratic Forces (SDF)": the short form stands for the long one."""
    out: dict[str, str] = {}
    if "(" not in text:
        return out
    for m in _ACRONYM.finditer(text):
        short = m.group(1)
        words = _CAP_WORDS.findall(text, max(0, m.start() - 120), m.start())
        words = [w for w in words[-len(short) - 3:]]
        # trim leading words until the initials fit ("Kurdish-led Syrian Democratic Forces")
        while words and ("".join(w[0] for w in words if w[0].isupper()) != short or words[0].islower()):
            words.pop(0)  # (nor does a long form start with "the" or "and")
        tail = text[max(0, m.start() - 120):m.start()].rstrip()
        if words and tail.endswith(words[-1]):
            start_long = tail.rfind(words[0])
            out[short] = " ".join(tail[start_long:].split())
    for m in _ACRONYM_FIRST.finditer(text):
        # the other way round: "AEW (All Elite Wrestling)"
        short, long = m.group(1), " ".join(m.group(2).split())
        if short not in out and "".join(w[0] for w in long.split() if w[0].isupper()) == short:
            out[short] = long
    return out


class Cast:
    """The people (and bodies) one article names, with their titles.

    Nothing is read up front: a look-up reads the capitalised runs of the
    paragraphs it needs (those near a quote, or those holding the surname
    asked about) and keeps them. Most of an article is never read at all,
    which is what makes quotes cheap on long articles.
    """

    def __init__(self, text: str, quoted: list[tuple[int, int]] | None = None, paras=None) -> None:
        self.text = text
        self._quoted = sorted(quoted or [])
        self._qstarts = [s for s, _ in self._quoted]
        if paras is None:
            from extract.text import paragraphs
            paras = paragraphs(text)
        # runs never cross a line break, so a paragraph is read on its own
        # exactly as a scan of the whole text would read it
        self._spans = [(p.start, p.end) for p in paras]
        self._starts = [s for s, _ in self._spans]
        self._para_runs: dict[int, list[tuple[int, str]]] = {}
        self._raw_cache: dict[int, Mention | None] = {}
        self._cache: dict[int, Mention | None] = {}
        self._key_cache: dict[str, tuple[str | None, str | None, int]] = {}
        self._vocab_cache: dict[str, bool] = {}
        self._acronyms: dict[str, str] | None = None
        self._folded: tuple[str, list[int]] | None = None
        self._index: str | None | bool = False
        self._seg_runs: dict[int, list[tuple[int, str]]] = {}
        self._marks: dict[int, list[int]] = {}
        self._lone_titles: dict[str, str | None] = {}
        self._bylines: dict[int, bool] = {}

    # ---------------------------------------------------------------- reading

    def _inside_quote(self, pos: int) -> bool:
        i = bisect_left(self._qstarts, pos + 1) - 1
        return i >= 0 and self._quoted[i][0] <= pos < self._quoted[i][1]

    def _runs_in(self, k: int) -> list[tuple[int, str]]:
        runs = self._para_runs.get(k)
        if runs is None:
            s, e = self._spans[k]
            # people named inside a quotation are not who speaks around it
            runs = [(m.start(), m.group(0)) for m in RUN.finditer(self.text, s, e)
                    if not self._inside_quote(m.start())]
            self._para_runs[k] = runs
        return runs

    def _para_of(self, pos: int) -> int:
        return bisect_left(self._starts, pos + 1) - 1

    def _in_vocab(self, low: str) -> bool:
        """Whether ``low`` is a word of the article (white space around it)."""
        hit = self._vocab_cache.get(low)
        if hit is None:
            text, n, i, hit = self.text, len(low), self.text.find(low), False
            while i >= 0:
                if (i == 0 or text[i - 1].isspace()) and (i + n == len(text) or text[i + n].isspace()):
                    hit = True
                    break
                i = text.find(low, i + 1)
            self._vocab_cache[low] = hit
        return hit

    def _raw(self, start: int, run: str) -> Mention | None:
        if start in self._raw_cache:
            return self._raw_cache[start]
        mn = self._read_run(run, start)
        self._raw_cache[start] = mn
        return mn

    def _mention(self, start: int, run: str) -> Mention | None:
        if start in self._cache:
            return self._cache[start]
        mn = self._raw(start, run)
        if mn is not None and not mn.person and " " not in mn.name:
            # a lone surname is a person when the article gives the full name;
            # a run of several words only counts full names read before it
            first = self._key(surname_key(mn.name))[2]
            lone = " " not in run and "\t" not in run and "\u00a0" not in run
            if first >= 0 and (lone or first < start):
                mn = Mention(mn.start, mn.end, mn.name, mn.title, True)
        self._cache[start] = mn
        return mn

    def _paras_with(self, key: str) -> list[int]:
        """The paragraphs whose folded text holds ``key`` (a superset of those
        naming anyone by it: fold is letter by letter)."""
        if self._folded is None:
            parts = [fold_text(self.text[s:e]) for s, e in self._spans]
            offsets, at = [], 0
            for p in parts:
                offsets.append(at)
                at += len(p) + 1
            self._folded = ("\n".join(parts), offsets)
        big, offsets = self._folded
        out: list[int] = []
        i = big.find(key)
        while i >= 0:
            k = bisect_left(offsets, i + 1) - 1
            out.append(k)
            nxt = offsets[k + 1] if k + 1 < len(offsets) else len(big)
            i = big.find(key, max(nxt, i + 1))
        return out

    def _folded_index(self) -> str | None:
        """The text folded letter for letter, so an offset in it is an offset
        in the text; None when a letter folds to more or fewer than one."""
        if self._index is False:
            low = self.text.lower()
            if len(low) != len(self.text):
                low = None  # "İ" lowers to two characters
            elif not low.isascii():
                for ch in set(_ASCII_RUNS.sub("", low)):
                    f = fold(ch)  # (cached: the same few marks recur in every text)
                    if f == ch:
                        continue
                    if len(f) != 1:
                        if ch.isalnum():
                            low = None  # "ﬁ", "½": might be part of a name
                            break
                        f = "\x00"  # "…" is never part of a name
                    low = low.replace(ch, f)
            self._index = low
        return self._index

    def _runs_with(self, key: str, last: bool = False, lone: bool = False):
        """(start, run) of every run that may have ``key`` as its surname key,
        in text order: the runs around each place the key is written in a
        capital ("Kerry", "al-Sisi"), each read from the clause it stands in.
        ``last``: only where it can end a run of several words, i.e. after a
        space or a hyphen and not before a capital ("President" in "President
        Trump" is not Trump's run's surname). ``lone``: only where it can be
        a run with no space."""
        index = self._folded_index()
        if index is None or not key or "\u03c2" in key:
            for k in self._paras_with(key):
                yield from self._runs_in(k)
            return
        text = self.text
        check_case = key[0].isalpha() and "-" not in key
        seen = -1
        i = index.find(key)
        while i >= 0:
            if i >= seen and (not check_case or text[i].isupper() or (i and text[i - 1] == "-")) and not (
                    last and (i == 0 or text[i - 1] not in " \t\u00a0-" or _RUN_GOES_ON.match(text, i + len(key))
                              or (text[i - 1] != "-" and not _may_end_run_word(text, i)))) and not (
                    lone and _SPACED_ON.match(text, i + len(key))):
                lo, hi = self._clause(i)
                yield from self._clause_runs(lo, hi)
                seen = hi
            i = index.find(key, i + 1)

    def _clause_runs(self, lo: int, hi: int) -> list[tuple[int, str]]:
        runs = self._seg_runs.get(lo)
        if runs is None:
            para = self._para_runs.get(self._para_of(lo))
            if para is not None:
                # the paragraph is read already: its runs between the bounds are
                # the clause's (no run holds the characters that bound a clause)
                runs = para[bisect_left(para, (lo,)):bisect_left(para, (hi,))]
            else:
                runs = [(m.start(), m.group(0)) for m in RUN.finditer(self.text, lo, hi)
                        if not self._inside_quote(m.start())]
            self._seg_runs[lo] = runs
        return runs

    def _clause(self, i: int) -> tuple[int, int]:
        """Bounds around ``i`` set by characters no run holds, so the runs
        read between them are those a scan of the whole text finds there."""
        k = self._para_of(i)
        ps, pe = self._spans[k]
        marks = self._marks.get(k)
        if marks is None:
            marks = self._marks[k] = [m.start() for m in _CLAUSE_MARK.finditer(self.text, ps, pe)]
        j = bisect_left(marks, i)
        return (marks[j - 1] + 1 if j else ps), (marks[j] if j < len(marks) else pe)

    def _key(self, key: str) -> tuple[str | None, str | None, int]:
        """(fullest name, first title, start of the first full name) of the
        people of several words whose surname key is ``key``."""
        got = self._key_cache.get(key)
        if got is not None:
            return got
        persons: list[Mention] = []
        first = -1
        # a full name's surname key is its run's: the name is the run's tail
        for start, run in self._runs_with(key, last=True):
            if (" " in run or "\t" in run or "\u00a0" in run) and surname_key(run) == key:
                mn = self._raw(start, run)
                if mn is not None and mn.person and len(mn.name.split()) > 1 and surname_key(mn.name) == key:
                    persons.append(mn)
                    if first < 0:
                        first = start
        # the fullest spelling wins; among equally full ones the most used
        uses: dict[str, int] = {}
        for mn in persons:
            uses[mn.name] = uses.get(mn.name, 0) + 1
        full, title = "", None
        for mn in persons:
            if (len(mn.name.split()), uses[mn.name]) > (len(full.split()), uses.get(full, 0)):
                full = mn.name
            if mn.title and title is None:
                title = mn.title
        got = (full or None, title, first)
        self._key_cache[key] = got
        return got

    @property
    def acronyms(self) -> dict[str, str]:
        if self._acronyms is None:
            self._acronyms = _acronyms(self.text)
        return self._acronyms

    def _title_body_name(self, start: int, run: str) -> Mention | None:
        """"Ambassador to the United Nations Nikki Haley", "Minister of the
        Interior Gerald Darmanin": a run after a title and "to/of/for (the)"
        is the body the title is held in, then the holder's name (two
        words at least after the body's last word)."""
        m = _TITLE_JOIN.search(self.text, max(0, start - 60), start)
        if m is None or not _has_head([m.group(1)]):
            return None
        toks = run.split()
        last = max((k for k, w in enumerate(toks) if w.lower() in NONPERSON or fold(w) in _countries()), default=-1)
        # the name starts at a given name after the body's words: "Urban Development
        # Scott Turner", "National Intelligence Tulsi Gabbard"
        given = next((k for k in range(max(1, last + 1), len(toks) - 1) if fold(toks[k]) in GIVEN_NAMES), -1)
        if given > 0:
            last = given - 1
        elif last < 0:
            return None
        tail = toks[last + 1:]
        # (a name may be a country's: "Chad Wolf")
        if len(tail) < 2 or any(_has_head([w]) or w.lower() in NONPERSON for w in tail):
            return None
        name = _POSSESSIVE.sub("", " ".join(tail))
        at = start + run.rindex(tail[0]) if len(tail) == len(toks) else start + len(" ".join(toks[:last + 1])) + 1
        title = " ".join((self.text[m.start(1):start] + " ".join(toks[:last + 1])).split())
        return Mention(at, at + len(name), name, title, True)

    def _read_run(self, run: str, start: int) -> Mention | None:
        if " " not in run and "\t" not in run and "\u00a0" not in run:
            # most runs are one word ("He", "Iraq", "Hammond"): a lone word is a
            # person only after a title or as the surname of a fuller name
            # (settled in __init__), so the full reading is kept for titled ones
            low = run.lower()
            if low in STOP_CAPS or (_at_sentence_start(self.text, start) and self._in_vocab(low)):
                return None
            prev_words = self.text[max(0, start - 40):start].split()
            if not (prev_words and _is_title_token(prev_words[-1])) and not _is_title_token(run):
                name = _POSSESSIVE.sub("", run[:-1] if run.endswith(".") and len(run) > 2 else run)
                return Mention(start, start + len(name), name, None, False)
        elif any(w.lower() in NONPERSON for w in run.split()[1:]) and \
                any(w.lower() in NONPERSON for w in _after_last_head(run.split())[1:]):
            # "European Union", "Maidan Wardak provincial council": a body or a
            # place (the first word may still be a title: "Police spokesman");
            # only the words after the last title head are the name's:
            # "United States President Donald Trump" is a person
            name = _POSSESSIVE.sub("", run)
            held = self._title_body_name(start, run)
            if held is not None:
                return held
            return Mention(start, start + len(name), name, None, False)
        elif run.count(" ") >= 2 and _TITLE_JOIN.search(self.text, max(0, start - 60), start):
            # "Secretary of Housing and Urban Development Scott Turner": the
            # body's words up to a given name
            held = self._title_body_name(start, run)
            if held is not None:
                return held
        toks = [(m.group(0), start + m.start()) for m in _TOKEN.finditer(run)]
        lead_place = 0
        if _AFTER_OF.search(self.text, max(0, start - 5), start):
            # "Mayor of London Sadiq Khan", "Governor of New York Kathy Hochul":
            # the place the office is of is the title's, not the name's
            lead_place = next((k for k in (3, 2, 1) if len(toks) - k >= 2
                               and _place(" ".join(t for t, _ in toks[:k]))), 0)
        # a sentence-initial common word is capitalised by position only
        while toks and not lead_place and (toks[0][0].lower() in STOP_CAPS or
                        (_at_sentence_start(self.text, toks[0][1]) and self._in_vocab(toks[0][0].lower()))):
            if _is_title_token(toks[0][0]) and toks[0][0].lower() not in STOP_CAPS:
                break
            toks.pop(0)
        if not toks:
            return None
        i = 0
        while i < len(toks) and _is_title_token(toks[i][0]):
            i += 1
        # the name follows the last title head that has words after it:
        # "Amazon Environmental Research Institute Director Ane Alencar"
        for j in range(len(toks) - 2, i - 1, -1):
            if _has_head([toks[j][0]]):
                i = j + 1
                break
        if lead_place:
            i = max(i, lead_place)
        elif i and toks[i - 1][0].lower() in ("of", "for", "to"):
            # "Mayor of London Sadiq Khan": the place the office is of is the title's
            for k in (3, 2, 1):
                if len(toks) - i - k >= 2 and _place(" ".join(t for t, _ in toks[i:i + k])):
                    i += k
                    break
        prefix = [t for t, _ in toks[:i]]
        name_toks = toks[i:]
        if not name_toks:
            return None
        # "President Emmanuel Macron of France" is cut by RUN at "of"; a
        # trailing possessive belongs to the next noun, not the name
        name_start = name_toks[0][1]
        last, last_pos = name_toks[-1]
        if last.endswith(".") and last.lower() not in _TITLE_ABBR and not (len(last) == 2 and last[0].isupper()):
            last = last[:-1]
        last = _POSSESSIVE.sub("", last)
        name_toks[-1] = (last, last_pos)
        name = " ".join(t for t, _ in name_toks)
        end = last_pos + len(last)
        prev_words = self.text[max(0, toks[0][1] - 40):toks[0][1]].split()
        title = _left_title(self.text, toks[0][1], prefix) if prefix or (
            prev_words and _is_title_token(prev_words[-1])) else None
        if title is None and self.text.startswith(",", end):
            m = _APPOSITIVE.match(self.text, end)
            if m and _has_head(m.group(1).split()[-1:]):
                title = m.group(1).strip()
        words = [fold(t) for t, _ in name_toks]
        # ("My Fellow Americans", "Young Britons": a people, not a person)
        place = fold(name) in _countries() or name in DEMONYMS or (last.endswith("s") and last[:-1] in DEMONYMS)
        org = any(_thing_word(w, i, len(words)) for i, w in enumerate(words)) or fold(name) in AGENCY_KEYS
        before = self.text[max(0, toks[0][1] - 16):toks[0][1]].lower().split()
        after = self.text[end:end + 30].split()
        # "the Maidan Wardak provincial council", "in Maidan Shahr": a run
        # after an article or a place preposition, or before an
        # organisation's noun, names a place or a body, not a person
        modifier = (not title and before and (before[-1] in {"the", "of", "in", "at", "near", "across", "into"}
                                              or before[-1] in THING_NOUNS)) or (
            bool(after) and after[0].lower().strip(".,;:") in NONPERSON and after[0].islower())
        if place or org or modifier:
            person = False
        elif len(name_toks) >= 2:
            # a word in capitals is a model or a body ("Volvo XC", "Jaish-e-Mohammed JeM")
            person = not any(len(t) > 1 and t.isupper() and not t.endswith(".") for t, _ in name_toks)
        else:
            person = title is not None and _has_head(title.split()[-1:]) and not name.isupper()
        return Mention(name_start, end, name, title, person)

    # ---------------------------------------------------------------- look-ups

    def _persons_before(self, pos: int, reach: int = 1500):
        for k in range(self._para_of(pos - 1), -1, -1):
            if pos - self._spans[k][1] > reach:
                return
            for start, run in reversed(self._runs_in(k)):
                if start >= pos:
                    continue
                if pos - start > reach:
                    return
                mn = self._mention(start, run)
                if mn is not None and mn.person:
                    yield mn

    def sex(self, mn: Mention) -> str | None:
        """"m", "f" or None (unknown): from the given name ("Angela Merkel"),
        a word of the title ("spokeswoman", "Ms.") or the word right before
        the name ("her father, Juan Lopez", "Queen Elizabeth")."""
        words = [mn.name.split()[0]] if " " in mn.name else []
        words += (mn.title or "").split()[-3:]
        words += [w.strip(",") for w in self.text[max(0, mn.start - 24):mn.start].split()[-2:]]
        for w in words:
            low = w.lower()
            got = GIVEN_NAMES.get(low) if w is words[0] and " " in mn.name else None
            got = got or GENDER_WORDS.get(low) or GENDER_WORDS.get(low.split("-")[-1])
            if got:
                return got
        return None

    def _byline(self, k: int) -> bool:
        """A byline, credit or caption line ("By John Smith", "— Sadiq
        Khan", "Reporting by ..."): its names are not the narrative's."""
        got = self._bylines.get(k)
        if got is None:
            s, e = self._spans[k]
            got = e - s < 160 and bool(_BYLINE.match(self.text, s)) and len(self.text[s:e].split()) <= 12 \
                and not self.text[s:e].rstrip().endswith((".", "?", "!", "\"", "”"))
            self._bylines[k] = got
        return got

    def persons_between(self, s: int, e: int) -> list[Mention]:
        """The people named in ``text[s:e]``, last first."""
        out = []
        for mn in self._persons_before(e, reach=e - s + 1):
            if mn.start < s:
                break
            out.append(mn)
        return out

    def last_person_before(self, pos: int, pronoun: str | None = None) -> Mention | None:
        """The antecedent of "he"/"she": the latest person named, skipping
        people named as an object of a preposition ("Speaking to Martin
        Smith of PBS, he said") unless nobody else is in reach, people
        of the other sex, and names in bylines and captions."""
        want = _PRONOUN_SEX.get((pronoun or "").lower())
        first = None
        for mn in self._persons_before(pos):
            if self._byline(self._para_of(mn.start)):
                continue
            if want is not None and self.sex(mn) not in (None, want):
                continue
            first = first or mn
            words = self.text[max(0, mn.start - 30 - len(mn.title or "")):mn.start].split()
            if mn.title and len(words) > len(mn.title.split()) and \
                    [w.lower() for w in words[-len(mn.title.split()):]] == mn.title.lower().split():
                # the mention's own title is no preposition's object: "US Special
                # Representative for Iran Brian Hook said"
                words = words[:-len(mn.title.split())]
            prev = words[-1].lower() if words else ""
            if _APPOSED_OBJECT.search(self.text, max(0, mn.start - 40), mn.start) and \
                    _SENTENCE_END_AFTER.match(self.text, mn.end):
                continue   # "Bloomberg endorsed his former rival, Joe Biden.": the subject says "he"
            if prev not in _OBJECT_CUES and not (_is_title_token(prev) and len(words) > 1
                                                 and words[-2].lower() in _OBJECT_CUES):
                return mn
            if prev == "to" and len(words) > 1 and words[-2].lower() == "according":
                return mn   # "According to Muyembe, many people ... "...," he told the press": the source speaks
        return first

    def last_body_before(self, pos: int, reach: int = 1500) -> str | None:
        """The antecedent of "it said": the latest body, country or company
        named (not a person, not a place after a preposition: "based in
        London"), at its fullest (an acronym's long form)."""
        for k in range(self._para_of(pos - 1), -1, -1):
            if pos - self._spans[k][1] > reach:
                return None
            for start, run in reversed(self._runs_in(k)):
                if start >= pos:
                    continue
                if pos - start > reach:
                    return None
                mn = self._mention(start, run)
                if mn is None or mn.person or mn.name.lower() in STOP_CAPS or mn.name in MONTHS_AND_DAYS \
                        or mn.name in DEMONYMS \
                        or mn.name.split()[-1].lower() in TITLE_HEADS:
                    continue  # (a title cut from its holder is no body: "United States Senator")
                prev = self.text[max(0, start - 12):start].lower().split()
                if prev and prev[-1] in _PLACE_CUES:
                    continue
                name = _POSSESSIVE.sub("", mn.name)
                if name.split(" ", 1)[0].lower() in STOP_CAPS and " " in name:
                    name = name.split(" ", 1)[1]  # "The European Commission"
                if name.split()[-1].lower() in ORG_HEADS and name == mn.name:
                    # a body's name runs on over "of"/"on"/"for": "United States
                    # Commission on International Religious Freedom"
                    more = _BODY_OF_RUN.match(self.text, start + len(run))
                    if more:
                        name += more.group(0).rstrip()
                if _ACRONYM_KEY.fullmatch(name) and name in self.acronyms:
                    return self.acronyms[name]
                return name
        return None

    def person_with_title_word(self, word: str, pos: int) -> Mention | None:
        """The latest person before ``pos`` whose title holds ``word``; not one
        who held it once ("the First Lady" is not "former First Lady Barbara Bush")."""
        word = word.lower()
        for mn in self._persons_before(pos, reach=len(self.text)):
            title = mn.title or self._key(surname_key(mn.name))[1]
            words = title.lower().split() if title else ()
            if word in words and "former" not in words and "late" not in words:
                return mn
        return None

    def _family_first(self, word: str) -> Mention | None:
        """The person of several words whose name opens on ``word`` (a family
        name told first: "Tong Yung-soo", "Xi Jinping"), when exactly one does."""
        found: dict[str, Mention] = {}
        for start, run in self._runs_with(surname_key(word)):
            mn = self._raw(start, run)
            if mn is not None and mn.person and len(mn.name.split()) > 1 and mn.name.split()[0] == word:
                found.setdefault(mn.name, mn)
        return next(iter(found.values())) if len(found) == 1 else None

    def person_with_office(self, office: str, pos: int) -> Mention | None:
        """The latest person before ``pos`` who holds ``office`` ("Prime
        Minister"): the words in a row in the title, not after a word that
        makes it another office ("Deputy Prime Minister") nor held once."""
        want = office.lower().split()
        n = len(want)
        for mn in self._persons_before(pos, reach=len(self.text)):
            title = mn.title or self._key(surname_key(mn.name))[1]
            words = title.lower().split() if title else []
            if "former" in words or "late" in words:
                continue
            for k in range(len(words) - n + 1):
                if words[k:k + n] == want and (k == 0 or words[k - 1] not in OTHER_OFFICE):
                    return mn
        return None

    def is_person(self, run: str) -> bool:
        """Whether a run of capitalised words names a person of this article."""
        _, name = split_title(run)
        words = name.split()
        if len(words) >= 2 and not any(_thing_word(fold(w), i, len(words)) for i, w in enumerate(words)) \
                and fold(name) not in _countries():
            return True  # (asked first: it needs no look-up)
        return self._key(surname_key(name))[0] is not None

    def mention_at(self, start: int, end: int) -> Mention | None:
        lo, hi = self._clause(start)
        if lo <= start and end <= hi:  # within one clause: read just that
            for s, run in self._clause_runs(lo, hi):
                if start <= s < end:
                    mn = self._mention(s, run)
                    if mn is not None and mn.start >= start and mn.end <= end:
                        return mn
            return None
        for k in range(max(self._para_of(start), 0), len(self._spans)):
            if self._spans[k][0] >= end:
                break
            for s, run in self._runs_in(k):
                if start <= s < end:
                    mn = self._mention(s, run)
                    if mn is not None and mn.start >= start and mn.end <= end:
                        return mn
        return None

    def _title_of_lone(self, key: str) -> str | None:
        """A title given to a one-word name ("President Trump")."""
        if key in self._lone_titles:
            return self._lone_titles[key]
        title = None
        for start, run in self._runs_with(key, lone=True):
            if " " not in run and surname_key(run) == key:
                mn = self._mention(start, run)
                if mn is not None and mn.title:
                    title = mn.title
                    break
        self._lone_titles[key] = title
        return title

    def resolve(self, name: str) -> tuple[str, str | None]:
        """Short name -> fullest name the article gives it, with a title."""
        name = _POSSESSIVE.sub("", name.strip())
        if _ACRONYM_KEY.fullmatch(name) and name in self.acronyms:
            return self.acronyms[name], None
        key = surname_key(name)
        full, title, _ = self._key(key)
        if full and len(full) >= len(name) and (" " not in name or set(fold(name).split()) <= set(fold(full).split())):
            # (a full name stays itself: "Sara Khan" is not her husband "Ahmed Khan")
            return full, title
        if not full and " " not in name and name[:1].isupper():
            # "Mr Tong" after "Tong Yung-soo": a name told family name first
            fam = self._family_first(name)
            if fam is not None:
                return fam.name, fam.title
        if full and " " in full and name.endswith(" " + full) and fold(full.split()[0]) in GIVEN_NAMES:
            # the run took words of the title with it: "Urban Development Scott
            # Turner" is the "Scott Turner" the article reads after its title
            return full, title
        return name, title or self._title_of_lone(key)


@lru_cache(maxsize=65536)  # (a pure function of the words, asked again for each use of a name)
def split_title(chunk: str) -> tuple[str | None, str]:
    """"US Secretary of State John Kerry" -> ("US Secretary of State", "John Kerry");
    the name follows the last title head that has words after it."""
    toks = chunk.split()
    i = 0
    while i < len(toks) - 1 and _is_title_token(toks[i]):
        i += 1
    for j in range(len(toks) - 2, i - 1, -1):
        if _has_head([toks[j]]):
            i = j + 1
            break
    title = " ".join(toks[:i]) if i and _has_head(toks[:i]) else None
    j = i
    while title and j < len(toks) and toks[j].lower() in {"to", "of", "for", "the"}:
        j += 1
    if title and (j > i or toks[i - 1].lower() in {"to", "of", "for", "the"}) and len(toks) - j > 2:
        # "Ambassador to the United Nations Nikki Haley": the title runs on
        # over the body it is held in, up to the holder's name
        rest = toks[j:]
        last = max((k for k, w in enumerate(rest) if w.lower() in NONPERSON or fold(w) in _countries()), default=-1)
        given = next((k for k in range(max(1, last + 1), len(rest) - 1) if fold(rest[k]) in GIVEN_NAMES), -1)
        if given > 0:   # "Housing and Urban Development Scott Turner": the name starts at a given name
            last = given - 1
        if 0 <= last <= len(rest) - 3:
            return " ".join(toks[:j] + rest[:last + 1]), " ".join(rest[last + 1:])
        # "Mayor of London Sadiq Khan", "Governor of New York Kathy Hochul": a place the office is of
        for k in (3, 2, 1):
            if len(rest) - k >= 2 and _place(" ".join(rest[:k])):
                return " ".join(toks[:j] + rest[:k]), " ".join(rest[k:])
    if title:
        return title, " ".join(toks[i:])
    if i and len(toks) - i >= 2:
        return None, " ".join(toks[i:])  # the tail of a title cut by "of": "State John Kerry"
    return None, chunk


_BODY_OF_RUN = re.compile(r"(?:[ \t]+(?:of|on|for)[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*)+")
_APPOSED_OBJECT = re.compile(r"\b(?:his|her|their|its|the|a)\s+(?:[a-z]+\s+){0,2}[a-z]+,\s+(?:[A-Z][\w.'’-]*\s+){0,4}$")
_SENTENCE_END_AFTER = re.compile(r"[.;]")
_AFTER_OF = re.compile(r"\b(?:of|for|to)\s+$")


def _place(name: str) -> bool:
    return lookup(name) is not None   # (the gazetteer loads on first use)


def _at_sentence_start(text: str, pos: int) -> bool:
    before = text[max(0, pos - 4):pos].rstrip(" \t\u00a0\"“‘'(")
    return not before or before[-1] in ".!?:\n—–-"
