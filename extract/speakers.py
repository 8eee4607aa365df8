"""Who is who in one article: names, their titles, and what a pronoun, a
surname or "the commissioner" stands for.

Quotes name their speaker loosely ("Hammond said", "he said", "the
commissioner said"); the guide wants the fullest name the article gives
("Philip Hammond"). ``Cast`` reads every capitalised run of the article once
and answers those look-ups. Rules only: no parser, no gazetteer beyond
pycountry's country names and the lexicons in ``extract/data``.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

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
AGENCY_KEYS = frozenset(a.lower().removeprefix("the ") for a in AGENCIES)
PRONOUNS = frozenset(load_lexicon("quote_pronouns.txt"))

# Names are written in many scripts' Latin letters (Brudziński, Erdoğan):
# Python's re has no \p{Lu}, so the upper-case class is built once.
UPPER = "".join(re.escape(chr(c)) for c in list(range(0x41, 0x250)) + list(range(0x370, 0x530))
                + list(range(0x1E00, 0x1F00)) if chr(c).isupper())
LETTER = r"[^\W\d_]"
_PARTICLE = r"(?:al|el|bin|ibn|abu|von|van|der|den|de|del|della|di|da|dos|das|du|la|le|ter|ten|bint)"
# A name word: capitalised, maybe hyphenated ("el-Sisi", "Vice-President"),
# an initial ("K."), a dotted acronym ("U.S.") or a title abbreviation.
_WORD = (r"(?:(?:Dr|Mr|Mrs|Ms|Sen|Rep|Gov|Gen|Col|Rev|Prof|Jr|Sr|St|Lt|Sgt|Capt)\.(?!\w)"
         rf"|[{UPPER}]\.(?:[{UPPER}]\.)*"
         rf"|(?:(?:{_PARTICLE}|[Ee]x|[Ff]ormer)-)?[{UPPER}]{LETTER}*(?:[-’']{LETTER}+)*)")
RUN = re.compile(rf"(?<![\w’'\-]){_WORD}(?:[ \t\u00a0]+(?:{_PARTICLE}[ \t\u00a0]+)*{_WORD})*")
_TITLE_ABBR = {"dr.", "mr.", "mrs.", "ms.", "sen.", "rep.", "gov.", "gen.", "col.", "rev.", "prof.", "jr.",
               "sr.", "st.", "lt.", "sgt.", "capt."}


@lru_cache(maxsize=65536)
def fold(s: str) -> str:
    """Accent- and case-free form, so "Brudzinski" finds "Brudziński"."""
    if s.isascii():
        return s.lower()
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


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
    return fold(tok) in _countries()


def _has_head(tokens: list[str]) -> bool:
    return any(t.lower() in TITLE_HEADS or t.lower() in _TITLE_ABBR or t.lower().split("-")[-1] in TITLE_HEADS
               for t in tokens)


@dataclass(frozen=True, slots=True)
class Mention:
    start: int  # of the name (title excluded)
    end: int
    name: str
    title: str | None
    person: bool


_TOKEN = re.compile(r"\S+")
_ACRONYM = re.compile(r"[ \t]\(([A-Z]{2,8})\)")
_CAP_WORDS = re.compile(rf"[{UPPER}][\w’'\-]*|of|the|for|and")
_APPOSITIVE = re.compile(r",[ \t]+(?:a|an|the)[ \t]+([^,;:()\"“”]{2,80}?)(?=,|;|\.(?:[ \t]|$)|$)")


def _left_title(text: str, start: int, head_tokens: list[str]) -> str | None:
    """Title words right before a name ("AU trade and industry commissioner",
    "Niger's president"), read backwards until a word that is not one. A
    capitalised word that is not a title word is someone else's name ("John
    Kerry and British Foreign Secretary Philip Hammond") and stops the title."""
    words = list(head_tokens)
    # only the text since the last clause break can hold this name's title
    low = max(0, start - 160)
    floor = max(max(text.rfind(c, low, start) for c in ",;:.\n(\"“”") + 1, low)
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


