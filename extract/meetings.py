"""Meetings and their attendees: who met whom, where and when.

A sentence reports a meeting when it holds a trigger from
``data/meeting_triggers.tsv`` ("held talks with", "spoke with", "summit").
The clause around the trigger gives the parties (people with titles,
countries and organisations standing as subject or after "with"), the place
("in London", "at the White House") and the date ("on Thursday"). Later
sentences that name the same meeting ("the London meeting", "Thursday's
conference", "the call") add attendee lists or strike out a party that
"will not be at" it. A meeting is kept only when the article gives it a
place, a date or two parties (eval/GUIDE.md).

A remarks transcript in which two leaders speak in turn ("PRESIDENT BIDEN:",
"PRESIDENT LASSO:") records their meeting at the place it opens with, and a
meeting one of them recalls with "we" or "you" had both in it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from bisect import bisect_right
from functools import lru_cache

from extract.dates import DateMention, find_dates
from extract.entities import Entities, Mention, Person, _org_heads, _orgs_table, _stop, _titles, find_people, surname
from extract.speakers import GIVEN_NAMES, Cast
from extract.places import Place, _demonyms, country_code, country_name, find_places, landmark_home, read_list, read_tsv
from extract.text import _ABBREV, _END, _LETTER, MONTHS_AND_DAYS, Segment, paragraphs
from schemas.records import Attendee, Meeting


@dataclass(frozen=True, slots=True)
class _Trigger:
    pattern: str
    kind: str
    role: str
    needs_object: bool
    needs_group: bool = False


@lru_cache(maxsize=1)
def _lexicon():
    triggers = [_Trigger(r[0], r[1], r[2], len(r) > 3 and r[3] == "object", len(r) > 3 and r[3] == "group")
                for r in read_tsv("meeting_triggers.tsv")]
    trig_re = re.compile(r"\b(?:" + "|".join(f"({t.pattern})" for t in triggers) + r")\b", re.IGNORECASE)

    def phrases(name: str) -> re.Pattern[str]:
        alts = "|".join(re.escape(p) for p in sorted(read_list(name), key=len, reverse=True))
        return re.compile(rf"\b(?:{alts})\b", re.IGNORECASE)

    def low_phrases(name: str) -> re.Pattern[str]:
        """The same phrases for lower-cased text, without a look-behind at the
        front (see ``_trigger_start_re``): the caller tests the letter before a hit."""
        alts = "|".join(re.escape(p.lower()) for p in sorted(read_list(name), key=len, reverse=True))
        return re.compile(rf"(?:{alts})(?!\w)")   # (a phrase may end in punctuation: "visit:")

    return (triggers, trig_re, low_phrases("meeting_noun_exclusions.txt"),
            _Cues(phrases("meeting_absence_cues.txt"), low_phrases("meeting_absence_cues.txt")),
            _Cues(phrases("meeting_attendance_cues.txt"), low_phrases("meeting_attendance_cues.txt")),
            _Cues(phrases("meeting_future_cues.txt"), low_phrases("meeting_future_cues.txt")))


# Letters that ``re.IGNORECASE`` folds onto an ASCII letter although
# ``str.lower`` does not ("ſ" ~ "s", "ı" ~ "i", "İ" ~ "i"): a text holding one
# is searched with the case-blind expressions themselves.
_ODD_FOLD = re.compile("[\u017f\u0131\u0130]")


def _is_word(c: str) -> bool:
    return c.isalnum() or c == "_"


class _Cues:
    """A phrase list (``\\b(?:...)\\b``, case-blind) searched in the lower-cased
    text by an expression with no ``\\b`` at its front, which the engine
    scans by first letter (the ``\\b`` in front made it try every
    position); the character before a hit is tested here."""

    __slots__ = ("ci", "low")

    def __init__(self, ci: re.Pattern[str], low: re.Pattern[str]) -> None:
        self.ci, self.low = ci, low

    def find(self, text: str, low: str | None, s: int, e: int, sliced: bool) -> tuple[int, str] | None:
        """(start, matched text lower-cased) of the first hit in ``text[s:e]``,
        as ``ci.search(text[s:e])`` (``sliced``) or ``ci.search(text, s, e)``
        would find it; ``low`` is None when the text needs the case-blind
        expression itself."""
        if low is None:
            m = self.ci.search(text[s:e]) if sliced else self.ci.search(text, s, e)
            if m is None:
                return None
            return (m.start() + s if sliced else m.start()), m.group(0).lower()
        rx = self.low
        pos = s
        while True:
            m = rx.search(low, pos, e)
            if m is None:
                return None
            i = m.start()
            if (sliced and i == s) or i == 0 or not _is_word(text[i - 1]):
                return i, m.group(0)
            pos = i + 1


# Clauses end where a new subject may start: "X will not be at the meeting,
# but held talks with Y ... as Z admitted ..." holds three.
# "..., following up on the recent engagements in Bangkok" points at another, earlier meeting.
_CLAUSE = re.compile(r";|,?\s+but\s+|,?\s+while\s+|\s+whereas\s+|\s+as\s+(?!well\b|part\b|a\s+sign\b)(?=[A-Z])|:\s"
                     r"|,\s+(?:following\s+up\s+on|building\s+on|following\s+on\s+from)\s")
# Every clause break holds one of these (a cheap test before the expression above).
_MAY_SPLIT = re.compile(r"[;:]|\s(?:but|while|whereas|as|following|building)\s")
# A meeting noun after these names a meeting already told ("the talks").
_DEFINITE = re.compile(r"\b(?:the|this|that|these|those|its|their)\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
_PLACE_PREP = re.compile(r"\b(?:in|at|to|inside|across town in)\s+(?:the\s+)?$", re.IGNORECASE)
# An island is met on ("a meeting on Crete"); "on" before any other place is a topic ("talks on Syria").
_ISLAND_PREP = re.compile(r"\b(?:on|in|at|to)\s+(?:the\s+)?$", re.IGNORECASE)
_WITH = re.compile(r"\b(?:with|between)\s+(?:the\s+)?$", re.IGNORECASE)
_WITH_ENVOY = re.compile(r"\b(?:with|between)\s+(?:(?:the|a|an|his|her|their|its)\s+)?$", re.IGNORECASE)
# What may stand between a verb of meeting and the person met: "met today
# with", "spoke by phone with his counterpart", "welcomed". Anything longer
# means the name belongs to another part of the sentence.
_OBJECT_GAP = re.compile(
    r"^[\s,;:]*(?:(?:today|yesterday|tonight|also|separately|virtually|later|earlier|again|by (?:tele)?phone|on the phone|"
    r"in person|on \w+day|this (?:morning|afternoon|evening)|where|and|with|between|to|including|involving|"
    # the place said before "with": "met today at the White House with", "met in Manila with"
    r"(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*,?\s+){1,5}(?:(?:today|yesterday)\s+)?with|\([A-Z]{2,}\)|(?:19|20)\d\d|"
    r"(?:his|her|their|the)(?: [\w-]+)? counterparts?|[A-Z][\w-]+ counterparts?|the|a|an|\w+ leaders?|"
    # earlier items of a list of named groups: "with the Governors of
    # Louisiana, Alabama, and Mississippi, FEMA Administrator Deanne Criswell"
    r"[A-Z][\w'’.-]*|of|for(?=\s+[A-Z])|"   # ("the United Nations High Commissioner for Refugees, Filippo Grandi")
    # a title written in lower case before the name ("with Ukrainian president Volodymyr Zelensky")
    r"(?:vice|prime|foreign|deputy|defen[cs]e|finance|crown)? ?(?:president|minister|chancellor|secretary|envoy|"
    # (the semicolons and colon of a list of names: see ``_in_name_list``)
    r"ambassador|king|queen|prince|premier|governor|mayor|senator))[\s,;:]+)*$")
_AROUND = re.compile(r"\b(?:on|at) the (?:margins|sidelines) of\s+(?:the\s+)?(?:(?:(?:[\w'’-]|\.(?=[\w-]))+|\([A-Z]+\))\s+){0,6}$|\b(?:ahead of|after|before)\s+"
                     r"(?:the|a|an|this|next)\s+(?:[\w'’-]+\s+){0,4}$", re.IGNORECASE)
# "met ... on the sidelines of the G20 (summit) in New Delhi": the event the
# meeting sat beside, named by a capitalised run, with or without a meeting noun
_SIDELINES_OF = re.compile(r"\b(?:on|at) the (?:margins|sidelines|fringes?) of\s+(?:the\s+|this\s+year[’']s\s+)?"
                           r"(?P<event>(?:[A-Z](?:[\w'’-]|\.(?=[\w-]))*|[0-9]+(?:st|nd|rd|th))(?:\s+(?:[A-Z][\w'’-]*|\([A-Z]+\)|of|on|for|and)){0,7}"
                           r"(?:\s+(?:summit|conference|talks|meeting|forum|session))?)")
_BETWEEN = re.compile(r"\s+between\b", re.IGNORECASE)
# A named event a meeting prepared for: "convened ... to discuss the upcoming
# G20 Leaders' Summit in New Delhi", "met ... ahead of the NATO Summit".
_AHEAD_EVENT = re.compile(r"\b(?:to\s+(?:discuss|prepare\s+for)|in\s+preparation\s+for|preparations\s+for|ahead\s+of)\s+"
                          r"(?:the\s+|this\s+year[’']s\s+)?(?:upcoming\s+)?"
                          r"(?P<event>(?:[A-Z0-9][\w'’.-]*\s+){1,6}(?:Summit|Conference|Forum|Assembly|Ministerial))\b")
_NOT_WHEN = re.compile(r"\b(?:since|until|till|before|after|by)\s+$", re.IGNORECASE)
_YEAR_NAMED = re.compile(r"\b(?:the|a|an|its|their)\s+((?:19|20)\d\d)\s+(?:[A-Z][\w-]*\s+){0,4}$")
_NOT_WHEN_HEAD = re.compile(r"(?:since|until|till|before|after|by)\b", re.IGNORECASE)   # a date read with its bound
# "call on" demands ("called on Iran to"), but "a phone call on Monday" is a call.
_ON_DATE = re.compile(r"\s+(?:the\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
                      r"March|April|May|June|July|August|September|October|November|December|\d)")
_PLURAL_GENERIC = {"meetings", "summits", "calls", "conferences", "visits"}
_PRESENCE = re.compile(r"\b(?:at|during|on the sidelines of|on the margins of|at the opening of|opening)\s+(?:the\s+)?"
                       r"(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
# "called" names or describes, not phones, after a verb "to be" or a comma
# ("was called", ", called Flyboard Air"), in "so-called", or after an adverb of
# naming ("jokingly called").
_NAMING_BEFORE = re.compile(r"(?:\b(?:is|was|were|are|be|been|being|so|also|jokingly|often|sometimes|now|formerly|"
                            r"aptly|affectionately|commonly|widely|once)[\s-]+|,\s*"
                            # "through a program called Enduring Welcome", "an app called Signal": a thing named
                            r"|\b(?:a|an)\s+(?-i:(?:[a-z][\w-]*\s+){1,3}))$", re.IGNORECASE)
# The name right after "called" and the first thing after it.
_CALLED_OBJECT = re.compile(r"(?:\s+(?:[A-Z][\w'’.-]*|of|the|al|bin|de|von|van|der))+ ?([\"“‘'(\[]|[a-z]+\b)?")
# A meeting noun written capitalised and followed by "of" + a name without
# "the" is the name of a standing body ("National Conference of State
# Legislatures", "U.S. Conference of Mayors"); so is one after a plural
# possessive ("Catholic Bishops' Conference"). "Summit of the Americas" and
# "Conference of the Parties" keep their "the" and stay meetings.
_BODY_AFTER = re.compile(r"\s+of\s+(?!the\b)[A-Z]")
_BODY_BEFORE = re.compile(r"s['’]\s+$")
# A bare "call"/"calls" is a demand or a vote more often than a phone call
# ("calls for", "roll call", "the calls by officials asking"): it names a call
# only with its other party ("a call with") or pointing back at one told.
_VERB_ED_BEFORE = re.compile(r"\b[a-z]+ed\s+(?:in|on|during|last)?\s*$")
_SEPARATELY = re.compile(r"\bseparately\b", re.IGNORECASE)
# "In addition, National Security Advisor Sullivan convened ...": another meeting
_ANOTHER_OPENS = re.compile(r"\s*(?:In\s+addition|Additionally|Separately),")
# One meeting with each party named: "had five separate calls with", "spoke
# individually with" ("met separately with X" is another meeting: above)
_SEPARATE_EACH = re.compile(r"\b(?:separate|individual)\s+(?:(?:phone|telephone|video|bilateral)\s+)?"
                            r"(?:calls|meetings|conversations|discussions)\b|\bindividually\s+with\b", re.IGNORECASE)
_BUILDS_ON = re.compile(r"\b(?:builds?|built|building|follows?|followed|following)(?:[\s-]+up)?\s+(?:on|upon)\b", re.IGNORECASE)
_CALL_WITH = re.compile(r"\s+(?:(?:today|yesterday|tonight|this\s+(?:morning|afternoon|evening)|on\s+\w+day)\s+)?"
                        r"(?:with|between|from)\b", re.IGNORECASE)
# "The leaders agreed to have their teams meet soon": the teams met, not the leaders
_DELEGATED = re.compile(r"\b(?:their|his|her|its)\s+(?:respective\s+)?(?:teams|delegations|staffs?|officials|"
                        r"representatives|negotiators|envoys|aides|advisers|advisors)\s+(?:to\s+)?$", re.IGNORECASE)
# A group of officials is a group of parties: "NATO defence ministers gathered in Brussels"
_OFFICIALS_BEFORE = re.compile(r"\b(?i:ministers|leaders|officials|delegates|delegations|envoys|diplomats|negotiators|"
                               r"representatives|heads\s+of\s+state(?:\s+and\s+government)?|counterparts)\s+"
                               r"(?:(?:of|from)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,3}(?:nations\s+|countries\s+|states\s+)?)?"
                               r"(?:(?:have|had|were|are|will|would)\s+)?(?:\w+\s+)?$")
# A meeting noun as what was discussed ("discussed ongoing hostage negotiations")
_TOPIC_OF = re.compile(r"\bdiscuss(?:ed|es|ing)?\s+(?:(?:the|their|its|ongoing|upcoming|recent|latest|current|planned|"
                       r"proposed|possible|future|hostage|peace|trade|nuclear|bilateral)\s+){0,3}$", re.IGNORECASE)
# A name followed by a verb of speech is who spoke, not whom was met
# ("Rocky Linux has received, Kurtzer said").
_SPEAKER_AFTER = re.compile(r"\s*(?:said|says|told|added|noted|wrote|stated|explained)\b")
# A meeting dated this many years before the article is background (a
# biography's "whom she met in 1972"), not news the article reports.
_BACKGROUND_YEARS = 5
_ADJ_USE = re.compile(r"\s+(?!(?:with|in|on|at|and|between|was|were|is|will|today|yesterday)\b)[a-z]"
                      r"|\s+(?:and|or)\s+(?:multilateral|regional|global|international|trilateral)\b")
_MARKUP_TAIL = re.compile(r"(?:\s|[*_]|</?\w+>)+$")   # emphasis and tags closing a heading
_BULLET = re.compile(r"^\s*(?:[-*•]\s+|\d+\.\s+)")
_TITLE_NP = re.compile(r"((?:(?:[A-Z][\w'’-]*|of|the|and)\s+){0,5}?)$")


@dataclass
class _Party:
    name: str
    kind: str
    title: str | None = None
    code: str | None = None
    host: bool = False

    @property
    def key(self) -> tuple[str, str]:
        if self.kind == "person":
            return ("p", surname(self.name).lower())
        return (self.kind[0], self.code or self.name.lower())


@dataclass
class _Meeting:
    start: int
    end: int
    kind: str
    title: str | None
    paragraph: int
    location: Place | None = None
    when: DateMention | None = None
    parties: dict[tuple[str, str], _Party] = field(default_factory=dict)
    excluded: set[tuple[str, str]] = field(default_factory=set)
    named: bool = False   # "the annual meeting of the UN General Assembly": an event named by its body
    c0: int = -1          # the clause that told it
    c1: int = -1
    recalled: bool = False   # told by a speaker in a transcript: not on the day of the document
    beside: bool = False     # the event another meeting sat beside ("the sidelines of the G20")
    separate: bool = False   # "had five separate calls with": one meeting per counterpart
    met: set[tuple[str, str]] = field(default_factory=set)   # the people named after its meeting word

    def add(self, p: _Party) -> None:
        if p.key in self.excluded:
            return
        old = self.parties.get(p.key)
        if old is not None and p.kind == "person" and _kin(old.name, p.name):
            # "Victoria Benson" and "Jeffrey Benson" of a family's delegation: two people
            key = (p.key[0], f"{p.key[1]}|{p.name.split()[0].lower()}")
            old = self.parties.get(key)
            if old is None:
                self.parties[key] = p
                return
        if old is None:
            self.parties[p.key] = p
        else:
            if len(p.name) > len(old.name):
                old.name = p.name
            old.title = old.title or p.title
            old.code = old.code or p.code
            old.host = old.host or p.host


def _kin(a: str, b: str) -> bool:
    """Whether two full names with one surname are two people: both given
    names are known ones and differ from the first two letters ("Joe" and
    "Joseph R." are one, "Victoria" and "Jeffrey" two; "Bibi" is no known
    given name, so "Bibi Netanyahu" stays "Benjamin Netanyahu")."""
    wa, wb = a.split(), b.split()
    if set(wa) <= set(wb) or set(wb) <= set(wa) or a.endswith(" " + b) or b.endswith(" " + a):
        return False   # "López Obrador" is "Andrés Manuel López Obrador"
    return len(wa) > 1 and len(wb) > 1 and len(wa[0].rstrip(".")) > 1 and len(wb[0].rstrip(".")) > 1 \
        and wa[0][:2].lower() != wb[0][:2].lower() and wa[0][:1].isupper() and wb[0][:1].isupper() \
        and wa[0].lower() in GIVEN_NAMES and wb[0].lower() in GIVEN_NAMES


def _person_party(ents: Entities, p: Person) -> _Party:
    full = ents.person(p.name) or p
    if _kin(full.name, p.name):
        full = p   # "Jeffrey Benson" is not the fuller "Victoria Benson" named before
    name = full.name if len(full.name) >= len(p.name) else p.name
    return _Party(name, "person", p.title or full.title, p.country_code or full.country_code)


# No look-behind at the front (see ``_trigger_start_re``): the character before is tested below.
_CAP_WORD = re.compile(r"[A-Z][\w'’-]+")


@lru_cache(maxsize=1)
def _bare_office_re() -> re.Pattern[str]:
    """"the Vice President", "the Prime Minister's call": an office with no name
    after it, in capitals, which a readout uses for a person it has named
    before (possessive only of a meeting: "the President's agenda" is no party)."""
    heads = sorted((w for w in _titles()[0] if w.isalpha() and not w.endswith("s")), key=len, reverse=True)
    return re.compile(rf"\b[Tt]he\s+((?:[A-Z][a-z]+\s+){{0,2}}(?:{'|'.join(heads)}))(?=['’]s\s+(?:[a-z]+\s+){{0,2}}(?:meetings?|calls?|visits?|trip|talks|engagements?|summit|conversation)\b"
                      rf"|(?![\w'’-]))"
                      rf"(?!\s+(?:of\b|[A-Z]))")


def _offices(text: str, ents: Entities, s: int, e: int) -> list[tuple[int, _Party]]:
    """The people that bare offices in ``text[s:e]`` stand for ("the Vice President" -> Kamala Harris)."""
    out = []
    if text.find("he ", s, e) < 0:
        return out
    for m in _bare_office_re().finditer(text, s, e):
        if not all(w in _titles()[1] for w in m.group(1).split()):
            continue
        p = ents.titled(m.group(1))
        if p is not None:
            out.append((m.start(1), _Party(p.name, "person", p.title, p.country_code)))
    return out


def _short_names(text: str, ents: Entities, s: int, e: int, people: list[Person]) -> list[tuple[int, _Party]]:
    """Surnames alone ("talks with Hammond") that name a person told in full
    elsewhere, and offices alone ("the Prime Minister") that name one."""
    out = _offices(text, ents, s, e)
    taken = sorted((p.start, p.end) for p in people)
    n = len(taken)
    known = ents._known
    nonname = _stop()[1]
    k = 0
    for m in _CAP_WORD.finditer(text, s, e):
        a = m.start()
        if a and (text[a - 1].isalnum() or text[a - 1] in "_'’-"):
            continue
        while k < n and taken[k][1] <= a:
            k += 1
        # (the spans are sorted by start: when this one starts after ``a`` so
        # do the ones after it)
        if k < n and taken[k][0] <= a:
            continue
        w = m.group(0).removesuffix("’s").removesuffix("'s")
        if w == m.group(0):
            nx = _NEXT_CAP.match(text, m.end())
            if nx is not None and nx.group(1) in nonname:
                continue   # a name that qualifies a thing: "the Tinubu Administration", "the Biden Foundation"
        got = known.get(w)   # ``ents.is_known``'s memo, read here first
        if got is None:
            got = ents.is_known(w)
        if got:
            full = ents.person(w)
            out.append((a, _Party(full.name, "person", full.title, full.country_code)))
    return out


_NEXT_CAP = re.compile(r"[ -]([A-Z][a-z]+)\b")
# "Senators Capito, Barrasso, Blunt, Crapo, Toomey, and Wicker": one plural office, then surnames
@lru_cache(maxsize=1)
def _plural_offices() -> tuple[dict[str, str], re.Pattern[str]]:
    """``meeting_plural_offices.tsv`` (plural -> singular) and the expression
    of a plural office followed by a list of surnames."""
    offices = {row[0]: row[1] for row in read_tsv("meeting_plural_offices.tsv")}
    rx = re.compile(r"\b(" + "|".join(re.escape(k) for k in offices) + r")\s+([A-Z][\w'’-]+"
                    r"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)[A-Z][\w'’-]+)+)")
    return offices, rx


_SURNAME_SEP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _titled_surnames(text: str, ents: Entities, s: int, e: int, people: list[Person],
                     shorts: list[tuple[int, _Party]]) -> list[tuple[int, _Party]]:
    """``shorts`` and the surnames a plural office lists ("Senators Capito,
    Barrasso, ... and Wicker"), each with the office, at its fullest name."""
    offices, rx = _plural_offices()
    found = list(rx.finditer(text, s, e))
    if not found:
        return shorts
    out = list(shorts)
    taken = {a for a, _ in shorts} | {p.name_start for p in people}
    for m in found:
        office = offices[m.group(1)]
        pos = m.start(2)
        for name in _SURNAME_SEP.split(m.group(2)):
            at = text.find(name, pos, m.end())
            pos = at + len(name)
            if at in taken or not name[:1].isupper() or len(name) < 3:
                continue
            full = ents.person(name)
            out.append((at, _Party(full.name if full else name, "person", office if not full or not full.title
                                   else full.title, full.country_code if full else None)))
    return sorted(out, key=lambda x: x[0])

# Cues of time to come that say nothing of tense: beside a verb in the past
# ("hosted leaders ahead of Veterans Day") the meeting was held.
_WEAK_FUTURE = frozenset({"ahead of", "upcoming", "next", "future", "planned"})
_PAST_VERB = re.compile(r"(?:ed|met|held|spoke|sat down)\b", re.IGNORECASE)


def _future(text: str, cue: tuple[int, str] | None, chits: list) -> bool:
    """Whether a clause tells a meeting to come, from its first future cue."""
    if cue is None:
        return False
    if cue[1] in _WEAK_FUTURE:
        verbs = [h for h in chits if h[2].role != "noun"]
        if verbs and _PAST_VERB.search(text, verbs[0][0], verbs[0][1]):
            return False
        if cue[1] in _NOUN_CUES and not any(0 <= h[0] - cue[0] <= _NOUN_CUE_REACH for h in chits):
            return False   # "reviewed upcoming force posture adjustments": another thing to come
    return True


# Weak cues that qualify the noun after them ("the upcoming summit", "ahead
# of the meeting"): of a meeting only when its word follows within this reach.
_NOUN_CUES = frozenset({"upcoming", "ahead of", "planned", "future"})
_NOUN_CUE_REACH = 40


_TOKEN = re.compile(r"[a-z]+")


def _first_words(pattern: str) -> frozenset[str] | None:
    """The lower-case words a trigger pattern can start with ("(?:held|had)
    talks" -> held, had), or None when the pattern is not of that simple shape."""
    m = re.match(r"\(\?:([a-z|' -]+)\)(?![?*{])", pattern) or re.match(r"([a-z][a-z' -]*?)(?=[\s(\\-]|$)", pattern)
    if not m:
        return None
    return frozenset(_TOKEN.match(w).group(0) for w in m.group(1).split("|") if _TOKEN.match(w))


def _sentences(text: str, low: str, paras: list[Segment]) -> list[Segment]:
    """The sentences that hold a meeting word. Only paragraphs with such a
    word are split into sentences at all."""
    has = _keyword_re().search
    out = []
    for para in paras:
        if not has(low, para.start, para.end):
            continue
        spans = _split(para.text)
        if len(spans) == 1:   # the paragraph is one sentence, and holds a meeting word
            a, b = spans[0]
            out.append(Segment(para.start + a, para.start + b, text[para.start + a:para.start + b]))
            continue
        prev = None
        for a, b in spans:
            a += para.start
            b += para.start
            if prev is not None:   # glued back after a dotted honorific
                a = prev
                prev = None
            if text.endswith(_DOTTED_END, a, b) and (b - a < 5 or not text[b - 5].isalnum()):
                prev = a
                continue
            if has(low, a, b):
                out.append(Segment(a, b, text[a:b]))
        if prev is not None and has(low, prev, para.end):
            out.append(Segment(prev, para.end, text[prev:para.end]))
    return out


# The sentence splitter ends a sentence at "H.E." before a capital; in a
# readout it is the honorific of the name that follows ("spoke with H.E.
# Sheikh ..."), so the two pieces are read as one sentence.
_DOTTED_END = ("H.E.", "H.M.", "H.R.H.")


# An item of a list cut by semicolons: a name with its title and place
# ("Prime Minister Kaja Kallas of Estonia"), capitalised words and glue only.
_NAME_ITEM = re.compile(r"\s*(?:and\s+)?(?:the\s+)?[A-Z][\w.’'-]*(?:,?\s+(?:(?:of|for|the|and|de|da|del|van|von|al|bin)\s+)*[A-Z][\w.’'-]*)*\s*")


def _in_name_list(stext: str, m: re.Match[str]) -> bool:
    """Whether a clause break (``_CLAUSE`` match) is a separator inside a list
    of names: "spoke individually with: Prime Minister Kaja Kallas of
    Estonia; Prime Minister Krisjanis Karins of Latvia; and ..." is one clause.
    The break is a colon or semicolon, and every item from it to the
    sentence's end (cut at semicolons) is a name, the last opened by "and"."""
    sep = m.group(0).strip()
    if sep not in (";", ":"):
        return False
    items = stext[m.end():].rstrip(" .").split(";")
    return len(items) >= (1 if sep == ";" else 2) and items[-1].lstrip().startswith("and ") \
        and all(_NAME_ITEM.fullmatch(it) for it in items)


def _split(body: str) -> list[tuple[int, int]]:
    """``extract.text.sentences`` of one paragraph, as (start, end) offsets:
    the same cuts, but the word before each stop is read back from the stop
    instead of by an expression searched from the sentence start (that search
    was most of the splitter's time)."""
    out: list[tuple[int, int]] = []
    start = 0
    for m in _END.finditer(body):
        end = m.end()
        e = m.start() + 1
        j = e - 1
        while j > start and not body[j - 1].isspace():
            j -= 1
        token = body[j:e].lower().rstrip(".!?")
        if token.strip("\"'\u201c\u2018(") in _ABBREV or _LETTER.fullmatch(token):
            continue
        _add_span(out, body, start, end)
        start = end
    _add_span(out, body, start, len(body))
    return out


def _add_span(out: list[tuple[int, int]], body: str, s: int, e: int) -> None:
    chunk = body[s:e]
    stripped = chunk.lstrip()
    lead = len(chunk) - len(stripped)
    stripped = stripped.rstrip()
    if stripped:
        out.append((s + lead, s + lead + len(stripped)))


def _trigger_hits(trig_re: re.Pattern[str], sent: Segment, low: str):
    """Trigger matches of one sentence, as ``finditer`` would give them, but
    tried only where a trigger can start: the one big alternation run over
    every character was the extractor's slowest step."""
    starts, always = _trigger_starts()
    if always:
        yield from trig_re.finditer(sent.text)
        return
    end = 0
    s0 = sent.start
    for t in _trigger_start_re().finditer(low, s0, sent.end):
        off = t.start() - s0
        if off < end or (t.start() and low[t.start() - 1].isalpha()):
            continue
        m = trig_re.match(sent.text, off)
        if m:
            end = m.end()
            yield m


def find_meetings(text: str, published: date | None, title: str | None = None) -> list[Meeting]:
    triggers, trig_re, excl_re, absent_re, attend_re, future_re = _lexicon()
    if "\u00a0" in text:
        # two readouts in three put no-break spaces between words ("spoke\u00a0today\u00a0with"):
        # the rules read them as spaces (same length: every offset still indexes the source)
        text = text.replace("\u00a0", " ")
    if "://" in text:
        # a link's address names no meeting ("...-amid-trump-tariff-talks-ceo-says"): blanked, same length
        text = _URL.sub(lambda m: " " * len(m.group(0)), text)
    if "<img" in text or "Photo" in text or "Image" in text:   # (what _PHOTO's every branch holds)
        text = _PHOTO.sub(lambda m: " " * len(m.group(0)), text)
    low = text.lower()
    if len(low) != len(text):   # lower() changed offsets (rare letters): use a copy that keeps them
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    # the cue lists are searched in ``low`` unless a letter folds otherwise
    cue_low = None if not text.isascii() and _ODD_FOLD.search(text) else low
    # Most sentences name no meeting: a set test over their words skips them
    # before sentence splitting, people finding and the trigger expression.
    title = " ".join(title.split()) if title else None   # titles carry no-break spaces; read folded once
    paras = paragraphs(text)
    sents = _sentences(text, low, paras)
    turns = _turns(text, paras)
    if not sents and len({t[2] for t in turns}) < 2 and not (title and _TITLE_MEETING.match(title)):
        return []
    ents = Entities(text)
    places = ents.places_in

    para_starts = [p.start for p in paras]
    para_of = lambda pos: bisect_right(para_starts, pos) - 1  # noqa: E731
    speakers: _Speakers | None = None   # read when a clause first says "I"
    cast: Cast | None = None             # read when a clause's subject is "he" or "she"
    meetings: list[_Meeting] = []
    skip_until = -1

    for sent in sents:
        if sent.start < skip_until:
            continue
        s0, s1 = sent.start, sent.end
        stext = sent.text
        hits = []
        excluded = None
        for m in _trigger_hits(trig_re, sent, low):
            if excluded is None:
                excluded = [(x.start() - s0, x.end() - s0) for x in excl_re.finditer(low, s0, s1)
                            if not (x.start() and low[x.start() - 1].isalnum() or x.group(0).endswith(" on")
                                    and _ON_DATE.match(text, x.end()))]
            if any(a <= m.start() < b or a < m.end() <= b for a, b in excluded):
                continue
            t = triggers[m.lastindex - 1]
            if _false_trigger(stext, m.start(), m.end(), t, bool(meetings)):
                continue
            hits.append((m.start() + s0, m.end() + s0, t))
        if meetings and any(h[2].role == "host" for h in hits):
            hits = _passive_hosts(text, ents, meetings, hits, s0, s1, published)

        # An attendance list ("Participants in the call included ...") adds
        # to the meeting it names, never starts one.
        cue = attend_re.find(text, cue_low, s0, s1, True) if meetings else None
        # a bare "joining" lists attendees only beside the meeting's noun
        # ("Joining President Biden on the call were ..."), not in "joining
        # Senators Harris and Warren as potential candidates"
        if cue and cue[1] == "joining" and not hits:
            cue = None
        # "participants", "participating" open a list ("Participating state
        # legislative leaders included:", "Participants in the call were"), not
        # "participants discussed ... Temporary Protected Status" or "looking
        # forward to participating in them"
        if cue and cue[1] in _LIST_NOUNS and not _LIST_START.search(text, cue[0], s1) and not (
                cue[1] != "participating" and _LIST_VERB.search(text, cue[0], min(s1, cue[0] + 60))):
            cue = None
        if cue and meetings and not any(t.role == "verb" for _, _, t in hits):
            end = s1
            if _MARKUP_TAIL.sub("", stext).endswith(":"):   # ("**<u>Speaking Participants:</u>**")
                end = _list_end(text, paras, s1)
                skip_until = end
            if end > s1 and len(stext.split()) <= 6:
                # a heading over a list ("Meeting Speakers:", "Participants included:")
                # lists the report's own meeting, the first it tells
                target = next((m for m in meetings if not m.beside), meetings[0])
            else:
                target = _referenced(meetings, stext, places, s0, s1) or _last_told(meetings, s0)
            if not (target.when and published and abs((target.when.value - published).days) > _LIST_REACH_DAYS):
                # (a list in a report is of a meeting of its days, not of "the 2023
                # G7 Summit" it recalled: "Participants at the Investor Forum event included:")
                _add_list(target, text, ents, places, cue[0], end)
                if cue[1] in _subject_cues() and cue[0] > s0:
                    # "Secretary Blinken and Secretary Austin took part": the list is the subject
                    _add_list(target, text, ents, places, s0, cue[0])
            continue
        if not hits:
            continue

        # split into clauses; the first clause's subject carries into a
        # later clause that has none ("X ..., but held talks with Y")
        bounds = [s0] + ([s0 + m.end() for m in _CLAUSE.finditer(stext) if not _in_name_list(stext, m)]
                         if _MAY_SPLIT.search(stext) else []) + [s1]
        clauses = [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1) if bounds[i + 1] > bounds[i]]
        subject: list[_Party] = []
        for ci, (c0, c1) in enumerate(clauses):
            chits = [h for h in hits if c0 <= h[0] < c1]
            if not chits and ci > 0:
                continue
            people = ents.people_in(c0, c1)
            shorts = _short_names(text, ents, c0, c1, people)
            shorts = _titled_surnames(text, ents, c0, c1, people, shorts)
            if ci == 0:
                first_trig = chits[0][0] if chits else c1
                subject = [_person_party(ents, p) for p in people if p.start < first_trig]
                subject += [p for a, p in shorts if a < first_trig]
                subject += [_Party(o.name, "organization") for o in ents.organizations_in(c0, first_trig)]
            if not chits:
                continue
            borrowed = subject if ci > 0 else []
            if not subject and _FIRST_PERSON.search(text, c0, chits[0][0]):
                # "I've spoken to Governor DeSantis" in a transcript: the speaker
                if speakers is None and (title or turns):
                    speakers = _Speakers(text, paras, title)
                who = speakers.at(c0) if speakers else None
                borrowed = [who] if who else borrowed
            elif not any(p.kind == "person" for p in subject) and meetings and (
                    _GROUP_SUBJECT.search(text, max(c0, chits[0][0] - 80), chits[0][0]) or _GROUP_LEAD.match(text, c0)):
                # "The delegation also met with Prime Minister Ariel Henry", "The leaders
                # looked forward to further discussions at the G-7 Summit": the
                # people of the meeting told last
                last = next((m for m in reversed(meetings) if m.start < c0 and not m.beside
                             and any(p.kind == "person" for p in m.parties.values())), None)
                borrowed = [p for p in last.parties.values() if p.kind == "person"] if last else []
            elif not subject:
                # "This comes a week after he attended a summit with Macron":
                # the person "he" stands for, read as the quotes read "he said"
                pm = _PRONOUN_SUBJECT.search(text, max(c0, chits[0][0] - 40), chits[0][0])
                if pm is not None:
                    if cast is None:
                        cast = Cast(text, paras=paras)
                    mn = cast.last_person_before(pm.start(), pm.group(1))
                    if mn is not None:
                        full = ents.person(mn.name)
                        borrowed = [_Party(full.name, "person", full.title, full.country_code) if full
                                    else _Party(mn.name, "person", mn.title)]
            _clause_meeting(text, published, _future(text, future_re.find(text, cue_low, c0, c1, False), chits), meetings, ents,
                            places, paras, para_of, c0, c1, chits, people, shorts, borrowed,
                            absent_re, cue_low)

    if turns:
        _transcript(text, published, ents, paras, turns, meetings)
    if title:
        _titled_meeting(text, title, published, paras, turns, meetings)
    return _finish(meetings, published, paras)


@lru_cache(maxsize=1)
def _label_re() -> re.Pattern[str]:
    titles = "|".join(re.escape(t) for t in sorted(read_list("meeting_speaker_titles.txt"), key=len, reverse=True))
    return re.compile(rf"(?:(?P<title>{titles})\s+(?P<name>[A-Z][A-Z'’.-]*(?:\s+[A-Z][A-Z'’.-]*){{0,3}})"
                      rf"|[A-Z][\w.'’ -]{{0,40}}?)\s*:\s")


def _turns(text: str, paras: list[Segment]) -> list[tuple[int, int, str, str]]:
    """Leaders' turns in a remarks transcript: (start, end, name, title) for each
    paragraph run opened by a label "PRESIDENT LASSO:"; any other label ("Q:",
    "THE PRESIDENT:", "SECRETARY BLINKEN:") ends a turn."""
    out: list[tuple[int, int, str, str]] = []
    cur = None
    for p in paras:
        if not p.text[:1].isupper():
            continue
        m = _label_re().match(p.text)
        if not m or not (m.group("name") or p.text[:m.end()].isupper()):
            continue
        if cur:
            out.append((cur[0], p.start, cur[1], cur[2]))
            cur = None
        if m.group("name"):   # "ABDULLAH II" -> "Abdullah II"
            name = " ".join(w if _ROMAN_NUM.fullmatch(w) else w.title() for w in m.group("name").split())
            cur = (p.start, name, m.group("title").title())
    if cur:
        out.append((cur[0], len(text), cur[1], cur[2]))
    return out