_OBJECT_CUES = frozenset("to with by for from of at about against on told met called thanked".split())


class Cast:
    """The people (and bodies) one article names, with their titles."""

    def __init__(self, text: str, quoted: list[tuple[int, int]] | None = None) -> None:
        self.text = text
        self.acronyms: dict[str, str] = {}
        self._vocab = set(text.split())
        quoted = sorted(quoted or [])
        qstarts = [s for s, _ in quoted]

        def inside_quote(pos: int) -> bool:
            i = bisect_left(qstarts, pos + 1) - 1
            return i >= 0 and quoted[i][0] <= pos < quoted[i][1]

        # people named inside a quotation are not who speaks around it
        self._runs = [(m.start(), m.group(0)) for m in RUN.finditer(text) if not inside_quote(m.start())]
        self._run_starts = [r[0] for r in self._runs]
        self._cache: dict[int, Mention | None] = {}
        # "Syrian Democratic Forces (SDF)": the short form stands for the long one
        for m in _ACRONYM.finditer(text):
            short = m.group(1)
            words = _CAP_WORDS.findall(text, max(0, m.start() - 120), m.start())
            words = [w for w in words[-len(short) - 3:]]
            # trim leading words until the initials fit ("Kurdish-led Syrian Democratic Forces")
            while words and "".join(w[0] for w in words if w[0].isupper()) != short:
                words.pop(0)
            tail = text[max(0, m.start() - 120):m.start()].rstrip()
            if words and tail.endswith(words[-1]):
                start_long = tail.rfind(words[0])
                self.acronyms[short] = " ".join(tail[start_long:].split())
        # Full names are read at once; the many one-word runs only when a
        # look-up reaches them (that keeps the cast cheap on long articles).
        self._keys: set[str] = set()
        persons = []
        for i, (_, run) in enumerate(self._runs):
            if " " in run or "\t" in run or "\u00a0" in run:
                mn = self._mention(i)
                if mn is not None and mn.person and len(mn.name.split()) > 1:
                    persons.append(mn)
                    self._keys.add(surname_key(mn.name))
        # the fullest spelling wins; among equally full ones the most used
        self.full: dict[str, str] = {}
        self.titles: dict[str, str] = {}
        uses: dict[str, int] = {}
        for mn in persons:
            uses[mn.name] = uses.get(mn.name, 0) + 1
        for mn in persons:
            key = surname_key(mn.name)
            cur = self.full.get(key, "")
            if (len(mn.name.split()), uses[mn.name]) > (len(cur.split()), uses.get(cur, 0)):
                self.full[key] = mn.name
            if mn.title and key not in self.titles:
                self.titles[key] = mn.title

    def _mention(self, i: int) -> Mention | None:
        if i in self._cache:
            return self._cache[i]
        start, run = self._runs[i]
        mn = self._read_run(run, start, self._vocab)
        if mn is not None and not mn.person and " " not in mn.name and surname_key(mn.name) in self._keys:
            mn = Mention(mn.start, mn.end, mn.name, mn.title, True)
        self._cache[i] = mn
        return mn

    def _read_run(self, run: str, start: int, vocab: set[str]) -> Mention | None:
        if " " not in run and "\t" not in run and "\u00a0" not in run:
            # most runs are one word ("He", "Iraq", "Hammond"): a lone word is a
            # person only after a title or as the surname of a fuller name
            # (settled in __init__), so the full reading is kept for titled ones
            low = run.lower()
            if low in STOP_CAPS or (low in vocab and _at_sentence_start(self.text, start)):
                return None
            prev_words = self.text[max(0, start - 40):start].split()
            if not (prev_words and _is_title_token(prev_words[-1])) and not _is_title_token(run):
                name = _POSSESSIVE.sub("", run[:-1] if run.endswith(".") and len(run) > 2 else run)
                return Mention(start, start + len(name), name, None, False)
        elif any(w.lower() in NONPERSON for w in run.split()[1:]):
            # "European Union", "Maidan Wardak provincial council": a body or a
            # place (the first word may still be a title: "Police spokesman")
            name = _POSSESSIVE.sub("", run)
            return Mention(start, start + len(name), name, None, False)
        toks = [(m.group(0), start + m.start()) for m in _TOKEN.finditer(run)]
        # a sentence-initial common word is capitalised by position only
        while toks and (toks[0][0].lower() in STOP_CAPS or
                        (toks[0][0].lower() in vocab and _at_sentence_start(self.text, toks[0][1]))):
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
        place = fold(name) in _countries() or name in DEMONYMS
        org = any(w in NONPERSON for w in words) or fold(name) in AGENCY_KEYS
        before = self.text[max(0, toks[0][1] - 12):toks[0][1]].lower().split()
        after = self.text[end:end + 30].split()
        # "the Maidan Wardak provincial council", "in Maidan Shahr": a run
        # after an article or a place preposition, or before an
        # organisation's noun, names a place or a body, not a person
        modifier = (not title and before and before[-1] in {"the", "of", "in", "at", "near", "across", "into"}) or (
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
        i = bisect_left(self._run_starts, pos) - 1
        while i >= 0 and pos - self._run_starts[i] <= reach:
            mn = self._mention(i)
            if mn is not None and mn.person:
                yield mn
            i -= 1

    def last_person_before(self, pos: int) -> Mention | None:
        """The antecedent of "he"/"she": the latest person named, skipping
        people named as an object of a preposition ("Speaking to Martin
        Smith of PBS, he said") unless nobody else is in reach."""
        first = None
        for mn in self._persons_before(pos):
            first = first or mn
            words = self.text[max(0, mn.start - 30):mn.start].split()
            prev = words[-1].lower() if words else ""
            if prev not in _OBJECT_CUES and not (_is_title_token(prev) and len(words) > 1
                                                 and words[-2].lower() in _OBJECT_CUES):
                return mn
        return first

    def person_with_title_word(self, word: str, pos: int) -> Mention | None:
        word = word.lower()
        for mn in self._persons_before(pos, reach=len(self.text)):
            title = mn.title or self.titles.get(surname_key(mn.name))
            if title and word in title.lower().split():
                return mn
        return None

    def is_person(self, run: str) -> bool:
        """Whether a run of capitalised words names a person of this article."""
        _, name = split_title(run)
        key = surname_key(name)
        if key in self.full:
            return True
        return len(name.split()) >= 2 and not any(fold(w) in NONPERSON for w in name.split()) \
            and fold(name) not in _countries()

    def mention_at(self, start: int, end: int) -> Mention | None:
        i = bisect_left(self._run_starts, start)
        while i < len(self._runs) and self._run_starts[i] < end:
            mn = self._mention(i)
            if mn is not None and mn.start >= start and mn.end <= end:
                return mn
            i += 1
        return None

    def _title_of_lone(self, key: str) -> str | None:
        """A title given to a one-word name ("President Trump")."""
        for i, (_, run) in enumerate(self._runs):
            if " " not in run and surname_key(run) == key:
                mn = self._mention(i)
                if mn is not None and mn.title:
                    return mn.title
        return None

    def resolve(self, name: str) -> tuple[str, str | None]:
        """Short name -> fullest name the article gives it, with a title."""
        name = _POSSESSIVE.sub("", name.strip())
        if name in self.acronyms:
            return self.acronyms[name], None
        key = surname_key(name)
        full = self.full.get(key)
        if full and len(full) >= len(name):
            return full, self.titles.get(key)
        return name, self.titles.get(key) or self._title_of_lone(key)


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
    if title:
        return title, " ".join(toks[i:])
    if i and len(toks) - i >= 2:
        return None, " ".join(toks[i:])  # the tail of a title cut by "of": "State John Kerry"
    return None, chunk


def _at_sentence_start(text: str, pos: int) -> bool:
    before = text[max(0, pos - 4):pos].rstrip(" \t\u00a0\"“‘'(")
    return not before or before[-1] in ".!?:\n—–-"