_ROMAN_NUM = re.compile(r"[IVX]{2,}")
_WE = re.compile(r"\b(?:we|our|us|together)\b", re.IGNORECASE)
_I = re.compile(r"\b(?:I|my|me)\b")
_YOU = re.compile(r"\b(?:you|your)\b", re.IGNORECASE)
_PLACE_RANK = {"landmark": 0, "city": 1, "island": 2, "country": 3, "region": 4}   # ("... Headquarters New York, New York")


def _transcript(text: str, published: date | None, ents: Entities, paras: list[Segment],
                turns: list[tuple[int, int, str, str]], meetings: list[_Meeting]) -> None:
    """Remarks where two leaders speak in turn ("PRESIDENT BIDEN: ...",
    "PRESIDENT LASSO: ...") record a meeting of the two: at the place the
    transcript opens with ("Oval Office"), on the day of the document. A
    meeting one of them recalls with "we"/"our"/"you" and no name ("a
    successful summit we had") had the speaker and the other leader in it."""
    leaders: dict[str, _Party] = {}
    for _, _, name, title in turns:
        if name not in leaders:
            # the fullest name only when it is the same office holder ("Beau
            # Biden" in President Biden's remarks is his son)
            full = ents.person(name)
            same = full and surname(full.name) == surname(name) and title.lower() in (full.title or "").lower()
            leaders[name] = _Party(full.name if same else name, "person", title)
    for m in meetings:
        if m.c0 < 0 or any(p.kind == "person" for p in m.parties.values()):
            continue
        turn = next((t for t in turns if t[0] <= m.start < t[1]), None)
        if not turn:
            continue
        m.recalled = True
        ctx = text[m.c0:m.c1]
        others = [leaders[n] for n in leaders if n != turn[2]]
        if _WE.search(ctx) or _I.search(ctx):
            m.add(_Party(**vars(leaders[turn[2]])))
        if len(others) == 1 and (_WE.search(ctx) or _YOU.search(ctx)):
            m.add(_Party(**vars(others[0])))
    if len(leaders) < 2:
        return
    head = text[:turns[0][0]]
    found = sorted((p for p in find_places(head) if p.kind in _PLACE_RANK), key=lambda p: _PLACE_RANK[p.kind])
    loc = found[0] if found else None
    parties = [_Party(**vars(p)) for p in leaders.values()]
    if loc and loc.kind == "landmark" and landmark_home(loc.name):
        parties[0].host = True
    a = turns[0][0]
    when = DateMention(a, a, "", published, "day") if published else None
    m = _Meeting(a, a + len(turns[0][2]), "meeting", None, 0, loc, when)
    for p in parties:
        m.add(p)
    meetings.insert(0, m)


_POSSESSOR = re.compile(r"['’]s\s+[a-z]")
# "he met", "she had also visited", "he then held talks": a pronoun the subject of the meeting word
_PRONOUN_SUBJECT = re.compile(r"\b([Hh]e|[Ss]he)\s+(?:(?:had|will|would|also|then|later|previously|"
                              r"already|recently|first|once|again|last|reportedly|subsequently)\s+){0,2}$")
# the people of the meeting just told, as the subject of the next ("The two
# leaders agreed to meet again", "the delegation met with ...")
_GROUP_SUBJECT = re.compile(r"\b(?:[Tt]he|[Bb]oth)\s+(?:two\s+|U\.S\.\s+|American\s+)?(?:leaders|delegation|"
                            r"presidents|prime\s+ministers|ministers|sides)\s+(?:(?:also|then|later|further|"
                            r"have|had|will|would|look|looked|agreed|discussed|committed|plan|planned|to)\s+){0,3}"
                            r"(?:[a-z]+\s+){0,4}$")
_GROUP_LEAD = re.compile(r"\s*(?:The|Both)\s+(?:two\s+)?(?:leaders|presidents|prime\s+ministers)\s+(?!of\b)")
# ... who will be there together ("looked forward to further discussions at
# the G-7 Summit"), not whose aims are ("underscored their dedication to
# achieve ambitious outcomes at the COP26 Summit")
_TOGETHER_AHEAD = re.compile(r"\b(?:look(?:ed|s)?\s+forward\s+to|will\s+(?:meet|see|continue)|agreed\s+to\s+"
                             r"(?:meet|continue)|plan(?:ned)?\s+to\s+meet)\b")
_FIRST_PERSON = re.compile(r"\bI(?:['’](?:ve|m|d|ll))?\s+(?:\w+\s+){0,3}?$|^\s*I\b")


class _Speakers:
    """Who speaks in each paragraph of a transcript: the last label before it
    ("PRESIDENT BIDEN:", or "THE PRESIDENT:" read against the title's
    "Remarks by President Biden")."""

    def __init__(self, text: str, paras: list[Segment], title: str | None) -> None:
        self.starts: list[int] = []
        self.who: list[_Party | None] = []
        titled = {}
        m = _TITLE_MEETING.match(title) if title else None
        by = _TITLE_BY.match(title) if title and not m else None
        for p in _title_people((m or by).group("who") if (m or by) else None):
            if p.title:
                titled[p.title.lower()] = p
        for p in paras:
            lm = _label_re().match(p.text) if p.text[:1].isupper() else None
            if not lm or not (lm.group("name") or p.text[:lm.end()].isupper()):
                continue
            label = p.text[:lm.end()].rstrip(": \u00a0\t")
            if lm.group("name"):
                name = " ".join(w if _ROMAN_NUM.fullmatch(w) else w.title() for w in lm.group("name").split())
                who = _Party(name, "person", lm.group("title").title())
            else:
                who = titled.get(re.sub(r"^THE\s+", "", label).lower())
            self.starts.append(p.start)
            self.who.append(who)

    def at(self, pos: int) -> _Party | None:
        i = bisect_right(self.starts, pos) - 1
        w = self.who[i] if i >= 0 else None
        return _Party(w.name, w.kind, w.title, w.code) if w else None


# White House transcript and readout titles name the meeting the document is
# about and who was in it: "Remarks by President Biden Before Meeting With
# Treasury Secretary Janet Yellen and Federal Reserve Chair Jerome Powell",
# "Remarks by Vice President Harris in Courtesy Call with Chief ...",
# "Remarks by President Biden and Prime Minister Kishida of Japan Before
# Bilateral Meeting". The body often never says so: a transcript opens on its
# venue and the speaker's words.
_TITLE_MEETING = re.compile(
    r"(?:Remarks|Readout)\s+(?:as\s+Prepared\s+for\s+Delivery\s+)?(?:by|of)\s+(?P<who>.+?)"
    r"(?:['’]s?\s+|\s+(?:Before|After|In|At|During|Ahead\s+of|Following)\s+(?:an?\s+|the\s+|Their\s+|His\s+|Her\s+)?)"
    r"(?P<what>(?:[\w-]+\s+){0,3}?(?:Meeting|Call|Talks|Visit|Summit|Engagement))"
    r"(?:\s+[Ww]ith\s+(?P<with>.+?))?\s*(?:[|,]\s*.*)?$", re.IGNORECASE)
_TITLE_BY = re.compile(r"Remarks\s+(?:as\s+Prepared\s+for\s+Delivery\s+)?by\s+(?P<who>.+?)(?:\s+(?:at|on|in|to|"
                       r"before|after|during|for|upon|announcing|celebrating|honoring)\s+.*|\s*[|].*)?$", re.IGNORECASE)
_END_SENTENCE = re.compile(r"[.!?:][\"'”’)]?\s*$")
_TITLE_AND = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
# What follows the people in a title is the topic, in capitals too ("...
# Meeting with Indo-Pacific Leaders on DPRK's Ballistic Missile Launch"): no people.
_TITLE_TOPIC = re.compile(r"\s+(?:on|about|regarding|concerning|over|to\s+(?:Discuss|Address|Mark|Launch))\s.*$")


def _title_people(names: str | None) -> list[_Party]:
    """The people of a title's list ("President Biden, Prime Minister Kishida
    of Japan, and President Yoon"), each with the office the title gives."""
    return [_Party(p.name, "person", p.title, p.country_code)
            for piece in _TITLE_AND.split(names or "") for p in find_people(piece.strip())]


def _titled_meeting(text: str, title: str, published: date | None, paras: list[Segment],
                    turns: list[tuple[int, int, str, str]], meetings: list[_Meeting]) -> None:
    """The meeting a document's title names: its people join the meeting
    the body tells of that day, or make it, at the venue the text opens with."""
    m = _TITLE_MEETING.match(title)
    if not m:
        return
    parties = _title_people(m.group("who")) + _title_people(_TITLE_TOPIC.sub("", m.group("with") or ""))
    if not parties or len(parties) + len(meetings) < 2:
        return
    what = m.group("what").lower()
    kind = "call" if "call" in what and "courtesy" not in what else "visit" if "visit" in what or "courtesy" in what \
        else "summit" if "summit" in what else "talks" if "talks" in what else "meeting"
    same_day = [x for x in meetings if not x.recalled and (x.when is None or x.when.value == published)
                and (x.kind == kind or "meeting" in (x.kind, kind))]
    if not same_day and published:
        # a readout published the day after ("On Wednesday, September 7, ... met
        # with Massa"): the meeting of the days before with one of the title's people
        keys = {p.key for p in parties}
        same_day = [x for x in meetings if not x.recalled and x.when and 0 < (published - x.when.value).days <= 7
                    and (x.kind == kind or "meeting" in (x.kind, kind)) and keys & set(x.parties)]
    # the venue line a transcript opens with ("Oval Office", "Emintsimadze
    # Palace Cape Coast, Ghana"): the place, and the evidence kept for a
    # meeting only the title tells
    first = paras[0] if paras else None
    venue = first if first and len(first.text) < 120 and not (turns and turns[0][0] < first.end) \
        and not _END_SENTENCE.search(first.text) else None
    found = sorted((p for p in find_places(text, venue.start, venue.end) if p.kind in _PLACE_RANK),
                   key=lambda p: _PLACE_RANK[p.kind]) if venue else []
    loc = found[0] if found else None
    if same_day:
        target = same_day[0]
        if kind != "call":
            target.location = target.location or loc
    else:
        when = DateMention(0, 0, "", published, "day") if published and kind != "call" else None
        # evidence: the venue line, else the opening the title sums up
        a, b = (venue.start, venue.end) if venue else (first.start, min(first.end, first.start + 300)) if first \
            else (0, 0)
        target = _Meeting(a, b, kind, None, 0, loc if kind != "call" else None, when, c0=a, c1=b)
        meetings.insert(0, target)
    for p in parties:
        # a leader the body calls by one name ("PRIME MINISTER ISHIBA:") and
        # the title in full ("Prime Minister Ishiba Shigeru of Japan"): one
        # party, under the body's name (its key), with the title's fuller office
        words = set(p.name.split())
        same = next((q for q in target.parties.values() if q.kind == "person" and q.key != p.key
                     and set(q.name.split()) < words), None)
        if same is not None:
            if p.title and len(p.title) > len(same.title or ""):
                same.title = p.title
            same.code = same.code or p.code
            continue
        target.add(p)


def _false_trigger(stext: str, a: int, b: int, t: _Trigger, told: bool) -> bool:
    """A trigger word used for something else than a meeting (see the
    expressions above for each case)."""
    word = stext[a:b]
    before = stext[:a]
    if word[:1].isupper() and before.strip(" \"'“‘("):
        if t.role != "noun":
            return True   # a verb inside a sentence written capitalised is part of a name ("Met Éireann")
        if _BODY_AFTER.match(stext, b) or _BODY_BEFORE.search(before):
            return True
    low = word.lower()
    if low == "called":
        if _NAMING_BEFORE.search(before):
            return True
        m = _CALLED_OBJECT.match(stext, b)
        nxt = m.group(1) if m else None
        if nxt and (not nxt[0].isalpha() or nxt not in _call_followers()):
            return True
        if m and re.search(r"[’']s\b", m.group(0)):
            return True   # "Trump called Stone's sentence "unjust"": a name's thing is named, not called
    if low in ("meet", "meets", "met", "meeting") and _satisfies(stext, b):
        return True   # "meet domestic demand", "meet the criteria": to satisfy, not to come together
    if low in ("visit", "visits") and _VISIT_SITE.match(stext, b):
        return True   # "visit SmokeFree.gov": a web site
    if low.startswith("engagement") and re.search(r"[’']s\s+$", before):
        return True   # "Argentina's engagement with the IMF": a country's dealings, not a meeting
    # "bilateral" names a meeting as a noun ("held a bilateral", "a bilateral
    # with"); before a lower-case noun it is an adjective ("our strong
    # bilateral ties", "bilateral trade")
    if low == "bilateral" and _ADJ_USE.match(stext, b):
        return True
    if t.kind == "call" and t.role == "noun" and low in ("call", "calls"):
        if not _CALL_WITH.match(stext, b) and not (told and _DEFINITE.search(before[-40:])):
            return True
    return False


_VISIT_SITE = re.compile(r"\s+(?:https?://|www\.|\S+\.(?:gov|com|org|net|edu)\b)", re.IGNORECASE)


def _satisfies(stext: str, b: int) -> bool:
    """Whether a noun of "satisfy" follows within three words ("meet the criteria")."""
    words = _satisfy_objects()
    for w in re.findall(r"[A-Za-z][\w-]*", stext[b:b + 60])[:4]:
        if w.lower() in words:
            return True
        if w in ("with", "in", "at", "on", "to", "and", "for"):
            return False
    return False


@lru_cache(maxsize=1)
def _satisfy_objects() -> frozenset[str]:
    return frozenset(read_list("meeting_satisfy_objects.txt"))


def _party_noun_after(text: str, a: int, b: int) -> bool:
    words = _party_nouns()
    return any(w in words for w in re.findall(r"[a-z]+", text[a:min(b, a + 50)].lower())[:5])


@lru_cache(maxsize=1)
def _party_nouns() -> frozenset[str]:
    return frozenset(read_list("meeting_party_nouns.txt"))


@lru_cache(maxsize=1)
def _call_followers() -> frozenset[str]:
    return frozenset(read_list("meeting_call_followers.txt"))


# attendance told after its subject ("X and Y took part", "X was also in
# attendance", "X, Y and Z represented the range of federal departments")
@lru_cache(maxsize=1)
def _subject_cues() -> frozenset[str]:
    return frozenset(read_list("meeting_attendance_subject_cues.txt"))


def _list_end(text: str, paras: list[Segment], after: int) -> int:
    """A list announced by a colon runs over the bullet paragraphs that follow
    it, and over short sub-headings ("From the White House:") between them."""
    end = after
    for p in paras:
        if p.start < after:
            continue
        if _BULLET.match(p.text) or (len(p.text) < 80 and _MARKUP_TAIL.sub("", p.text).endswith(":")) \
                or _LIST_LINE.match(p.text):
            end = p.end
            continue
        break
    return end


# An item of a list set one a line with no bullet: a name and what it holds
# ("Eric Lander, *the President’s Science Advisor*", "Maria Zuber,
# Massachusetts Institute of Technology"), or a short heading in emphasis
# ("***PCAST Members***"); no sentence ("For more information ... visit: <link>.")
_LIST_LINE = re.compile(r"(?:[*_]*[A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){1,4}[ \t]*[,–—-][^\n]{2,150}?"
                        r"|[*_]+[ \t]*[A-Z][^\n*_:.]{2,60}[*_]+)[ \t]*$(?<![.!?:])")


def _add_list(m: _Meeting, text: str, ents: Entities, places: list[Place], s: int, e: int) -> None:
    people = ents.people_in(s, e)
    bullets = "-   " in text[s:e] or "•" in text[s:e] or text.count("\n", s, e) > 1   # a list of items, one a line
    bodies = _bullet_bodies(text, s, e, [(c.start, c.end) for c in ents.organizations_in(s, e)],
                            [(p.start, p.end) for p in people]) if bullets else []
    for _, _, name in bodies:
        m.add(_Party(name, "organization"))
    # ("Advanced Robotics for Manufacturing (ARM)" is no person "Advanced Robotics")
    people = [p for p in people if not any(a <= p.start < b for a, b, _ in bodies)]
    spans = [(p.start, p.end) for p in people] + [(a, b) for a, b, _ in bodies]
    for p in people:
        m.add(_person_party(ents, p))
    # "... and representatives from France and the European Union": bodies
    # listed outside a person's title take part in their own right
    # — but only as an item of the list: "Ambassador to the United Nations",
    # "a member of NATO" name an affiliation, not a party
    for c in ents.countries_in(s, e) + ents.organizations_in(s, e):
        if any(a <= c.start < b for a, b in spans):
            continue
        if c.kind == "organization" and not (c.start == s or _LIST_ITEM.search(text, max(s, c.start - 30), c.start)):
            continue
        item = max(text.rfind(sep, s, c.start) for sep in ("\n", " -", "•", ";")) if bullets else -1
        if c.kind == "organization" and item >= 0 and any(max(s, item) <= p.start < c.start for p in people):
            continue   # "-   Isabel Casillas Guzman, Administrator, U.S. Small Business Administration": her body
        m.add(_Party(c.name, c.kind, code=c.code))
    for a, p in _short_names(text, ents, s, e, people):
        if not any(x <= a < y for x, y, _ in bodies):
            m.add(p)


_LIST_ITEM = re.compile(r"(?:,|\band|\bfrom|\bwere|\bwas|\bincluded|\bincluding|:|(?<!\S)-|•)\s*\[?(?:[Tt]he\s+)?$")
# One item of a bulleted list, as written in markdown: "-   [Advanced
# Robotics for Manufacturing (ARM)](https://arminstitute.org/)"
_BULLET_ITEM = re.compile(r"(?:^|(?<=\s))(?:-|•|\*)[ \t]+(?:\[)?(?P<name>[^\n\[\]]+?)(?:\][ \t]*(?:\([^)\n]*\))?)?[ \t]*(?=\s+(?:-|•|\*)[ \t]|\n|$)")
_ACRONYM_TAIL = re.compile(r"\s*\([^)]*\)\s*$")


def _bullet_bodies(text: str, s: int, e: int, orgs: list[tuple[int, int]],
                   people: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, end, name) of the bodies a bulleted attendee list gives one an
    item that the lexicon does not know: an item that is a capitalised name
    and no more, with no known body and no office in it ("Tom Perez, Senior
    Advisor" and "Secretary of Commerce" are not), and with no person in it
    unless it carries an acronym ("Advanced Robotics for Manufacturing (ARM)":
    a body, though "Advanced Robotics" reads as a name; and whole, though the
    lexicon knows a part of it)."""
    out = []
    heads = _titles()[0]
    for m in _BULLET_ITEM.finditer(text, s, e):
        a, b = m.span("name")
        acronym = _ACRONYM_TAIL.search(m.group("name"))
        if not acronym and any(a < y and x < b for x, y in orgs + people):
            continue
        name = _ACRONYM_TAIL.sub("", m.group("name")).strip(" *_")
        name = re.sub(r"^[Tt]he\s+", "", name)
        words = name.split()
        if len(words) < 2 or "," in name or not words[0][:1].isupper() or any(w in heads for w in words) \
                or not all(w[:1].isupper() or w in _NAME_GLUE for w in words) \
                or not acronym and (any(w in GIVEN_NAMES for w in words[:-1]) or not (
                    any(w in _NAME_GLUE for w in words) or any(w.lower() in _org_heads() for w in words))):
            # (an office or a person: "Kansas House Minority Whip Stephanie Clayton"; a
            # name with no acronym is a body's only with a body's word: "... Institute", "... of ...")
            continue
        out.append((a, b, name))
    return out


_NAME_GLUE = frozenset({"of", "for", "and", "in", "on", "the", "times", "&"})


def _referenced(meetings: list[_Meeting], stext: str, places: list[Place], s0: int, s1: int) -> _Meeting | None:
    """The meeting a sentence points back to: by its place ("the London
    meeting"), its day ("Thursday's conference") or its kind ("the call");
    the latest first, and a meeting before the event it sat beside, which
    shares its place, day and often its kind."""
    order = sorted(reversed(meetings), key=lambda m: m.beside)
    for p in places(s0, s1):
        for m in order:
            if m.location and m.location.name in (p.name, p.city):
                return m
    for m in order:
        if m.when and m.when.precision == "day" and re.search(rf"\b{m.when.value.strftime('%A')}\b", stext):
            return m
    for m in order:
        # ("the meeting" names any kind: a summit told just before is "the meeting" too)
        if m.kind != "meeting" and re.search(rf"\b{m.kind}", stext, re.IGNORECASE):
            return m
    return None


def _dated_apart(text: str, published: date | None, future: bool, meetings: list[_Meeting], clause: str,
                 places, c0: int, c1: int, t1: int) -> bool:
    """Whether "the meeting" is another meeting than the one it would point
    back to, told with a date of its own that clashes with that one's: "During
    the trilateral meeting of Cyprus, Greece and Israel on January 28, 2016"
    after a summit of last Thursday. A date in digits only, right after the
    noun; a meeting told with no date takes the date as its own."""
    if published is None or not any(ch.isdigit() for ch in text[t1:min(c1, t1 + 90)]):
        return False
    target = _referenced(meetings, clause, places, c0, c1) or _last_told(meetings, c0)
    if target.when is None:
        return False
    for d in find_dates(text[t1:min(c1, t1 + 90)], published, future):
        if not any(ch.isdigit() for ch in d.text) or _NOT_WHEN_HEAD.match(d.text):
            continue
        # only names, lists and places between: "of Cyprus, Greece and Israel
        # on", "with President Marcos in Manila in", "to Washington, D.C., in"
        # ("for a ceasefire ... based on the May 27, 2024 arrangement" dates another thing)
        gap = re.findall(r"[\w'’.-]+", text[t1:t1 + d.start])
        if not gap or gap[-1] not in ("on", "in") or \
                not all(w[:1].isupper() or w in _DATED_GAP_WORDS for w in gap):
            return False
        if d.precision == "year":
            return d.value.year != target.when.value.year
        return d.value != target.when.value
    return False


_DATED_GAP_WORDS = frozenset({"of", "between", "with", "among", "in", "to", "at", "and", "the", "on"})


_EVENT_NAME_AFTER = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*")
_EVENT_NAME_BEFORE = re.compile(r"((?:[A-Z][\w'’.-]*|[A-Z]*\d+[A-Z]*)(?:[ -](?:[A-Z][\w'’.-]*|\d+))*)[ -]$")


# "Following the February 25 extraordinary NATO summit, the Vice President
# and the European leaders reviewed ...": an event of another day, told to
# time the clause, opens it; whoever the clause is about is not its party.
_DATED_BEFORE_CLAUSE = re.compile(
    r"\s*(?:Following|After|Since|Before|Ahead\s+of)\s+(?:the|last\s+week[’']s|this\s+week[’']s)\s+"
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}"
    r"(?:st|nd|rd|th)?|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)[’']s)\s+(?:[\w’'-]+\s+){0,4}$")


def _new_named_event(text: str, meetings: list[_Meeting], c0: int, t0: int, t1: int) -> bool:
    """Whether "the ... Summit" is an event named in capitals that no meeting
    told so far bears ("the COP26 Summit in Glasgow" after a bilateral beside
    the G7 Summit): a meeting of its own, not the one told before."""
    if not text[t0:t0 + 1].isupper():
        return False
    m = _EVENT_NAME_BEFORE.search(text, max(c0, t0 - 60), t0)
    if m is None or m.group(1) in ("The", "This", "That"):
        of = _EVENT_NAME_AFTER.match(text, t1)   # "the Summit of the Americas"
        if of is None or not text[max(c0, t0 - 4):t0].lower().startswith("the"):
            return False
        name = (text[t0:t1] + of.group(0)).lower()
        return not any((x.title or "").lower() == name for x in meetings)
    name = f"{m.group(1)} {text[t0:t1]}".lower()
    return not any((x.title or "").lower() in (name, m.group(1).lower()) for x in meetings)


def _last_told(meetings: list[_Meeting], pos: int | None = None) -> _Meeting:
    """What "the meeting" refers to when nothing names it: the latest meeting
    told, not the event it sat beside (added after it). Told far before
    (``pos``: where "the meeting" stands), a meeting recalled with a day of its
    own is not it: "... building on the Summit between President Biden and
    President Xi in November 2023 ... Jake Sullivan stopped by the meeting"
    is the report's own meeting."""
    last = next((m for m in reversed(meetings) if not m.beside), meetings[-1])
    first = next((m for m in meetings if not m.beside), meetings[0])
    if pos is not None and last is not first and pos - last.end > _NEAR_TOLD and last.when and first.when \
            and last.when.value != first.when.value:
        return first
    return last


# two named events joined: "the G-7 Summit and NATO Summit", "the G20 Summit and the COP26 Conference"
_AND_EVENT = re.compile(r"\s+and\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){1,4}")
_NEAR_TOLD = 300   # characters: "the meeting" within them points at the meeting just told
_LIST_REACH_DAYS = 45   # a list of participants is of a meeting this near the report


def _told_apart(text, published, future, meetings, ents, places, paras, para_of, c0, c1, chits, people, shorts,
                borrowed, absent_re, cue_low, cut: int, subject_end: int, first_another: bool):
    """One clause read as two meetings, cut at ``cut``: the first with the
    clause's own subject, the second with the people named before
    ``subject_end`` as its subject. Returns the meeting each part told last
    added (None where a part added none)."""
    n = len(meetings)
    _clause_meeting(text, published, future, meetings, ents, places, paras, para_of, c0, cut,
                    [h for h in chits if h[0] < cut], [p for p in people if p.start < cut],
                    [(a, p) for a, p in shorts if a < cut], borrowed, absent_re, cue_low, another=first_another)
    first = meetings[n] if len(meetings) > n else None
    subject = [_person_party(ents, p) for p in people if p.end <= subject_end] + \
        [p for a, p in shorts if a < subject_end] + list(borrowed)
    m = len(meetings)
    _clause_meeting(text, published, future, meetings, ents, places, paras, para_of, cut, c1,
                    [h for h in chits if h[0] >= cut], [p for p in people if p.start >= cut],
                    [(a, p) for a, p in shorts if a >= cut], subject, absent_re, cue_low, another=True)
    return first, (meetings[m] if len(meetings) > m else None)


def _clause_meeting(text, published, future, meetings, ents, places, paras, para_of, c0, c1, chits, people, shorts,
                    borrowed, absent_re, cue_low, another: bool = False) -> None:
    """The meeting one clause tells (``another``: a meeting the clause names
    besides the one it points back at, told as a new one)."""
    clause = text[c0:c1]
    people0, shorts0 = people, shorts
    nouns = [h for h in chits if h[2].role == "noun"]
    two = next((k for k in range(len(nouns) - 1) if _AND_EVENT.fullmatch(text, nouns[k][1], nouns[k + 1][0])),
               None) if not another and len(nouns) > 1 else None
    if two is not None and text[nouns[two][0]:nouns[two][0] + 1].isupper():
        # "discussions at the G-7 Summit and NATO Summit in June": two events,
        # the same people at each, the day told once for both
        cut = text.find(" and", nouns[two][1], nouns[two + 1][0])
        first, second = _told_apart(text, published, future, meetings, ents, places, paras, para_of, c0, c1, chits,
                                    people, shorts, borrowed, absent_re, cue_low, cut, nouns[0][0], True)
        if first is not None and second is not None and first is not second:
            first.when = first.when or second.when
            second.when = second.when or first.when
        return
    att = next((h for h in chits if h[2].role == "attend"), None)
    am = _AND_MEET.search(text, att[1], c1) if att is not None and not another else None
    if am is not None and any(h[0] >= am.end() and h[2].role == "verb" for h in chits) \
            and any(h[2].role == "noun" and att[1] <= h[0] < am.start() for h in chits):
        # "... to attend the G7 Summit and meet with British Prime Minister
        # Boris Johnson": the event, and a meeting of its own beside it, by the
        # same people at the same time
        first_told, second = _told_apart(text, published, future, meetings, ents, places, paras, para_of, c0, c1,
                                         chits, people, shorts, borrowed, absent_re, cue_low, am.start(), att[0],
                                         False)
        if first_told is not None and second is not None and second.when is None:
            second.when = first_told.when
        return
    verbish = [h for h in chits if h[2].role != "noun"]
    # "Biden, joined by Vice President Harris, spoke today with ...": the verb
    # of meeting, not the aside of who came along, reports the meeting
    first = next((h for h in verbish if h[2].role != "attend"), verbish[0]) if verbish else chits[0]
    t0, t1, trig = first
    own = next((h for h in chits if verbish and h[2].role == "noun" and h[0] > t1
                and _OWNED_NOUN.search(text, max(c0, h[0] - 30), h[0])), None)
    if own is not None:
        # "met with Massa ... to discuss the Government of Argentina's engagement
        # with the International Monetary Fund": another's meeting, a topic; the
        # clause's parties and place are told before it
        c1 = own[0]
        chits = [h for h in chits if h[0] < c1]
        people = [p for p in people if p.start < c1]
        shorts = [(a, p) for a, p in shorts if a < c1]
        clause = text[c0:c1]

    # a bare noun after "the"/"this" with no verb of meeting names a meeting told before
    fronted = _fronted(text, c0, c1, t0, t1, people, shorts) if not verbish else set()
    # "the COP26 Summit in Glasgow" after a bilateral beside the G7 Summit: an
    # event told in passing, a meeting of its own but not the report's
    in_passing = not verbish and bool(meetings) and not another and (
        _new_named_event(text, meetings, c0, t0, t1) or bool(_DATED_BEFORE_CLAUSE.match(text, c0, t0)))
    if not verbish and meetings and not another and _DEFINITE.search(text, max(c0, t0 - 40), t0) \
            and not _dated_apart(text, published, future, meetings, clause, places, c0, c1, t1) \
            and not in_passing:
        target = _referenced(meetings, clause, places, c0, c1) or _last_told(meetings, c0)
        if fronted:   # "During the call, Biden told Macron ...": both were on it
            for p in people:
                if p.start in fronted:
                    target.add(_person_party(ents, p))
            for a, p in shorts:
                if a in fronted:
                    target.add(p)
        # "Trump characterized the call with Zelensky": Zelensky was on it ("the
        # upcoming summit with Putin" is another meeting, ahead)
        if _CALL_WITH.match(text, t1) and not future:
            for p in people:
                if p.start >= t1 and _object_ok(text, t1, p.start, people) and not _SPEAKER_AFTER.match(text, p.end):
                    target.add(_person_party(ents, p))
            for a, p in shorts:
                if a >= t1 and _object_ok(text, t1, a, people):
                    target.add(p)
        if absent_re.find(text, cue_low, c0, c1, True):
            for p in people:
                target.excluded.add(_person_party(ents, p).key)
                target.parties.pop(_person_party(ents, p).key, None)
        elif _PRESENCE.search(text, max(c0, t0 - 60), t0):
            # "At the opening of the summit, X said": X was there; only the
            # subject, not whoever the sentence goes on to name ("During the
            # meeting, the Council committed to support Tribal Nations' ...")
            fe = _FRONT_END.match(text, t1, c1)
            pos = fe.end() if fe else t1
            for p in sorted(people, key=lambda p: p.start):
                if p.start < pos:
                    continue
                if not _SUBJECT_GAP.match(text[pos:p.start]) and pos != t1:
                    break
                target.add(_person_party(ents, p))
                pos = p.end
        # "Their meeting followed up on the September 9 phone call between
        # President Biden and President Xi": a meeting named after the one
        # pointed at, not itself pointed at, is another meeting
        # ... and so is one "with" someone after a verb of following up ("This
        # meeting builds on President Biden's bilateral meetings with President Marcos in May")
        rest = [h for h in chits if h[0] >= t1 and (_BETWEEN.match(text, h[1]) or
                                                    _CALL_WITH.match(text, h[1]) and not future and
                                                    _BUILDS_ON.search(text, t1, h[0]))]
        if rest:
            _clause_meeting(text, published, future, meetings, ents, places, paras, para_of, c0, c1, rest[:1],
                            people0, shorts0, borrowed, absent_re, cue_low, another=True)
        return
    if absent_re.find(text, cue_low, c0, t0 + 1, False):
        return
    if in_passing:
        # who the sentence is about did not take part in an event it names in
        # passing ("Harris thanked Macron for convening the Paris Peace Forum"),
        # but those whose acts there it tells did ("joint commitments by
        # President Biden and President Fernandez at the Summit of the Americas")
        by = _BY_AT.search(text, max(c0, t0 - 160), t0)
        people = [p for p in people if by is not None and by.start(1) <= p.start and p.end <= by.end(1)]
        shorts = []
        if not (_GROUP_LEAD.match(text, c0) and _TOGETHER_AHEAD.search(text, c0, t0)):
            # (but "The leaders looked forward to further discussions at the G-7
            # Summit": the leaders just told will be there)
            borrowed = []

    parties: list[_Party] = []
    hosts = trig.role == "host"
    ends = [h[1] for h in chits]
    if (not verbish and _TOPIC_OF.search(text, max(c0, t0 - 60), t0)) or _DELEGATED.search(text, max(c0, t0 - 40), t0):
        # "The President and the Prime Minister discussed ongoing hostage
        # negotiations in Qatar": a meeting they talked about, not one they held
        people = [p for p in people if p.start >= t1]
        shorts = [(a, p) for a, p in shorts if a >= t1]
        borrowed = []
    inv = _INVITED_TO.search(text, max(c0, t0 - 200), t0) if "invit" in text[max(c0, t0 - 200):t0] else None
    own = _INVITER_BEFORE.search(text, max(c0, inv.start() - 60), inv.start()) if inv is not None else None
    if inv is not None and (own is not None or "on behalf of" in inv.group(0)):
        # "Sullivan reaffirmed President Biden's invitation for Prime Minister
        # Sudani to visit the White House": the inviter and the guest, not who
        # carried the invitation ("The President extended an invitation": he invites)
        lo = own.start() if own else inv.start()
        people = [p for p in people if p.start >= lo]
        shorts = [(a, p) for a, p in shorts if a >= lo]
        borrowed = []
    rep = None
    for rep in _REPORTED_THAT.finditer(text, c0, t0):
        pass
    if rep is not None:
        # "Al Jazeera reported that Widodo was planning to visit Wiranto": who
        # reports it is no party; the meeting's subject follows "that"
        people = [p for p in people if p.start >= rep.end()]
        shorts = [(a, p) for a, p in shorts if a >= rep.end()]
        borrowed = []
    sub0 = rep.end() if rep is not None else c0
    occasion = _OCCASION.match(text, c0, t0) if verbish else None
    if occasion is not None:
        # "In honor of the 70th anniversary of Brown v. Board of Education,
        # President Joe Biden hosted ...": the occasion names no party
        people = [p for p in people if p.start >= occasion.end()]
        shorts = [(a, p) for a, p in shorts if a >= occasion.end()]
        sub0 = max(sub0, occasion.end())
    governed = _governed(text, c0, t0, people)
    if governed:   # "Under President Biden and Vice President Harris, ... jobs ... in Friday's meeting"
        people = [p for p in people if p.start not in governed]
    # (a possessor after the meeting word is no party: "welcomed Prime Minister Kurti's willingness")
    served = [p for p in people if p.start > t1 and _AIDE_TO.search(text, max(c0, p.start - 40), p.start)]
    people = [p for p in people if p.end <= t0 or p.start in fronted or
              (any(_object_ok(text, e, p.start, people, not verbish) for e in ends)
               and not _SPEAKER_AFTER.match(text, p.end) and not _POSSESSOR.match(text, p.end)
               and p not in served)]
    shorts = [(a, p) for a, p in shorts
              if a < t0 or a in fronted or any(_object_ok(text, e, a, people, not verbish) for e in ends)]
    for p in people:
        party = _person_party(ents, p)
        party.host = hosts and p.end <= t0
        parties.append(party)
    for p in served:   # (the advisers of "President Nauseda of Lithuania" speak for Lithuania)
        if p.country_code:
            parties.append(_Party(country_name(p.country_code), "country", code=p.country_code))
    for a, p in shorts:
        p.host = hosts and a < t0
        parties.append(p)
    if not any(p.end <= t0 for p in people) and not any(a < t0 for a, _ in shorts):
        for p in borrowed:
            parties.append(_Party(p.name, p.kind, p.title, p.code, hosts))
    person_spans = [(p.start, p.end) for p in people]
    met_body = False   # a country or organisation after the trigger ("spoke with the Bucharest Nine")
    envoys = _envoys_of(text, c0, c1)
    bodies = [x for x in ents.countries_in(c0, c1) + ents.organizations_in(c0, c1)
              if x.start >= sub0 and not any(a <= x.start < b for a, b in person_spans)]
    # the rest of a list opened by "with" ("talks with Germany, Italy and
    # Spain"), or by "of" after a meeting noun ("the trilateral meeting of
    # Cyprus, Greece and Israel")
    noun_ends = [h[1] for h in chits if h[2].role == "noun"]
    listed = _listed_after(text, bodies, t1, c1, noun_ends)
    # "the U.S.-Russia Summit", "US-China talks": the pair that names the meeting
    for h in chits:
        if h[2].role == "noun" and not (verbish and h[0] > t1 and _AROUND.search(text, max(c0, h[0] - 90), h[0])):
            parties.extend(_Party(x.name, x.kind, code=x.code) for x in _pair_before(text, c0, h[0])
                           if not any(b.code == x.code and x.code or b.name == x.name for b in bodies
                                      if b.start < h[0]))
    for coll in (bodies, envoys):
        for x in coll:
            if coll is envoys and (x.start < sub0 or any(a <= x.start < b for a, b in person_spans)):
                continue
            rx = _WITH_ENVOY if coll is envoys else _WITH
            opens = _opens_parties(text, rx, max(c0, x.start - 16), x.start, noun_ends)
            named_in = trig.role == "attend" and any(h[2].role == "noun" and t1 <= x.start and x.end <= h[1]
                                                     for h in chits)   # "to attend the G7 Summit"
            if x.end <= t0 or x.start in listed or opens or named_in:
                if text[x.end:x.end + 2] in ("'s", "’s"):
                    continue   # "Ukraine's border": a topic, not a party
                parties.append(_Party(x.name, x.kind, code=x.code, host=hosts and x.end <= t0))
                met_body = met_body or x.start >= t1

    if trig.needs_object and not any(p.start >= t1 for p in people) and not any(a >= t1 for a, _ in shorts) \
            and not (met_body and trig.role == "verb") and not _party_noun_after(text, t1, c1) \
            or trig.needs_group and sum(1 for p in parties if _before(p, people, shorts, t0)) < 2 \
            and not _OFFICIALS_BEFORE.search(text, max(c0, t0 - 60), t0):
        # the verb met no one ("when she visited Quito"), but a meeting noun of
        # the same clause still names a meeting ("a summit we had, ...")
        nouns_only = [h for h in chits if h[2].role == "noun" and h[0] < t0]
        # "hosted a secure conference call today with Allies": the noun the verb governs
        nouns_only = nouns_only or [h for h in chits if h[2].role == "noun" and h[0] >= t1
                                    and _GOVERNED_NOUN.fullmatch(text, t1, h[0])]
        if verbish and nouns_only:
            _clause_meeting(text, published, future, meetings, ents, places, paras, para_of, c0, c1, nouns_only,
                            people0, shorts0, borrowed, absent_re, cue_low)
        return
    # "joined", "attended" report a meeting only with the meeting named
    if trig.role == "attend" and not any(h[2].role == "noun" for h in chits):
        if meetings and _THE_EVENT.match(text, t1):
            # "Congresswoman Madeline Dean ... also participated in the event":
            # the event told before, by a word no meeting's own
            target = _last_told(meetings, c0)
            for p in parties:
                if _before(p, people, shorts, t0):
                    target.add(_Party(p.name, p.kind, p.title, p.code))
        return

    loc = None
    if trig.kind != "call":
        cands = [p for p in places(c0, c1)
                 if ((_ISLAND_PREP if p.kind == "island" else _PLACE_PREP).search(text, max(c0, p.start - 20), p.start)
                     or trig.kind == "visit" and trig.role != "noun" and p.start >= t1
                     and text[t1:p.start].strip() in ("", "the"))   # "visited Moscow"
                 and (p.end <= t0 or _gap_ok(text, t1, p.start))]
        cands.sort(key=lambda p: (p.start < t0, abs(p.start - t0)))
        loc = cands[0] if cands else None
        if loc is not None and loc.kind == "city":
            # "to Washington for a bilateral meeting at the White House": the landmark in the city
            loc = next((p for p in cands if p.kind == "landmark" and p.city == loc.name), loc)
        # "in Jakarta, Indonesia": the city is the place, the country confirms it
        if loc and loc.kind == "region":
            loc = None
    # "met since this month's attacks": a bound of time, not the meeting's day
    dates = [d for d in (find_dates(clause, published, future) if published else [])
             if not _NOT_WHEN.search(clause, max(0, d.start - 8), d.start) and not _NOT_WHEN_HEAD.match(d.text)
             and not (d.text[-1:].isdigit() and _NAME_AFTER_DATE.match(clause, d.end)
                      and not _EVENT_WORD_AHEAD.match(clause, d.end))]
    when = None
    if dates:
        d = min(dates, key=lambda d: abs(d.start - (t0 - c0)))
        when = DateMention(c0 + d.start, c0 + d.end, d.text, d.value, d.precision)
        if in_passing and d.precision == "month" and not any(ch.isdigit() for ch in d.text) \
                and not _VERB_ED_BEFORE.search(clause, 0, d.start):   # ("displayed in May at the G7 Summit": past)
            # an event named in passing "in November", with no tense to tell: the
            # November nearest the report ("outcomes at the COP26 Summit in Glasgow
            # in November", written in June, is the coming one)
            other = find_dates(d.text, published, not future)
            if other and abs((other[0].value - published).days) < abs((d.value - published).days):
                when = DateMention(when.start, when.end, when.text, other[0].value, other[0].precision)
    else:
        # "at the 2023 G7 Summit in Hiroshima": the year in the meeting's name
        for h0, _, _ in chits:
            ym = _YEAR_NAMED.search(text, max(c0, h0 - 40), h0)
            if ym is not None:
                when = DateMention(ym.start(1), ym.end(1), ym.group(1), date(int(ym.group(1)), 1, 1), "year")
                break

    beside = _beside_event(text, c0, c1, t0, places) if verbish else None
    if beside and loc is None:
        loc = beside[2]   # the bilateral met where the event it sat beside was held

    if loc and loc.kind == "landmark" and landmark_home(loc.name):
        home = landmark_home(loc.name)
        for p in parties:
            if p.kind == "person" and p.host is False and (p.code == home or not p.code) and \
                    parties.index(p) == 0:
                p.host = True

    nouns = [h for h in chits if h[2].role == "noun"]
    # the most specific word wins: "met ... for an AU summit" is a summit,
    # "held talks with" is talks
    # ... but a noun after "on the margins/sidelines of", "ahead of" names the
    # event around the meeting, not the meeting ("met ... on the margins of
    # the G7 Summit" is a bilateral meeting, not the summit)
    nouns = [h for h in nouns if not (verbish and h[0] > t1 and _AROUND.search(text, max(c0, h[0] - 90), h[0]))]
    # ... nor does one "between" others ("met Cho to prepare the summit between Biden and Yoon")
    nouns = [h for h in nouns if not (verbish and h[0] > t1 and _BETWEEN.match(text, h[1]))]
    # (a noun far from the first names another event: "Today's convening builds upon the June
    # 30th White House Eviction Prevention Summit" is no summit)
    named = [h[2].kind for h in nouns if h[2].kind != "meeting" and h[0] - nouns[0][1] <= 40]
    said = re.search(r"\b(talks|summit|call|conference|visit)\b", text[t0:t1], re.IGNORECASE)
    kind = named[0] if named else ({"talks": "talks", "summit": "summit", "call": "call", "conference": "conference",
                                    "visit": "visit"}[said.group(1).lower()] if said else
                                   # ("welcoming X to Washington for a bilateral meeting": the meeting)
                                   "meeting" if nouns and trig.role == "host" else trig.kind)
    title = None
    if nouns:
        n0, n1, _ = nouns[0]
        np = _TITLE_NP.search(text, max(c0, n0 - 60), n0)
        words = np.group(1).strip() if np else ""
        words = re.sub(r"^(?:(?:The|A|An|the|a|an|of|and|And|But|So|Or|I|I’m|I'm|We|We’re|We're|We’ll|"
                       r"We'll|He|She|They|It|This|That)(?:\s+|$))+", "", words)
        if words:
            title = f"{words} {text[n0:n1]}"
    if title is None and in_passing:
        of = _EVENT_NAME_AFTER.match(text, t1)
        if of is not None:   # "the Summit of the Americas"
            title = text[t0:t1] + of.group(0)
    para = para_of(t0)
    if text[t0:t1].lower() in _PLURAL_GENERIC and not (loc or when):
        return   # "G7 meetings usually center on politics": a habit, not a meeting

    # The same meeting told again ("kicked off talks in London" then "co-hosted
    # talks involving ..."): no new party after "with", no clash of place or day.
    # (the meeting told last, not an event told beside or in passing)
    prev = next((m for m in reversed(meetings) if not m.beside), None)
    if prev is not None and trig.role == "attend":
        prev = _last_told(meetings, t0)   # "X stopped by the meeting": the meeting "the meeting" is
    # (a party the meeting told already has is no new one: "Biden also spoke with Putin about ...")
    new_with = [p for p in parties if not p.host and _after(p, people, shorts, t0)
                and not (prev is not None and p.key in prev.parties)]
    if prev is not None and (trig.role == "verb" and (
            _SEPARATELY.search(text, t0, min(c1, t1 + 12)) or
            any(p.kind == "person" and p.key not in prev.parties and _before(p, people, shorts, t0) for p in parties))
            or trig.role != "attend" and _ANOTHER_OPENS.match(text, c0)):
        # "Jake Sullivan met separately with Secretary General Stoltenberg": another meeting
        new_with = new_with or [None]
    if prev is not None and new_with and None not in new_with and trig.role == "verb" and prev.kind == kind \
            and not prev.met and prev.parties and all(
                k in {p.key for p in parties if _before(p, people, shorts, t0)} for k in prev.parties):
        # "Vice President Harris today had five separate calls with European
        # leaders. The Vice President spoke individually with: A; B; and C":
        # the meeting told before met no one by name; these are whom it met
        new_with = []
    # (far apart only when both days are told and the same: a photo's caption
    # under the report, "President Biden attends a meeting with ..., Thursday, January 20")
    near = abs(prev.paragraph - para) <= 2 or bool(when and prev.when and when.value == prev.when.value
                                                   and when.precision == "day") if prev else False
    if prev and not in_passing and not another and near and (prev.kind == kind or trig.role in ("host", "attend")) \
            and not new_with and not (loc and prev.location and loc.name != prev.location.name and
                                      loc.name != prev.location.city) \
            and not (when and prev.when and when.value != prev.when.value):
        target = prev
        target.location = target.location or loc
        target.when = target.when or when
        target.title = target.title or title
        target.end = max(target.end, t1)
    else:
        target = _Meeting(t0, t1, kind, title, para, loc, when,
                          named=any(_OF_NAME.match(text, n1) for _, n1, _ in nouns), c0=c0, c1=c1,
                          recalled=in_passing, beside=in_passing)
        meetings.append(target)
    for p in parties:
        target.add(p)
    target.met.update(p.key for p in parties if p.kind == "person" and _after(p, people, shorts, t0))
    target.separate = target.separate or bool(_SEPARATE_EACH.search(text, c0, c1))
    if loc and target is not prev:
        # "met ... in Bangkok in November and in Tokyo in September": one meeting a place
        for loc2, when2 in _more_places(text, loc, c1, places(c0, c1), published, future):
            more = _Meeting(loc2.start, loc2.end, kind, title, para, loc2, when2 or when, c0=c0, c1=c1)
            for p in parties:
                more.add(_Party(p.name, p.kind, p.title, p.code, p.host))
            meetings.append(more)
    if beside and beside[4]:
        _add_event(meetings, beside, when, para, [p for p in parties if p.kind == "person"])
    ahead = _AHEAD_EVENT.search(text, t1, c1) if verbish else None
    if ahead is not None:
        _ahead_event(text, ents, places, published, para, c1, ahead, meetings)
    # "the second meeting of the White House Council on ...": the body whose
    # meeting it is took part, named in full (the lexicon of organisations
    # knows few such councils and committees)
    for n0, n1, tr in nouns:
        b = _body_of_re().match(text, n1)
        if b and tr.kind in ("meeting", "summit", "conference"):
            target.add(_Party(b.group(1).rstrip("."), "organization"))


# After a meeting's place, the next of a list of places it was held in: "in
# Bangkok in November 2022 and in Tokyo in September 2022", "at the White
# House and in Orlando, Florida; Philadelphia, Pennsylvania; and Richmond".
_STATE_TAIL = r"(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)"   # ", Florida", ", D.C."
_WHEN_TAIL = r"\s+(?:in|on)\s+[^,;.]{1,30}?"             # " in September 2022"
_NEXT_PLACE = re.compile(rf"(?:{_STATE_TAIL}(?=[\s,;]))?(?:{_WHEN_TAIL})?"
                         r"(?:,?\s+and\s+|;\s*(?:and\s+)?)(?:then\s+)?(?:(?:in|at)\s+)?(?:the\s+)?(?=[A-Z])")
_WHEN_AFTER = re.compile(rf"{_STATE_TAIL}?{_WHEN_TAIL}(?=,|;|\.|\s+and\b|$)")


def _more_places(text: str, loc: Place, c1: int, places: list[Place], published: date | None,
                 future: bool) -> list[tuple[Place, DateMention | None]]:
    at = {p.start: p for p in places if p.kind != "region"}
    out = []
    cur = loc
    while True:
        m = _NEXT_PLACE.match(text, cur.end, c1)
        nxt = at.get(m.end()) if m else None
        if nxt is None or nxt.name == cur.name:
            return out
        w = _when_after(text, nxt.end, c1, published, future)
        out.append((nxt, w))
        cur = nxt


def _when_after(text: str, a: int, c1: int, published: date | None, future: bool) -> DateMention | None:
    m = _WHEN_AFTER.match(text[a:c1])
    if not m or not published:
        return None
    ds = find_dates(m.group(0), published, future)
    return DateMention(a + ds[0].start, a + ds[0].end, ds[0].text, ds[0].value, ds[0].precision) if ds else None


@lru_cache(maxsize=1)
def _body_of_re() -> re.Pattern[str]:
    heads = "|".join(re.escape(h) for h in sorted(read_list("meeting_body_heads.txt"), key=len, reverse=True))
    cap = r"[A-Z][\w'’.-]*"
    return re.compile(rf"\s+of\s+(?:the\s+)?((?:{cap}\s+){{0,6}}(?:{heads})(?:\s+(?:on|for|of|and)\s+(?:the\s+)?"
                      rf"{cap}(?:\s+(?:and\s+)?{cap}){{0,4}})?)")


@lru_cache(maxsize=1)
def _keywords() -> frozenset[str]:
    return frozenset(read_list("meeting_keywords.txt"))


@lru_cache(maxsize=1)
def _keyword_re() -> re.Pattern[str]:
    """Any meeting keyword as a word of lower-cased text: one search, faster
    than splitting every paragraph into words to test each."""
    return re.compile(r"(?<![a-z])(?:" + "|".join(sorted(map(re.escape, _keywords()), key=len, reverse=True))
                      + r")(?![a-z])")


@lru_cache(maxsize=1)
def _trigger_starts() -> tuple[frozenset[str], bool]:
    """Words any trigger may start with, and whether some trigger's first word
    cannot be read off its pattern (then every position must be tried)."""
    firsts = [_first_words(t.pattern) for t in _lexicon()[0]]
    return frozenset(w for f in firsts if f for w in f), any(f is None for f in firsts)


@lru_cache(maxsize=1)
def _trigger_start_re() -> re.Pattern[str]:
    """The words a trigger may start with, as one expression: scanned in C,
    not word by word in Python."""
    # No look-behind at the front: an expression that opens on an alternation
    # of words is scanned by its first letters in C; the letter before a hit
    # is tested by the caller. The words are grouped by their first letter
    # (the engine then tries one group, not every word, at each position):
    # all are lower-case letters followed by no letter, so at most one of
    # them matches at a position and the grouping finds the same hits.
    return re.compile(_grouped_words(_trigger_starts()[0]) + r"(?![a-z])")


def _grouped_words(words) -> str:
    """``(?:w1|w2|...)`` (longest first) with the words grouped by first letter."""
    groups: dict[str, list[str]] = {}
    for w in sorted(words, key=len, reverse=True):
        groups.setdefault(w[0], []).append(w[1:])
    return "(?:" + "|".join(re.escape(c) + "(?:" + "|".join(re.escape(r) for r in rest) + ")"
                            for c, rest in groups.items()) + ")"


@lru_cache(maxsize=1)
def _gap_words() -> frozenset[str]:
    return frozenset(read_list("meeting_place_gap_words.txt"))


def _beside_event(text: str, c0: int, c1: int, t0: int, places) -> tuple[int, int, Place | None, str, str | None] | None:
    """(start, end, place, title, kind) of the event a meeting sat beside
    ("on the sidelines of the G20 summit in New Delhi"), read from the clause
    after the meeting's verb, or None; kind None when the event is no meeting
    of its own ("the Olympics")."""
    m = _SIDELINES_OF.search(text, t0, c1)   # (from the trigger: "engaged on the sidelines of" holds the "on")
    if m is None:
        return None
    e0, e1 = m.span("event")
    event = text[e0:e1]
    while event.split() and event.split()[-1] in ("of", "on", "for", "and"):
        event = event.rsplit(None, 1)[0]
    e1 = e0 + len(event)
    low = event.lower()
    kind = next((k for k in ("summit", "conference", "talks") if k in low.split()), "meeting")
    here = [p for p in places(e1, c1) if _PLACE_PREP.search(text, max(e1, p.start - 20), p.start)
            and _gap_ok(text, e1, p.start) and p.kind != "region"]
    # "the G20", "the UN General Assembly" name a meeting; "the Olympics" only a place to meet
    leaders = kind != "meeting" or re.search(r"\b(?:G\d+|[A-Z]{3,}|Summit|Forum|Assembly|Meeting|Conference|Week)\b", event)
    return e0, e1, (here[0] if here else None), event, kind if leaders else None


def _ahead_event(text: str, ents: Entities, places, published: date | None, para: int, c1: int,
                 m: re.Match[str], meetings: list[_Meeting]) -> None:
    """The named event a meeting prepared for (``_AHEAD_EVENT``): a meeting
    told in passing, with its own place and day (if the text gives them) and
    the bodies its name holds ("G20"), not the people who prepared for it."""
    e0, e1 = m.span("event")
    title = text[e0:e1]
    if any((x.title or "").lower() == title.lower() for x in meetings):
        return
    here = [p for p in places(e1, c1) if _PLACE_PREP.search(text, max(e1, p.start - 20), p.start)
            and text[e1:p.start].strip() in ("in", "at") and p.kind != "region"]
    dates = find_dates(text[e1:min(c1, e1 + 40)], published, True) if published else []
    when = DateMention(e1 + dates[0].start, e1 + dates[0].end, dates[0].text, dates[0].value, dates[0].precision) \
        if dates and dates[0].start < 25 else None
    kind = next(k for k in ("summit", "conference", "meeting") if k in title.lower().split() + ["meeting"])
    target = _Meeting(e0, e1, kind, title, para, here[0] if here else None, when, named=True, c0=e0, c1=e1,
                      recalled=True, beside=True)
    for o in ents.organizations_in(e0, e1):
        target.add(_Party(o.name, "organization"))
    meetings.append(target)


def _add_event(meetings: list[_Meeting], beside, when, para: int, present: list[_Party]) -> None:
    """The event a meeting sat beside is a meeting of its own; told already
    (same title), it is not added again. The people who met on its sidelines
    were at it (``present``); who else its parties were, the text says or not."""
    e0, e1, loc, title, kind = beside
    key = title.lower()
    target = next((m for m in meetings if (m.title or "").lower() == key), None)
    if target is None:
        target = _Meeting(e0, e1, kind, title, para, loc, when, named=True, c0=e0, c1=e1, beside=True)
        meetings.append(target)
    else:
        target.location = target.location or loc
    for p in present:
        target.add(_Party(p.name, p.kind, p.title, p.code))


# Attendance cues that are only a noun: a list follows them only with one of these
_LIST_NOUNS = frozenset({"participants", "participant", "participating", "attendees", "speakers"})
_LIST_START = re.compile(r"\binclud|:")
_LIST_VERB = re.compile(r"\b(?:were|are|was|is)\b|\bheard\s+from\b|\bjoined\s+by\b")
_URL = re.compile(r"\bhttps?://[^\s)\]>\"']+")
# page furniture around a photo: an image tag (its alt text repeats the caption
# under it) and the credit ("(Official White House Photo by Adam Schultz)",
# "Photo credit: Nestlé S.A."): a photographer is no party to the meeting shown
_PHOTO = re.compile(r"<img\b[^>]*>|\((?=[^()\n]{0,40}\b(?:Photo|Photograph|Image)\b)[^()\n]{0,120}\)"
                    r"|\b(?:Photo|Photograph|Image)(?:[ \t]+credit)?(?:[ \t]*:|[ \t]+by\b)[^()<>\n.]{0,80}")
# A clause that reports another: "Al Jazeera reported that ...", "He said on Monday that ..."
_REPORTED_THAT = re.compile(r"\b(?:said|says|reported|reports|announced|announces|told\s+[\w-]+(?:\s+[\w-]+)?|claimed|"
                            r"claims|noted|notes|added|wrote|writes|confirmed)\s+(?:(?:on|late|early)\s+\w+\s+)?that\b")
# Between a verb and the meeting noun it governs: "hosted a secure conference call".
_GOVERNED_NOUN = re.compile(r"\s+(?:a|an|the|their|his|her|its|our)\s+(?:[a-z][\w-]*\s+){0,3}")
# A preposition that makes the names after it no subject of the clause.
# "commitments by A and B at the": the people whose acts at an event are told
_BY_AT = re.compile(r"\bby\s+((?:[A-Z][\w'’.-]*\s+|and\s+|,\s+)+)at\s+the\s+$")
# Whom the people met serve: "Kestutis Budrys, Chief National Security
# Advisor, to President Gitanas Nauseda of Lithuania" did not bring him
# an invitation to a visit, up to the visit's verb: "invitation for Prime Minister Sudani to",
# "an invitation on behalf of President Biden for President-elect Lula to"
_INVITED_TO = re.compile(r"\binvitations?\b(?:\s+on\s+behalf\s+of\s+[^,;.]{2,60}?)?\s+(?:for|to)\s+[^,;.]{2,80}?\s+to\s+$")
_INVITER_BEFORE = re.compile(r"(?:[A-Z][\w.’'-]*\s+){1,5}?[A-Z][\w.’'-]*[’']s\s+(?:[a-z]+\s+)?$")
_AIDE_TO = re.compile(r"\b(?:Advis[eo]rs?|Assistants?|Aides?|Counsel(?:or)?s?|Envoys?|Chiefs?\s+of\s+Staff)\s*,\s+to\s+(?:the\s+)?"
                      r"(?:[A-Z][\w'’.-]*\s+){0,4}$", re.IGNORECASE)
def _passive_hosts(text: str, ents: Entities, meetings: list[_Meeting], hits: list, s0: int, s1: int,
                   published: date | None) -> list:
    """"The half-day forum was hosted by the Office of Intergovernmental Affairs
    and the Office of Public Engagement and featured ...": the bodies and
    people after "hosted by" host the meeting told before; the hit is spent."""
    out = []
    for h in hits:
        by = _HOSTED_BY.match(text, h[1]) if h[2].role == "host" else None
        if by is None or not _PASSIVE_AUX.search(text, max(s0, h[0] - 12), h[0]):
            out.append(h)
            continue
        stop = _AND_VERB.search(text, by.end(), s1)
        end = stop.start() if stop else s1
        target = _last_told(meetings, s0)
        if target.when and published and abs((target.when.value - published).days) > _LIST_REACH_DAYS:
            out.append(h)   # (not a meeting recalled from months before: the hit tells its own)
            continue
        for p in ents.people_in(by.end(), end):
            target.add(_Party(p.name, "person", p.title, p.country_code, True))
        for x in ents.organizations_in(by.end(), end) + ents.countries_in(by.end(), end):
            target.add(_Party(x.name, x.kind, code=x.code, host=True))
    return out


_HOSTED_BY = re.compile(r"\s+by\s+")
_PASSIVE_AUX = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:co-)?$", re.IGNORECASE)
# "... and featured": the agents of "hosted by" end at the next verb
_AND_VERB = re.compile(r",?\s+and\s+(?=[a-z]+(?:ed|s)\b)|[,;]\s+(?=[a-z]+ed\b)")
# A day that is part of a name: "the Civil Commission on October 7 Crimes", "the January 6 Committee"
_NAME_AFTER_DATE = re.compile(r"[ \t]+(?!(?:And|Or|At|In|On|To|The|With|President|Vice|Prime|Secretary)\b)[A-Z][a-z]+")
# ... unless the name is a meeting's: "the November 13, 2022 Phnom Penh Summit",
# "the May 2024 Kenya State Visit", "their December 9 National Security Advisors trilateral meeting"
_EVENT_WORD_AHEAD = re.compile(r"(?:[ \t]+[\w’'-]+){1,6}?[ \t]+(?:[Ss]ummits?|[Mm]eetings?|[Vv]isits?|[Tt]alks|[Cc]onference|"
                               r"[Cc]alls?|[Ss]ession|[Dd]ialogue|[Ff]orum|[Mm]inisterial)\b")
# "to attend the G7 Summit and meet with ...": a second verb of meeting after an attended event
_AND_MEET = re.compile(r",?\s+and\s+(?:to\s+|also\s+)?(?=(?:meet|met|hold|held|spoke|speak)\b)")
# A meeting told before, named by a word of any gathering
_THE_EVENT = re.compile(r"\s+(?:the|this|that)\s+(?:event|forum|session|convening|gathering|program|ceremony)\b", re.IGNORECASE)
# A meeting noun owned by someone ("Argentina's engagement with", "Iran's talks with")
_OWNED_NOUN = re.compile(r"(?<!\b[Tt]oday)(?<!day)(?<!week)(?<!month)(?<!year)[’']s\s+(?:[a-z]+\s+)?$")
# An opening phrase of the occasion of a meeting, before its subject
_OCCASION = re.compile(r"\s*(?:In\s+(?:honou?r|memory|recognition|celebration|observance)\s+of|To\s+(?:mark|commemorate|celebrate|honou?r)"
                       r"|On\s+the\s+(?:\w+\s+)?anniversary\s+of)\b[^,;:]{0,150},\s")
_NOT_SUBJECT = re.compile(r"\b(?:[Uu]nder|[Aa]ccording\s+to|[Ll]ike|[Uu]nlike|[Dd]espite|[Aa]gainst)\s+(?:the\s+)?$")
_LIST_SEP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)$")


def _governed(text: str, c0: int, t0: int, people: list[Person]) -> set[int]:
    """Starts of the people before the meeting word that a preposition
    governs, with the rest of their list: "Under President Biden and Vice
    President Harris, more than 1.5 million jobs ..." names no party."""
    out: set[int] = set()
    prev_end = -1
    for p in sorted(people, key=lambda p: p.start):
        if p.end > t0:
            break
        if _NOT_SUBJECT.search(text, max(c0, p.start - 20), p.start) or \
                prev_end >= 0 and _LIST_SEP.fullmatch(text, prev_end, p.start):
            out.add(p.start)
            prev_end = p.end
        else:
            prev_end = -1
    return out


@lru_cache(maxsize=1)
def _with_group_re() -> re.Pattern[str]:
    """"with Arab American community leaders": a group met, of up to four
    words before a party noun (``meeting_party_nouns.txt``)."""
    nouns = "|".join(sorted(_party_nouns(), key=len, reverse=True))
    return re.compile(rf"\bwith\s+(?:[\w’'-]+\s+){{0,4}}?(?:{nouns})\b")


def _gap_ok(text: str, a: int, b: int) -> bool:
    """Only glue words, names and dates between the meeting word and its place."""
    gap = re.sub(r",[^,]{0,60},", " ", text[a:b])   # an apposition: "Khalilzad, a US peace envoy,"
    g = _group_of_re().match(gap)
    if g is not None:   # "met the foreign ministers of Germany and France in Berlin"
        gap = gap[g.end():]
    words, met = _gap_words(), _party_nouns()   # "convened state legislators in Indianapolis"
    if "with" in gap:   # "a listening session with Arab American community leaders at the White House"
        gap = _with_group_re().sub(" ", gap)
    return all(w in words or w in met or w[:1].isupper() or w[:1].isdigit() for w in re.findall(r"[\w'’-]+", gap))


def _object_ok(text: str, a: int, b: int, people: list[Person], between: bool = False) -> bool:
    """A person after the meeting word is a party when little stands between:
    the word itself, glue, a date, or other parties of the same list.
    ``between``: the meeting word is the clause's only report of a meeting
    ("the phone call between Biden and Xi"); beside a verb of meeting it names
    another one ("met Cho to follow up the summit between Biden and Yoon")."""
    if b < a:
        return False
    gap = text[a:b]
    if not between and re.search(r"\bbetween\b", gap):
        return False
    for p in people:   # earlier names of the same list ("with A, B and C")
        if a <= p.start and p.end <= b:
            gap = gap.replace(text[p.start:p.end], "", 1)
    # a group met, then who in it: "met with senior members of President
    # Milei's administration, including Chief of Cabinet Nicolas Posse, ..."
    if _INCLUDING_GAP.match(gap) and not _NOT_GROUP.search(gap):
        return True
    gap = _DAY_IN_GAP.sub("", gap)   # "met virtually on November 15 with", "met on Friday, December 15, 2023 with"
    gap = re.sub(r",[^,]{0,60},", ",", gap)
    gap = re.sub(r"\b(?:on |late on |early on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", "", gap)
    if _OBJECT_GAP.match(gap):
        return True
    # who the person is, in lower case, right after "with": "met today with
    # actress and activist Nazanin Boniadi", "with incoming Israeli National
    # Security Advisor Dr. Eyal Hulata"
    d = _DESCRIBED.search(gap)
    if d is None and text.endswith("with", max(0, a - 4), a):   # the meeting word ends on "with"
        d = _DESCRIBED_AFTER_WITH.match(gap)
    return bool(d) and not _not_descriptors().intersection(d.group(1).split()) and bool(_OBJECT_GAP.match(gap[:d.start(1)]))


_DAY_IN_GAP = re.compile(r"\b(?:on\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
                         r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
                         r"\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+(?:19|20)\d\d)?,?")
_INCLUDING_GAP = re.compile(r"^\s*with\s+[^.;:!?\"“”()]{1,100}?,?\s+including\s+[\s,]*(?:and\s+)?$")
_NOT_GROUP = re.compile(r"\b(?:to|about|on|regarding|discuss\w*|issues|topics|efforts|areas)\b")
_DESCRIBED = re.compile(r"\bwith\s+((?:[a-z][\w'’-]*,?\s+){1,4})$")
_DESCRIBED_AFTER_WITH = re.compile(r"\s*((?:[a-z][\w'’-]*,?\s+){1,4})$")


@lru_cache(maxsize=1)
def _not_descriptors() -> frozenset[str]:
    """Lower-case words that never describe the person after "with" (pronouns,
    prepositions, verbs of speech): "spoke with him about John Smith"."""
    return frozenset(read_list("meeting_not_descriptors.txt"))


def _after(p: _Party, people: list[Person], shorts, t0: int) -> bool:
    for x in people:
        if _same_person(x, p) and x.start >= t0:
            return True
    for a, x in shorts:
        if x.key == p.key and a >= t0:
            return True
    return False


# A meeting noun in a phrase fronted before the main clause ("In a phone call
# in late July, Trump urged Zelensky ...", "During the call, Biden told
# Macron ..."): the subject of the main clause and the first person after it
# were the parties.
_FRONT_PREP = re.compile(r"\b(?:in|during|on|over)\s+(?:a|an|the|their|his|her|its)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_FRONT_END = re.compile(r"[^,.;:\"“”]{0,50}?,\s+")
_LIST_GLUE = re.compile(r"^(?:\s*,?\s*(?:and\s+)?)$")
# What may stand between a fronted meeting phrase and its subject's names:
# list glue, capitalised words and a title in lower case ("At the opening of
# the AU summit, AU chairperson President Abdel Fattah el-Sisi of Egypt said").
_SUBJECT_GAP = re.compile(r"^[\s,]*(?:(?:and|the|of|[A-Z][\w'’.-]*|chair(?:person|man|woman)?|leader|head|host|"
                          r"(?:vice |prime |foreign |deputy )?(?:president|minister|chancellor|secretary|envoy|"
                          # (the semicolons and colon of a list of names: see ``_in_name_list``)
    r"ambassador|king|queen|prince|premier|governor|mayor|senator))[\s,;:]+)*$")
_NO_PARTY_BETWEEN = re.compile(r"[,;:\"“”()]|\b(?:said|says|told|to|that|and|about|after|before|because|which|who)\b")


def _fronted(text: str, c0: int, c1: int, t0: int, t1: int, people: list[Person], shorts) -> set[int]:
    """Start offsets of the people a fronted meeting phrase makes parties."""
    if not _FRONT_PREP.search(text, max(c0, t0 - 40), t0):
        return set()
    m = _FRONT_END.match(text, t1, c1)
    if not m:
        return set()
    names = sorted([(p.start, p.end) for p in people if p.start >= m.end()] +
                   [(a, a + len(p.name.split()[-1])) for a, p in shorts if a >= m.end()])
    out: set[int] = set()
    pos = m.end()
    subject = True
    for a, b in names:
        gap = text[pos:a]
        if subject and _LIST_GLUE.match(gap):   # "Biden and Macron": the subject, one or more
            out.add(a)
            pos = b
            continue
        if not out:
            break
        subject = False
        if not _NO_PARTY_BETWEEN.search(gap):   # the first person the subject acted on
            out.add(a)
        break
    return out


def _before(p: _Party, people: list[Person], shorts, t0: int) -> bool:
    """Whether the party is named before the meeting word (its subject)."""
    if p.kind != "person":
        return True   # countries and bodies are kept only as subject or after "with"
    return any(_same_person(x, p) and x.end <= t0 for x in people) or \
        any(x.key == p.key and a < t0 for a, x in shorts)


def _same_person(x: Person, p: _Party) -> bool:
    """Whether mention ``x`` is party ``p`` (by surname, or a single name the
    party's full name holds: "Lula" of "Luiz Inácio Lula da Silva")."""
    s = surname(x.name).lower()
    return s == p.key[1] or (" " not in x.name and s in p.name.lower().split())


_OF_NAME = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")


def _opening_date(paras: list[Segment], published: date | None) -> DateMention | None:
    """The day a report opens on, when its first paragraph of prose dates what
    it reports ("Between September 5-7, 2023, the Advisor led a delegation to
    Panama and Colombia"): within a month before publication. A dateline (a
    paragraph that is only a date) does not count."""
    if not published:
        return None
    for para in paras[:3]:
        ds = find_dates(para.text, published, False)
        if ds and len(para.text.split()) > 8:
            d = ds[0]
            if d.precision == "day" and timedelta(0) <= published - d.value <= timedelta(days=31):
                return DateMention(para.start + d.start, para.start + d.end, d.text, d.value, d.precision)
            return None
        if len(para.text.split()) > 8:
            return None   # the first paragraph of prose holds no date
    return None


def _each_separate(m: _Meeting):
    """(meeting, key, parties) for each meeting ``m`` stands for: itself, or,
    told as separate calls with several people ("had five separate calls
    with ... spoke individually with: A; B; and C"), one per person met, each
    with the people who held them and that person's country."""
    parties = list(m.parties.values())
    met = [p for p in parties if p.key in m.met]
    if not (m.separate and len(met) >= 2):
        yield m, f"m-{m.start}", parties
        return
    codes = {p.code for p in met if p.code}
    rest = [p for p in parties if p.key not in m.met and not (p.kind == "country" and p.code in codes)]
    for i, p in enumerate(met):
        own = [c for c in parties if c.kind == "country" and p.code and c.code == p.code]
        yield m, f"m-{m.start}" + (f"-{i}" if i else ""), rest + [p] + own


# a meeting held apart from the trip's place: online, or at a place the
# gazetteer does not know ("In Ramallah, Mr. Sullivan met with ...")
_APART = re.compile(r"\b(?:virtual|virtually|video|by (?:tele)?phone|online)\b|\b[Ii]n\s+(?!the\b|a\b|an\b)([A-Z][\w’'-]+)")


def _elsewhere(paras: list[Segment], m: _Meeting) -> bool:
    para = next((p for p in paras if p.start <= m.start < p.end), None)
    if para is None:
        return False
    clause = para.text[max(0, m.c0 - para.start):max(0, m.c1 - para.start)]
    return any(not x.group(1) or x.group(1) not in MONTHS_AND_DAYS for x in _APART.finditer(clause))


def _finish(meetings: list[_Meeting], published: date | None, paras: list[Segment]) -> list[Meeting]:
    out = []
    # an undated meeting in a report happened on the day reported: the first
    # dated meeting's, else (read only when some meeting has no date) the day the report opens on
    lead = next((m.when for m in meetings if m.when and m.when.precision == "day"), None)
    if lead is None and any(m.when is None for m in meetings):
        lead = _opening_date(paras, published)
    def day_of(m: _Meeting) -> date | None:   # the day a meeting is dated below, when it is one
        w = m.when or (lead if m.kind != "call" and not m.recalled else None)
        return w.value if w and w.precision == "day" else None

    for i, m in enumerate(meetings):
        if m.location is None and m.kind not in ("call", "visit") and not m.beside and day_of(m):
            # "Sullivan traveled to Brasilia on Monday, December 5 for meetings ...
            # Mr. Sullivan met with Admiral Rocha": the same day's meetings of the
            # traveller were held where he was
            keys = {k for k, p in m.parties.items() if p.kind == "person"}
            there = next((o for o in meetings[:i] if o.location and o.kind != "call" and not o.beside
                          and day_of(o) == day_of(m)
                          and keys & {k for k, p in o.parties.items() if p.kind == "person"}), None)
            if there is not None and there.location.kind in ("city", "landmark") and not _elsewhere(paras, m):
                m.location = there.location
    for m, key, parties in (x for m in meetings for x in _each_separate(m)):
        parties = _one_per_person(parties)
        # a body named in part and in full ("President's Council of Advisors" and
        # "... of Advisors on Science and Technology") is one party
        bodies = [p.name for p in parties if p.kind == "organization"]
        parties = [p for p in parties if not (p.kind == "organization" and any(
            b != p.name and b.startswith(p.name + " ") for b in bodies))]
        # An official meeting a foreign counterpart stands for a country
        # (eval/GUIDE.md: the country a participating official represents is
        # a party): "met with Prime Minister Draghi of Italy" has Italy in
        # it. Only when the people come from different countries: a
        # president meeting his own prime minister represents no one.
        codes = {p.code for p in parties if p.kind == "person"}
        if any(p.kind == "person" and p.code for p in parties):   # "Hammond ... his Iraqi counterpart"
            codes |= {p.code for p in parties if p.kind == "country"}
        if len(parties) >= 2 and codes - {None} and len(codes) >= 2:
            have = {p.code for p in parties if p.kind == "country"}
            for p in list(parties):
                if p.kind == "person" and p.code and p.code not in have:
                    have.add(p.code)
                    parties.append(_Party(country_name(p.code), "country", code=p.code))
        if not (m.location or m.when or len(parties) >= 2):
            continue
        # A contact needs someone in it: with no party and no place, "talks",
        # "negotiations" or "Parliament would meet" are a topic or a sitting,
        # unless the meeting is named by its body ("the meeting of the ... Assembly").
        if not parties and not m.location and not m.named:
            continue
        if not parties and m.kind == "visit":
            continue   # "took my children to visit Dachau in Germany": a place seen, not a party met
        # ... unless an office holder took part at a named place: a leader's
        # meeting with the Pope at the Vatican in 2011, recalled in a
        # statement, is the record of an office
        if m.when and published and m.when.value.year < published.year - _BACKGROUND_YEARS \
                and not (m.location and any(p.title for p in parties if p.kind == "person")):
            continue
        when = m.when
        if when is None and lead is not None and m.kind != "call" and parties and not m.recalled:
            when = lead   # an undated meeting in a report happened on the day reported
        title = m.title or _default_title(m, parties)
        out.append(Meeting(
            key=key, title=title, kind=m.kind,
            location=m.location.location if m.location else None,
            country_code=m.location.country_code if m.location else None,
            start_date=when.value if when else None, date_precision=when.precision if when else None,
            char_start=m.start, char_end=m.end,
            attendees=[Attendee(name=p.name, kind=p.kind, title=p.title, country_code=p.code, is_host=p.host)
                       for p in parties],
        ))
    return out


# An official told by the country's adjective and no name ("his Iraqi
# counterpart", "a Chinese delegation", "Saudi officials") stands for that
# country (eval/GUIDE.md: the country an official represents is a party). With
# a name after it ("Iraqi foreign minister Ibrahim al-Jaafari") the person is told.
_ENVOY = re.compile(r"\b([A-Z][\w'’-]+)\s+(?:counterparts?|delegations?|officials|ministers?|foreign minister|"
                    r"prime minister|president|envoys?|ambassadors?|negotiators|diplomats)\b(?!\s+[A-Z])")


_PAIR_BEFORE = re.compile(r"(?<![\w.-])([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)[-–]([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)"
                          r"\s+(?:[A-Z][\w-]*\s+|[a-z]+\s+){0,2}$")


def _pair_before(text: str, c0: int, n0: int) -> list[Mention]:
    """The two countries or bodies a hyphenated pair before a meeting noun
    names ("the U.S.-Russia Summit", "US-China trade talks"), when both are."""
    m = _PAIR_BEFORE.search(text, max(c0, n0 - 60), n0)
    if m is None:
        return []
    out = []
    for g in (1, 2):
        name = m.group(g).rstrip(".") if m.group(g).count(".") == 1 else m.group(g)
        code = country_code(m.group(g)) or country_code(name)
        if code:
            out.append(Mention(country_name(code), "country", code, m.start(g), m.end(g)))
        elif m.group(g) in _orgs_table():
            out.append(Mention(_orgs_table()[m.group(g)], "organization", None, m.start(g), m.end(g)))
        else:
            return []
    return out


# Between two items of a list of countries or bodies: ", ", " and ", ", and ".
_BODY_GLUE = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")
_BODY_LIST_OPEN = re.compile(r"\s+of\s+(?:the\s+)?")


def _opens_parties(text: str, rx: re.Pattern[str], a: int, b: int, noun_ends: list[int]) -> bool:
    """Whether "with" or "between" (``rx``) right before ``b`` opens the
    meeting's parties: "between" only after a meeting noun ("talks between";
    "the partnership between Norway and the United States" is a topic)."""
    w = rx.search(text, a, b)
    if w is None:
        return False
    noun_before = any(e <= w.start() <= e + 1 for e in noun_ends)
    if not noun_before and _OWNED_BEFORE.search(text, max(0, w.start() - 40), w.start()):
        return False   # "Argentina's engagement with the IMF": a thing of another's, not a meeting
    return w.group(0)[:1] not in "Bb" or noun_before


_OWNED_BEFORE = re.compile(r"[’']s\s+(?:[a-z]+\s+){1,2}$")


# Earlier items of a list of names: "of the Quint and the European Union"
_NAMES_BEFORE = re.compile(r"(?:(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*(?:\s*,\s*(?:and\s+)?|\s+and\s+))*(?:the\s+)?")


@lru_cache(maxsize=1)
def _group_of_re() -> re.Pattern[str]:
    """The people met, told as a group of the countries or bodies after "of":
    "met the foreign ministers of", "convened the Quint national security
    advisors of", "a meeting with the leaders of" (a few words of office
    before a party noun of ``meeting_party_nouns.txt``)."""
    nouns = "|".join(sorted((w for w in _party_nouns() if w.endswith("s")), key=len, reverse=True))
    return re.compile(r"\s+(?:(?:today|virtually|also|separately)\s+)?(?:with\s+)?(?:(?:the|their|his|her)\s+)?"
                      rf"(?:[\w’'-]+\s+){{0,3}}(?:{nouns})(?:\s+and\s+(?:[\w’'-]+\s+){{0,3}}(?:{nouns}))?"
                      r"\s+of\s+(?:the\s+)?", re.IGNORECASE)


def _listed_after(text: str, bodies: list[Mention], t1: int, c1: int, noun_ends: list[int]) -> set[int]:
    """Starts of the countries and bodies that a list after the meeting word
    names: the items after the first of a list opened by "with" or "between"
    (the first is taken by ``_WITH``), and every item of a list after "of" that
    follows a meeting noun or a group met ("met the foreign ministers of
    Germany and France"). A list is one only when "and" joins its last item:
    "talks with Iran, the United States said" names one party."""
    out: set[int] = set()
    after = sorted((x for x in bodies if x.start >= t1), key=lambda x: x.start)
    group = _group_of_re().match(text, t1, c1) if after else None
    for i, x in enumerate(after):
        opened = _opens_parties(text, _WITH, max(0, x.start - 16), x.start, noun_ends)
        of_noun = any(_BODY_LIST_OPEN.fullmatch(text, e, x.start) for e in noun_ends) or (
            group is not None and group.end() <= x.start and _NAMES_BEFORE.fullmatch(text, group.end(), x.start) is not None)
        if not (opened or of_noun):
            continue
        chain, links = [x], []
        for y in after[i + 1:]:
            g = _BODY_GLUE.fullmatch(text, chain[-1].end, y.start)
            if g is None:
                break
            chain.append(y)
            links.append("and" in g.group(0))
        while links and not links[-1]:   # a trailing item joined by a comma only is no item
            chain.pop()
            links.pop()
        if of_noun and not _SPEAKER_AFTER.match(text, chain[-1].end, c1):
            out.add(x.start)
        for y in chain[1:]:
            if not _SPEAKER_AFTER.match(text, y.end, c1):
                out.add(y.start)
    return out


def _envoys_of(text: str, c0: int, c1: int) -> list[Mention]:
    out = []
    for m in _ENVOY.finditer(text, c0, c1):
        code = _demonyms().get(m.group(1))
        if code:
            out.append(Mention(country_name(code), "country", code, m.start(), m.end(1)))
    return out


def _one_per_person(parties: list[_Party]) -> list[_Party]:
    """A name told family name first ("Prime Minister Kishida Fumio", "Xi
    Jinping") and its short form ("Kishida", "Xi") are one person: the short
    form is the first word of the full name, not its last."""
    full = {p.name.split()[0]: p for p in parties if p.kind == "person" and len(p.name.split()) > 1}
    out = []
    for p in parties:
        into = full.get(p.name) if p.kind == "person" and " " not in p.name else None
        if into is None or into is p:
            out.append(p)
            continue
        into.title = into.title or p.title
        into.code = into.code or p.code
        into.host = into.host or p.host
    return out


def _default_title(m: _Meeting, parties: list[_Party]) -> str:
    # (a surname of two or three letters is likely a given name told last: "Kim Jong-un")
    people = [surname(p.name) if len(surname(p.name)) > 3 else p.name for p in parties if p.kind == "person"][:2]
    if len(people) == 2:
        return f"{people[0]}-{people[1]} {m.kind}"
    if m.location:
        return f"{m.kind} in {m.location.name}"
    return m.kind
