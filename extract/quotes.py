"""Quotes and their speakers.

A quote is a span the article presents as someone's exact words, inside
quotation marks (eval/GUIDE.md). The rules, in order:

1. marks: every quotation mark gets a role (opens, closes, either) from the
   characters around it; apostrophes ("don't", "Iraq’s", "the '90s") get none;
2. pairing: marks pair per paragraph; a stray mark is skipped rather than
   giving up on the article; a quote left open at the end of a paragraph goes
   on when the next paragraph opens with a mark (the news convention for long
   quotes);
3. not speech: names, titles of works, coined and scare terms are dropped;
4. joining: "A," he said, "B." is one quote; a pull quote repeated in the body
   counts once;
5. speaker: from the attribution after the quote, else before it in the
   sentence, else the previous sentence; pronouns, surnames and
   "the commissioner" resolve through ``extract.speakers.Cast``.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import islice
from dataclasses import dataclass, field

from extract.speakers import (
    AGENCIES,
    AGENCY_KEYS,
    PRONOUNS,
    NONPERSON,
    RUN,
    STOP_CAPS,
    TITLE_HEADS,
    TITLE_MODS,
    Cast,
    _is_title_token,
    _trie,
    fold,
    fold_text,
    load_lexicon,
    split_title,
)
from extract.text import _ABBREV, _END, _LETTER, paragraphs  # noqa: F401 (_END: the cut mirrored below)
from schemas.records import Quote

_VERBS = tuple(v for v in load_lexicon("quote_speech_verbs.txt") if v != "according")
_CONTINUATION = frozenset(load_lexicon("quote_continuation_verbs.txt"))
_NAMING = load_lexicon("quote_naming_cues.txt")
_ADVERBS = load_lexicon("quote_adverbs.txt")
_NOUNS = load_lexicon("quote_speech_nouns.txt")
_COLLECTIVE = frozenset(load_lexicon("quote_collective_nouns.txt"))
_ORG_HEADS = frozenset(load_lexicon("quote_org_heads.txt"))
_DOC_NOUNS = load_lexicon("quote_document_nouns.txt")
_ISSUED_NOUNS = load_lexicon("quote_issued_nouns.txt")
_VERB_WORDS = frozenset(_VERBS)
_OWNED = load_lexicon("quote_owned_nouns.txt")
_GENERIC_MODS = frozenset(load_lexicon("quote_title_generic.txt"))



_VERB = re.compile(r"(?<![\w’'-])" + _trie(_VERBS) + r"(?![\w’'-])", re.IGNORECASE)
_ADV_TAIL = re.compile(r"(?:[ \t\u00a0,]+(?:" + "|".join(map(re.escape, _ADVERBS)) + r"))+[ \t\u00a0,]*$",
                       re.IGNORECASE)
# _ADV_TAIL searched over a whole clause tries every adverb at every space; it
# can only match where the clause ends in one, which this tells from the end
_ADV_LAST = re.compile(r"(?:" + "|".join(map(re.escape, _ADVERBS)) + r")\Z", re.IGNORECASE)
_ADV_LONGEST = max(map(len, _ADVERBS))


def _drop_adverbs(s: str) -> str:
    """``_ADV_TAIL.sub("", s)``: adverbs and commas at the end cut off."""
    for end in (len(s), len(s) - 1) if s.endswith("\n") else (len(s),):  # ("$" also matches before a last "\n")
        t = s[:end].rstrip(" \t\u00a0,")
        if _ADV_LAST.search(t, max(0, len(t) - _ADV_LONGEST)):
            return _ADV_TAIL.sub("", s)
    return s


_AGENCY = _trie({a.lower() for a in AGENCIES})  # matched ignoring case
_NAMING_TAIL = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(c) for c in _NAMING)
                          + r")(?:[ \t]+(?:it|him|her|them|itself|the[ \t]+\w+|the|a|an))?[ \t,:]*$", re.IGNORECASE)
# "named the virus that causes it "...": a verb of naming, its object, then the name
_NAMED_OBJECT = re.compile(r"(?<![\w-])(?:named|renamed|dubbed|nicknamed|codenamed|code-named|titled|entitled)"
                           r"(?:[ \t]+[\w’'-]+){0,5}[ \t]+(?!(?:who|whom|that|which|as|was|were|is|are|had|has)[ \t]*$)"
                           r"[\w’'-]+[ \t]*$", re.IGNORECASE)
# verbs that label rather than quote: after them a capitalised phrase is a name
_LABEL_VERBS = frozenset("called calling calls described describes describing labelled labeled characterized "
                         "characterised characterizes characterises hailed dubbed".split())
_POSSESSIVE_NOUN = re.compile(rf"({RUN.pattern})['’]s[ \t]+(?:[\w-]+[ \t]+){{0,2}}?(?:"
                               + "|".join(map(re.escape, _NOUNS)) + r")\b")
_VERB_END = re.compile("(?:" + _VERB.pattern + r")$", re.IGNORECASE)
_VERB_END_COMMA = re.compile("(" + _VERB.pattern + r")[ \t]*,?[ \t]*$", re.IGNORECASE)
_NEXT_LOWER = re.compile(r"[ \t]+([a-z][\w’'-]*)")
# (a period inside an abbreviation of capitals ends nothing: "a U.S. official", "a D.C. resident")
_QUOTE_OF_NAME = re.compile(r"\bthe[ \t]+((?:[A-Z][\w'’.-]*[ \t]+){1,3})(?:quote|quotation|maxim|motto)[ \t]+"
                            r"(?:that[ \t]+)?$")
_DESC_END = re.compile(r"[,;:!?\"“”]|\.(?<!(?-i:[A-Z])\.)|\s(?:as|that|on|after|before|while|during|when)\s|\s(?:" + _VERB.pattern + r")", re.IGNORECASE)
# (whole words only: "not" is no head of "noted")
_ADV_HEAD = re.compile(r"^(?:[ \t]+(?:" + "|".join(map(re.escape, _ADVERBS)) + r")(?![\w’'-]))*", re.IGNORECASE)
_SPACE_VERB = re.compile(r"[ \t]+(" + _VERB.pattern + r")", re.IGNORECASE)
_WORD_VERB = re.compile(r"[ \t]+(?:\w+[ \t]+)?(?:" + _VERB.pattern + ")", re.IGNORECASE)
# a title runs on over "of"/"for"/"to (the)": "Secretary of State John Kerry",
# "Former US Ambassador to the United Nations Nikki Haley"
_OF_RUN = re.compile(rf"[ \t]+(?:of|for|to)[ \t]+(?:the[ \t]+)?{RUN.pattern}")
_LINK_TEXT = re.compile(r"\[([^\[\]]*)\]\([^()\s]*\)")
# (a link's address, a tag, or one markup character; written to start with a
# class of characters so that sre skips ahead to one)
_MD_LINK = re.compile(r"[\]<*_\[](?:(?<=\])\([^)\s]*\)|(?<=<)[^<>]{1,200}>|(?<=[*_\[\]]))")
# the label of a statement list: what stands between the last line, bullet or
# sentence end and a colon right before the quote
# a speaker label of a transcript ("Q:", "MS. JEAN-PIERRE:", "THE PRESIDENT:"):
# the words after it are that speaker's, unquoted; quotation marks inside the
# turn quote someone else (or are scare quotes), so the label is neither a
# speech cue nor the speaker of what is quoted there
_TRANSCRIPT_LABEL = re.compile(r"(?:^|\n)[ \t]*(?:Q|[A-Z][A-Z.’'\- ]{1,40}[A-Z.])[ \t]*:[ \t]*$")
_LABEL = re.compile(r"(?:^|\n|[.!?]\s|\s-\s+)\s*([^\n.!?:]{2,120}?)\s*:\s*$")
# "was described as "..." by the police": a label given by someone named after
_PASSIVE_AS = re.compile(r"\b(?:was|were|is|are|been|be|being)[ \t]+(?:\w+ly[ \t]+)?(?:described|called|labelled|labeled"
                         r"|branded|characterized|characterised|dubbed|deemed|referred[ \t]+to)(?:[ \t]+as)?[ \t]*$",
                         re.IGNORECASE)
_BY_AGENT = re.compile(r"[\s,]*by[ \t]+(?=the[ \t]|an?[ \t]|his[ \t]|her[ \t]|their[ \t]|[A-Z])")
_PASSIVE_BY = re.compile(r"\b(?:was|were|is|are|been|be)[ \t]+(?:\w+ly[ \t]+)?(?:" + _VERB.pattern
                         + r")[ \t]+by[ \t]+", re.IGNORECASE)
_ACCORDING = re.compile(r"\baccording[ \t]+to[ \t]+", re.IGNORECASE)
_AGENCY_REPORTED = re.compile(rf"(?<![\w-])({_AGENCY})(?:[ \t]+news[ \t]+agency)?[ \t]+(?:reported|quoted)[ \t]+",
                              re.IGNORECASE)
_AS_SAYING = re.compile(r"[ \t]+as[ \t]+(?:saying|telling|writing|stating)\b")
_QUOTED_BY_AS = re.compile(rf"[ \t]+(?:was|were)[ \t]+quoted[ \t]+by[ \t]+(?:the[ \t]+)?(?:{_AGENCY})[ \t]+as[ \t]*$",
                           re.IGNORECASE)
_DOC_FROM = re.compile(r"(?:^|\b)(?:[Aa]n?|[Tt]he)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:statement|release|communiqu[eé]|readout)"
                       r"[ \t]+(?:from|by|issued[ \t]+by|released[ \t]+by)[ \t]+(?P<who>[^,;:]{2,80}?)[ \t]*$")
# "A statement from the White House read:", "The opinion of the Court, released on Wednesday, read in part,"
_DOC_FROM_READ = re.compile(r"(?:^|\b)(?:[Aa]n?|[Tt]he)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:statement|release|communiqu[eé]|"
                            r"readout|opinion|ruling|decision|judgment|report)[ \t]+(?:of|from|by|issued[ \t]+by|"
                            r"released[ \t]+by)[ \t]+(?P<who>[^,;:]{2,80}?)(?:,[^,]{0,60},)?[ \t]+read(?:[ \t]+in[ \t]+part)?"
                            r"[ \t]*[:,]?[ \t]*$")
# an aside between a speaker and the verb: "Johnson, speaking to the BBC, said"
_PART_ASIDE = re.compile(r",[ \t]*(?:speaking|talking|writing|appearing|testifying|responding|answering|asked)\b"
                         r"[^,\"“”]{0,80},[ \t]*$")
_QUOTED_BY = re.compile(rf"\b(?:was|were)[ \t]+quoted[ \t]+by[ \t]+({_AGENCY})", re.IGNORECASE)
_REMARKS_TO = re.compile(r"\bin[ \t]+(?:remarks|comments|an[ \t]+interview|a[ \t]+statement)[ \t]+to[ \t]+"
                         r"([A-Z][\w.\-’']*(?:[ \t]+[A-Z][\w.\-’']*)*)")
# "University coach Brad Tronc", "Maroochydore assistant coach Ben Radmall"
_JOINERS = "|".join(sorted(map(re.escape, (TITLE_HEADS | TITLE_MODS) - {"of", "for", "and", "the"}), key=len, reverse=True))
_NAME_PHRASE = re.compile(rf"{RUN.pattern}(?:(?:[ \t]+(?:{_JOINERS}))+[ \t]+{RUN.pattern})*")
_DET = re.compile(r"(?:a|an|the|one|another|two|three|several|some|many|his|her|their|its)[ \t]", re.IGNORECASE)
_PRON = re.compile(r"(?:he|she|him|her|they|we|i|it)(?![\w’'])", re.IGNORECASE)
_SPEAKER_TAIL = re.compile(r"^(?:[ \t]+(?:of|from|at|with)[ \t]+(?:[\w’'.-]+[ \t]+){1,10}?"
                           r"(?=(?:said|says|told|added|wrote|stated)\b)|,[ \t]+[^,;:.!?\"“”]{2,80},[ \t]*)")
_NAME_ING = re.compile(rf"(?<![\w’'-])({RUN.pattern})(?:[ \t]+(?:of|from)[ \t]+{RUN.pattern})?[ \t]+$")
# the lower-case words a name label before a colon may hold ("Governor Lamont of Connecticut:")
_LABEL_SMALL = frozenset("of for from at in on to the and a an".split())
_RELATIVES = frozenset({"who", "whose", "whom", "which"})
_PREPOSITIONS = frozenset("of from at within for with in by to on about under near inside outside".split())
_CLAUSE_BREAK = re.compile(r"(?:[,;:(\u2014\u2013]|\b(?:and|but|while|whereas|as|then|so|because|that)\b)"
                           r"[ \t\u00a0]*", re.IGNORECASE)

# groups that speak as one: "officials said", "said Turkish officials"
_COLL = _trie(_COLLECTIVE)
_COLL_NP = re.compile(rf"(?:[\w’'-]+[ \t]+){{0,2}}?{_COLL}(?![\w’'-])", re.IGNORECASE)
# "several foreign ministers", "the Israeli officials": an antecedent of "they"
_COLL_PHRASE = re.compile(rf"(?<![\w’'-])((?:[\w’'-]+[ \t]+){{0,3}}){_COLL}(?![\w’'-])", re.IGNORECASE)
# a body's name runs on over "of"/"for": "Turkish Ministry of Foreign Affairs"
_ORG_CHAIN = re.compile(rf"{RUN.pattern}(?:[ \t]+(?:of|for|on)[ \t]+(?:the[ \t]+)?{RUN.pattern})*")
# who issued a document: "The orange warning issued by Met Éireann", "The
# Supreme Court of the United Kingdom issued a ruling"
_ISSUED_BY = re.compile(r"\b(?:issued|released|published|put[ \t]+out)[ \t]+(?:(?:on|late|early)[ \t]+\w+[ \t]+"
                        r"|today[ \t]+|yesterday[ \t]+)?by[ \t]+(?:the[ \t]+)?(" + _ORG_CHAIN.pattern + ")")
_ISSUED = re.compile("(" + _ORG_CHAIN.pattern + r")[ \t]+(?:has[ \t]+|had[ \t]+|have[ \t]+)?(?:issued|released|"
                     r"published|put[ \t]+out)[ \t]+(?:a|an|the|its|their)[ \t]+")
# after a quote: '"...", read the warning'
_READ_DOC = re.compile(r"(?:read|reads)[ \t]+(?:the|its|their)[ \t]+((?:[\w’'-]+[ \t]+){0,3}?[\w’'-]+)[ \t]*[.,;]",
                       re.IGNORECASE)
_ISSUED_BODY = re.compile(r"\b[Tt]he[ \t]+(" + _trie(_ORG_HEADS) + r")[ \t]+(?:has[ \t]+|had[ \t]+)?(?:issued|released|"
                          r"published|put[ \t]+out)[ \t]+(?:a|an|the|its|their)[ \t]+", re.IGNORECASE)
# a sentence that opens on a document and its verb: "The summary of the decision read in part:"
_LEAD_DOC = re.compile(r"(?:the|its|their)[ \t]+((?:[\w’'-]+[ \t]+){1,5}?)(?:\w+ly[ \t]+)?(?:read|reads|said|says|"
                       r"stated|states)(?:[ \t]+in[ \t]+part)?[ \t]*[,:]?[ \t]*$", re.IGNORECASE)
# a described subject up to its head noun: "The foreign ministers", "A US official"
_DESC_HEAD = re.compile(r"(?:the|a|an|one|two|three|several|some|many|its|their)[ \t]+(?:[\w’'-]+[ \t]+){0,4}?"
                        r"(?:(?:then|co|vice|ex|former|deputy|acting|chief)-)?"   # "the then-manager", "a co-founder"
                        + _trie(_COLLECTIVE | _ORG_HEADS | TITLE_HEADS) + r"(?![\w’'-])", re.IGNORECASE)
# the document before its author: "a statement issued on Friday by", "a tweet from"
_DOC_BY = re.compile(r"(?:an?|the|his|her|their|its)[ \t]+(?:[\w’'-]+[ \t]+){0,2}?(?:"
                     + "|".join(map(re.escape, sorted(set(_NOUNS) | set(_DOC_NOUNS), key=len, reverse=True)))
                     + r")(?:[ \t]+[\w’'-]+){0,4}?[ \t]+(?:by|from)[ \t]+", re.IGNORECASE)
# "The mayor of London, Sadiq Khan," / "One activist, Nur Khan Liton,": the name after a title
_APPOS_NAME = re.compile(rf"(?:[ \t]+(?:of|for|at|in|to)[ \t]+[^,;:\"“”]{{1,100}}?)?[ \t]*,[ \t]*({RUN.pattern})")
# "said lead author Professor David Livermore": a lower-case title before the name
_LOWER_TITLE = re.compile(r"((?:[a-z][\w’'-]*[ \t]+){1,4}?)(?=[A-Z\u00C0-\u024F])")
# "The event description read, "..."": words a person wrote, quoted from the page
_DOC_SUBJECT = re.compile(r"(the|his|her|their)[ \t]+(?:[\w’'-]+[ \t]+){0,3}?" + _trie(_DOC_NOUNS)
                          + r"(?:[ \t]+(?:by|from|of)[ \t]+(" + RUN.pattern + r"))?[ \t]+"
                          r"(?:\w+ly[ \t]+)?(?:read|reads|said|says|stated|states)\b(?:[ \t]+on)?[ \t]*[,:]?[ \t]*$",
                          re.IGNORECASE)
# "The President’s May 2021 Executive Order required that ...", "Trump's
# letter said": words of a document or a statement are its owner's
# "The family's statement ... read:", "the company's statement said": a described body's document
_POSS_NOUN_DOC = re.compile(r"(?:(?:[Pp]art|[Pp]arts|[Mm]uch|[Oo]ne[ \t]+passage)[ \t]+of[ \t]+)?[Tt]he[ \t]+([a-z][\w-]*)['’]s[ \t]+"
                            r"(?:[\w’'-]+[ \t]+){0,1}?"
                            + _trie(tuple(_DOC_NOUNS) + tuple(_ISSUED_NOUNS)) + r"(?![\w’'-])")
_POSS_DOC = re.compile(rf"({RUN.pattern})['’]s[ \t]+(?:[\w’'-]+[ \t]+){{0,3}}?(?i:"
                       + "|".join(map(re.escape, sorted(set(_NOUNS) | set(_DOC_NOUNS) | set(_OWNED), key=len,
                                                        reverse=True)))
                       + r")(?![\w’'-])")
_DOC_NAME_TAIL = re.compile(rf"[ \t]+(?:on|of|for|about)[ \t]+(?:the[ \t]+)?{RUN.pattern}[ \t]*")
# a sentence opening with a phrase before its subject: "On Tuesday, ...", "In a
# related press release issued the following day, ..."
_INTRO_WORDS = frozenset("in on at after before during following since with amid despite as by under over "
                         "earlier later meanwhile however also yesterday today speaking responding writing "
                         "addressing according separately additionally then now once when while still finally "
                         "eventually previously".split())

_OPENERS = {"\u201c": "d", "\u00ab": "d", "\u2018": "s"}
_CLOSERS = {"\u201d": "d", "\u00bb": "d"}
# an apostrophe between two letters or digits ("don't", "Iraq’s") is never a
# quotation mark: leaving it out here spares a look at most of them
_MARKS = re.compile("[\"'\u201c\u201d\u00ab\u00bb\u2018\u2019]"
                    "(?:(?<=[\"\u201c\u201d\u00ab\u00bb\u2018])|(?<![^\\W_].)|(?![^\\W_]))")
_OPEN_BEFORE = set(" \t\n\u00a0([{\u2014\u2013-/\"\u201c\u2018:;")
_WORDS = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_ALPHA = re.compile(r"[^\W\d_]")
_SMALL = frozenset({"of", "the", "to", "and", "a", "an", "in", "for", "on", "at", "by", "with", "de", "la", "v", "vs"})   # ("Brown v. Board of Education": a case)
_PAREN_TAIL = re.compile(r"\s*\([^()]*\)$")
_PRON_TAIL = re.compile(r"(?:^|[^\w’'])(he|she|they|we|I|it)$", re.IGNORECASE)
_WHO_TAIL = re.compile(r",?[ \t]+who$")
_OF_AFTER = re.compile(r"\s+(?:of|from|at|with)\b")
_POSS_TAIL = re.compile(r"[’']s$")
# a person's office speaks for them: "Erdogan's office", "his press office" (a description, GUIDE.md)
_OFFICE = _trie(frozenset(load_lexicon("quote_office_nouns.txt")))
_OFFICE_OF = re.compile(r"(?:[’']s)?((?:[ \t]+[a-z]+)?[ \t]+(?:" + _OFFICE + r"))(?![\w’'-])")   # ("Day's animal foundation")
_POSS_OFFICE_END = re.compile(rf"({RUN.pattern})[’']s[ \t]+(" + _OFFICE + r")[ \t,]*$")
_PRON_OFFICE = re.compile(r"(his|her|their)[ \t]+(" + _OFFICE + r")", re.IGNORECASE)
_GAP_HEAD = re.compile(r"[\s,.!?;:\u2014\u2013-]*")
_DASH_HEAD = re.compile(r"[ \t]*[\u2013\u2014-][ \t]*")
# a sentence end, not the period of a title before a name ("said Dr. Livermore")
# (the mark is matched first: a look-behind tried at every character is slow)
_STOP = re.compile(r"[.!?;](?<![A-Z][.!?;])" + "".join(rf"(?<!\b{a}.)" for a in
                   "Dr Mr Mrs Ms Prof Sen Rep Gov Gen Lt Col Sgt Capt Cmdr Adm Maj St Jr Sr Rev Hon Amb".split())
                   + r"(?=\s|$)")
# a speech verb's participle continuing the sentence's speaker: ", adding:", ", saying that"
_PARTICIPLE_TAIL = re.compile(r",[ \t]*(?:adding|saying|noting|stressing|insisting|warning|explaining|declaring|"
                              r"arguing|asserting|writing)(?:[ \t]+that)?[ \t]*:?[ \t]*$")
_CAP_AFTER = re.compile(r"\s+[A-Z\u00C0-\u024F]")
_SAID_AFTER = re.compile(r"\s+(?:said|says|told|added|wrote|tweeted)\b")
_REPORTED = re.compile(r"reported|quoted", re.IGNORECASE)
_BY = re.compile(r"[ \t]by[ \t]", re.IGNORECASE)
_TO_THAT = re.compile(r"[ \t]+(?:to|that)[ \t]*")
_GAP_BODY = re.compile(r"[\s,.:;\u2014\u2013-]*\S.*?[\s,.:;\u2014\u2013-]*", re.S)


@dataclass(slots=True)
class _Mark:
    pos: int
    family: str  # "d" double, "s" single
    role: str  # "open", "close", "either"


@dataclass(slots=True)
class _Raw:
    parts: list[tuple[int, int]]  # inner spans, marks excluded
    open_pos: int  # the first opening mark
    close_pos: int  # the last closing mark (or the paragraph end)
    speaker: str | None = None
    title: str | None = None
    via: str | None = None
    cued: bool = False  # a speech cue in the sentence attributes it
    cue_words: int = 0  # words between that cue and the quote
    split: bool = False
    dropped: bool = False
    texts: list[str] = field(default_factory=list)


def _role(text: str, i: int) -> _Mark | None:
    ch = text[i]
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if ch in _OPENERS:
        return _Mark(i, _OPENERS[ch], "open")
    if ch in _CLOSERS:
        return _Mark(i, _CLOSERS[ch], "close")
    if ch in "'\u2019":
        # apostrophes: "don't", "Iraq’s", "the '90s", "rock 'n' roll"
        if prev.isalnum() and nxt.isalnum():
            return None
        if nxt.isdigit():
            return None
        if ch == "'" and (prev in _OPEN_BEFORE or i == 0) and nxt.isalpha():
            return _Mark(i, "s", "open")
        if (prev.isalnum() or prev in ".,!?;:)]") and not nxt.isalnum():
            return _Mark(i, "s", "close")
        return None
    # straight double quote: its role comes from its neighbours
    opens = prev in _OPEN_BEFORE or i == 0
    closes = nxt.isspace() or nxt in ".,;:!?)]}\u2014\u2013-" or i + 1 == len(text)
    if opens and not closes:
        return _Mark(i, "d", "open")
    if closes and not opens:
        return _Mark(i, "d", "close")
    return _Mark(i, "d", "either")


def _pairs(text: str, paras: list, at: list[int]) -> list[_Raw]:
    """Pair marks paragraph by paragraph; recover from stray marks. ``at``:
    where the text has marks."""
    out: list[_Raw] = []
    carry: _Raw | None = None  # a quote running on into the next paragraph
    for k, para in enumerate(paras):
        lo, hi = bisect_left(at, para.start), bisect_left(at, para.end)
        if lo == hi and carry is None:
            continue  # most paragraphs quote nobody
        marks = [m for m in (_role(text, p) for p in at[lo:hi]) if m]
        active: _Mark | None = None
        current: _Raw | None = None
        if carry is not None:
            if marks and marks[0].pos == para.start and marks[0].role != "close" and marks[0].family == "d":
                active, current = marks.pop(0), carry
            else:
                out.append(carry) if _keep_unclosed(text, carry) else None
            carry = None
        for m in marks:
            if active is None:
                if m.role == "open" or (m.role == "either" and m.family == "d"):
                    active, current = m, None
                continue
            if m.family != active.family:
                continue  # nested quotation: part of the outer quote's words
            if m.role in ("close", "either"):
                if m.family == "s" and len(text[active.pos:m.pos].split()) > 80:
                    active = None  # a possessive "s'" far from a lone opener
                    continue
                if current is None:
                    current = _Raw(parts=[], open_pos=active.pos, close_pos=m.pos)
                current.parts.append((active.pos + 1, m.pos))
                current.close_pos = m.pos
                out.append(current)
                active, current = None, None
            else:  # an opening mark inside an open quote: the first one was stray
                active, current = m, None
        if active is not None and active.family == "d":
            if current is None:
                current = _Raw(parts=[], open_pos=active.pos, close_pos=para.end)
            current.parts.append((active.pos + 1, para.end))
            current.close_pos = para.end
            nxt = paras[k + 1] if k + 1 < len(paras) else None
            if nxt is not None and text[nxt.start] in "\"\u201c\u00ab":
                carry = current
            elif _keep_unclosed(text, current):
                out.append(current)
    if carry is not None and _keep_unclosed(text, carry):
        out.append(carry)
    return out


def _keep_unclosed(text: str, q: _Raw) -> bool:
    """An opening mark never closed is a quote only where speech is announced
    (paragraph start, after a colon or a speech verb); anywhere else it is
    more likely a stray mark than words running to the paragraph's end."""
    before = text[max(0, q.open_pos - 40):q.open_pos]
    if not before.strip() or before.rstrip()[-1:] in ":\n":
        return True
    tail = before.rstrip(" ,\t")
    return bool(_VERB_END.search(tail[-30:])) if tail else True


# ---------------------------------------------------------------- not speech


def _n_words(s: str) -> int:
    return len(_WORDS.findall(s))


def _not_speech(text: str, q: _Raw) -> bool:
    """Names, titles of works and coined terms: quotation marks that do not
    present anyone's words."""
    inner = text[q.parts[0][0]:q.parts[-1][1]].strip()
    before = text[max(0, q.open_pos - 40):q.open_pos]
    if before.endswith("="):
        return True  # markup left in the text: src="...", alt="..."
    if not _ALPHA.search(inner):
        # "the "123" agreement": a number is a name here, not words (nor is a
        # quote with no word at all); the words are read only past this
        return True
    # every test below asks for at most ten words (twenty for a name after
    # "the": "S. 400, the "William T. Coleman, Jr. and Norman Y. Mineta Department
    # of Transportation Headquarters,""): twenty-one tell them all
    words = [w.group(0) for w in islice(_WORDS.finditer(inner), 21)]
    n = len(words)
    the_name = n <= 20 and before.rstrip().lower().endswith(" the")
    if n <= 10 and (_NAMING_TAIL.search(before) or _NAMED_OBJECT.search(before)) and not (
            _PASSIVE_AS.search(before) and _BY_AGENT.match(text, q.close_pos + 1)):
        # (but "was described as "..." by the police": the police's words)
        return True
    # a markdown link in marks is the title of a page, unless its words
    # are a sentence's ("committed that it would "[renegotiate this
    # agreement](https://...)"": the speaker's words, linked to the speech)
    link = inner.startswith("[") and "](" in inner and not inner[1:2].islower()
    # "Welcome To Video", "Operation Peace Spring"
    titled = (n <= 10 or the_name) and inner[-1:] not in ".!?" and words[0][0].isupper() \
        and all(w[0].isupper() or w[0].isdigit() or w.lower() in _SMALL for w in words)
    # a capitalised name mid-sentence: "of "Have no fear", a charity"
    named = n < 5 and inner[:1].isupper() and len(q.parts) == 1 \
        and not (not before.strip() or before.rstrip()[-1] in ".!?\n")
    if not (link or titled or named):
        return False
    # each of the three is speech after a cue ("said:", "told reporters,"): read
    # only now, since most quotes are none of them
    vb = _VERB_END_COMMA.search(before[-30:])
    cue_before = (before.rstrip().endswith(":") and not _TRANSCRIPT_LABEL.search(before)) or \
        bool(vb and vb.group(1).lower() not in _LABEL_VERBS)
    return not cue_before


# ---------------------------------------------------------------- speakers


def _np_at(s: str, i: int = 0) -> tuple[str, str] | None:
    """A speaker phrase at the start of ``s[i:]``: (kind, text)."""
    m = _PRON.match(s, i)
    if m:
        return "pron", m.group(0)
    m = _NAME_PHRASE.match(s, i)
    if m:
        phrase = m.group(0)
        o = _OFFICE_OF.match(s, m.end()) if phrase.endswith(("’s", "'s")) or s.startswith(("'s", "’s"), m.end()) else None
        if o is not None:
            # "Erdogan's office said", "released by Netanyahu's office": the office speaks
            return "desc", _POSS_TAIL.sub("", phrase) + "'s " + " ".join(o.group(1).split())
        # "said US Secretary of State John Kerry": a title runs on over "of"
        while all(_is_title_token(w) for w in phrase.split()):
            more = _OF_RUN.match(s, i + len(phrase))
            if not more:
                break
            phrase += more.group(0)
        if phrase != m.group(0):
            return "name", phrase
        if phrase.split()[-1].lower() in _ORG_HEADS:
            # "The Department of Defense announced": a body's name runs on over "of"
            more = _ORG_CHAIN.match(s, m.start())
            if more and more.end() > m.end():
                return "name", more.group(0)
        words = m.group(0).split()
        lead = 0
        while lead < len(words) and words[lead].lower() in STOP_CAPS:
            lead += 1  # capitalised by its place: "The International Monetary Fund"
        nxt = _NEXT_LOWER.match(s, m.end())
        # "The Metropolitan police", "the Saudi government": a description
        described = nxt is not None and (nxt.group(1) in NONPERSON or nxt.group(1) in TITLE_HEADS
                                         or nxt.group(1) in TITLE_MODS)
        if nxt is not None and nxt.group(1) in _COLLECTIVE:
            # "Israeli officials said": a group described by its country
            return "desc", " ".join(words[lead:] + [nxt.group(1)])
        if lead == 0:
            return "name", m.group(0)
        if lead < len(words) and not (described and words[0].lower() in {"the", "a", "an"}):
            return "name", " ".join(words[lead:])
    m = _DET.match(s, i)
    if m:
        end = _DESC_END.search(s[i:])
        desc = s[i:i + end.start()] if end else s[i:]
        if 1 < len(desc.split()) <= 9:
            return "desc", " ".join(desc.split())
    m = _LOWER_TITLE.match(s, i)
    if m:
        # "said lead author Professor David Livermore", "according to eyewitness
        # Vinnie DeVita": a description in lower case before a full name
        low = [w.lower() for w in m.group(1).split()]
        run = _NAME_PHRASE.match(s, m.end())
        if run and not any(w in _PREPOSITIONS or w in STOP_CAPS or w in _VERB_WORDS for w in low) and (
                any(w in TITLE_HEADS or w.split("-")[-1] in TITLE_HEADS for w in low)
                or len(run.group(0).split()) > 1):
            return "name", run.group(0)
    m = _COLL_NP.match(s, i)
    if m and not any(w.lower() in _PREPOSITIONS or w.lower() in _VERB_WORDS for w in m.group(0).split()[:-1]):
        # "officials said", "said Turkish officials": a group speaking as one
        return "desc", " ".join(m.group(0).split())
    return None


_BODY_LOWER_TITLE = re.compile(rf"[ \t]+((?:[a-z][\w’'-]*[ \t]+){{1,3}})({RUN.pattern}(?:[ \t]+{RUN.pattern})*)")
_AUX_TAIL = re.compile(r"(?<=[\w,])[ \t]+(?:has|have|had)$")


def _subject_before(left: str, is_person) -> tuple[str, str] | None:
    """The speaker of a verb whose left context is ``left``; ``is_person``
    tells a person's name from a body's or a place's."""
    # "He has said", "The First Lady, a lifelong educator, has long said": the auxiliary is no part of the subject
    left = _AUX_TAIL.sub("", _drop_adverbs(_AUX_TAIL.sub("", left.rstrip())).rstrip()).rstrip()
    if left.endswith(")"):
        left = _PAREN_TAIL.sub("", left).rstrip()
    # a pronoun is at most four letters: six characters hold any match
    m = _PRON_TAIL.search(left, max(0, len(left) - 6)) if len(left) > 6 else _PRON_TAIL.search(left)
    if m:
        return "pron", m.group(1)
    m = _WHO_TAIL.search(left) if left.endswith("who") else None
    if m:
        # "led by Mark Hay, a marine ecologist ..., who said": the antecedent
        left = left[:m.start()]
        cut = left.rfind(",")
        if cut >= 0 and _DET.match(left[cut + 1:].strip() + " "):
            left = left[:cut]
        tail = None
        for tail in RUN.finditer(left):
            pass
        if tail is not None and tail.end() == len(left.rstrip()):
            return "name", tail.group(0)
    if left.endswith(","):
        # an appositive or an aside between subject and verb:
        # "Donald Tusk, the current President of the European Council, wrote"
        cut = left[:-1].rfind(",")
        if cut >= 0:
            aside = left[cut + 1:-1].strip()
            first = aside.split(" ", 1)[0]
            if _DET.match(aside + " ") or first.lower() in _PREPOSITIONS or first.lower() in _RELATIVES \
                    or (first.islower() and _is_title_word(first)):
                # "Denzel Washington, who paid for him to attend BADA, stated",
                # "Wayne Frederick, president of Howard University, wrote"
                return _subject_before(left[:cut], is_person)
        left = left[:-1]
    # the clause that ends at the verb
    clause_start = 0
    for b in _CLAUSE_BREAK.finditer(left):
        clause_start = b.end()
    clause = left[clause_start:].strip()
    if not clause:
        return None
    tail = None
    for tail in RUN.finditer(clause):
        pass
    at_end = tail is not None and tail.end() == len(clause)
    # words before the final name, articles skipped: "of the UK's National Crime Agency"
    lead = [w for w in clause[:tail.start()].split() if w.lower() not in {"the", "a", "an"}] if at_end else []
    after_prep = bool(lead) and lead[-1].lower() in _PREPOSITIONS
    if after_prep and lead[-1].lower() in ("of", "to", "for") and len(lead) > 1 and _is_title_word(lead[-2]):
        # "US Secretary of State John Kerry", "Ambassador to the United Nations
        # Nikki Haley": "of"/"to" inside a title, not before a body
        after_prep = False
        if all(_is_title_token(w) or w.lower() == "to" for w in lead):
            return "name", clause[clause.find(lead[0]):]
    if _DET.match(clause + " "):
        rest = clause.split(None, 1)[1] if " " in clause else ""
        if rest and RUN.fullmatch(rest):
            return "name", rest  # "The International Monetary Fund"
        if at_end and not after_prep and is_person(tail.group(0)):
            return "name", tail.group(0)  # "the topmost senior Polish archbishop Wojciech Polak"
        if len(clause.split()) <= 9:
            return "desc", " ".join(clause.split())  # "A source within the central Interior Ministry"
        return None
    m = RUN.match(clause) if (not at_end or " of " in clause or " from " in clause or " at " in clause
                              or " with " in clause) else None
    if m and _OF_AFTER.match(clause, m.end()) and is_person(m.group(0)) and (
            not at_end or (m.end() < tail.start() and " " in m.group(0))):
        # "Nikki Holland of the UK's National Crime Agency", "Peter Iseley of
        # worldwide victim group Ending Clergy Abuse said": the person, not the body
        return "name", m.group(0)
    if at_end and not after_prep:
        return "name", tail.group(0)
    return None


def _is_title_word(word: str) -> bool:
    return word.lower() in TITLE_HEADS or word.lower().split("-")[-1] in TITLE_HEADS


@dataclass(slots=True)
class _Ctx:
    text: str
    cast: Cast
    paras: list
    para_starts: list[int]
    quotes: list[_Raw]
    sent_cache: dict = field(default_factory=dict)
    opens: list[int] = field(default_factory=list)  # of the final quotes
    reach: list[int] = field(default_factory=list)  # furthest close among quotes[:i + 1]


def _in_quote(ctx: _Ctx, pos: int) -> bool:
    """Whether a quote opened before ``pos`` closes after it."""
    i = bisect_left(ctx.opens, pos)
    return i > 0 and ctx.reach[i - 1] > pos


def _sentence_bounds(ctx: _Ctx, pos: int) -> tuple[int, int]:
    """(start of the sentence holding pos, start of the next one); only the
    paragraphs that hold quotes are split into sentences."""
    k = bisect_right(ctx.para_starts, pos) - 1
    if k < 0:
        return 0, ctx.para_starts[0] if ctx.para_starts else len(ctx.text)
    starts = ctx.sent_cache.get(k)
    if starts is None:
        starts = ctx.sent_cache[k] = _sentence_starts(ctx.paras[k])
    i = bisect_right(starts, pos) - 1
    nxt = starts[i + 1] if i + 1 < len(starts) else (ctx.para_starts[k + 1] if k + 1 < len(ctx.para_starts)
                                                      else len(ctx.text))
    return starts[max(i, 0)], nxt


# extract.text's sentence end, also past markdown emphasis closing a bold
# lead-in ("- **Specifies how ... Systems.** The President’s order ..."):
# White House documents open their bullets so
# (written to start with a class of characters, [.!?\n], so that sre skips
# ahead to one: "[.!?]+...|\n..." is tried at every position, 4x slower)
_END_MD = re.compile(r"[.!?\n](?:(?<=[.!?])[.!?]*[\"'\u201d\u2019)\]*_]*(?=\s+[\"'\u201c\u2018(\[*A-Z0-9])"
                     r"|(?<=\n)\s*\n)")
_LONG = max(map(len, _ABBREV)) + 1
_SPACE = re.compile(r"\s*")


def _sentence_starts(para) -> list[int]:
    """Where the sentences of one paragraph start: the same cut as
    ``extract.text.sentences``, but without re-reading the paragraph and
    with the word before each stop read back from the stop (reading it
    forward from the sentence start cost more than everything else)."""
    body, base = para.text, para.start
    starts = [base]
    start = 0
    for m in _END_MD.finditer(body):
        stop = m.start() + 1
        if body[stop - 1 - _LONG:stop - 1].isalpha() and stop - 1 - _LONG >= start:
            # the word ends in more letters than any abbreviation has
            start = m.end()
            starts.append(base + _SPACE.match(body, start).end())
            continue
        # the word before the stop (str.split's white space is regex \s)
        lo = max(start, stop - 48)
        word = body[lo:stop].rsplit(None, 1)[-1]
        if len(word) == stop - lo and lo > start and not body[lo - 1].isspace():
            word = body[start:stop].rsplit(None, 1)[-1]  # a very long word
        token = word.lower().rstrip(".!?")
        if token.strip("\"'\u201c\u2018(") in _ABBREV or _LETTER.fullmatch(token):
            continue
        start = m.end()
        starts.append(base + _SPACE.match(body, start).end())
    if "-  " in body or "•" in body:
        # a list run together on one line ("... prices. -   An analysis from ..."): each item a sentence
        starts = sorted(set(starts) | {base + b.end() for b in _INLINE_BULLET.finditer(body)})
    return starts


def _sentence_start(ctx: _Ctx, pos: int) -> int:
    return _sentence_bounds(ctx, pos)[0]


_WORK_BY = re.compile(r"(?:an?|the)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:analysis|study|report|survey|review|assessment|"
                      r"paper|poll|estimate|projection)[ \t]+(?:from|by)[ \t]+(?:the[ \t]+)?(.+)", re.IGNORECASE)


def _resolve(ctx: _Ctx, np: tuple[str, str] | None, pos: int,
             lookup: bool = True) -> tuple[str | None, str | None, bool]:
    """(speaker, title, found) for a speaker phrase. ``lookup=False`` asks
    only whether one is found, which the cast is seldom needed to tell."""
    if np is None:
        return None, None, False
    kind, s = np
    if not lookup and kind != "name":
        return None, None, True
    if kind == "pron":
        if s.lower() == "they":
            return _they(ctx, pos), None, True
        if s.lower() == "it":
            # "it said": a body speaks (a company, a ministry, a country)
            return ctx.cast.last_body_before(pos), None, True
        if s.lower() not in PRONOUNS:
            return None, None, True
        mn = ctx.cast.last_person_before(pos, s)
        if mn is None:
            return None, None, True
        full, title = ctx.cast.resolve(mn.name)
        return full, title or mn.title, True
    if kind == "desc":
        wb = _WORK_BY.fullmatch(s)
        if wb is not None and wb.group(1)[:1].isupper():
            # "An analysis from the Atlantic Council found that "..."": the body or person whose work it is
            return _resolve(ctx, ("name", wb.group(1)), pos, lookup)
        po = _PRON_OFFICE.fullmatch(s)
        if po is not None:
            # "his office said": the office of the person "his" stands for
            mn = ctx.cast.last_person_before(pos, po.group(1))
            return (f"{ctx.cast.resolve(mn.name)[0]}'s {po.group(2).lower()}" if mn else s), None, True
        if s.split()[-1].lower() in _ISSUED_NOUNS and s.split()[0].lower() in ("the", "its", "their"):
            # '"...", read the warning': the words of whoever issued it, when the text says
            return _issuer(ctx, pos), None, True   # (without one, document words have no speaker)
        m = re.fullmatch(r"the(?:[ \t]+[\w-]+){0,2}?[ \t]+([\w-]+)", s, re.IGNORECASE)
        office = s.split(" ", 1)[1] if m and " " in s else ""
        if m and m.group(1).lower() in TITLE_HEADS and office[:1].isupper() and \
                all(w[:1].isupper() for w in office.split()):
            # "the Prime Minister": who holds that office, not a Deputy Prime Minister
            mn = ctx.cast.person_with_office(office, pos)
            if mn is not None:
                full, title = ctx.cast.resolve(mn.name)
                return full, title or mn.title, True
        if m and m.group(1).lower() in TITLE_HEADS:
            mn = ctx.cast.person_with_title_word(m.group(1), pos)
            # "the local health minister" is not the aviation minister named before
            mods = [w.lower() for w in s.split()[1:-1] if w.lower() not in _GENERIC_MODS]
            if mn is not None and mods:
                known = fold(mn.title or ctx.cast.resolve(mn.name)[1] or "").split()
                mn = mn if all(fold(w) in known for w in mods) else None
            if mn is not None:
                full, title = ctx.cast.resolve(mn.name)
                return full, title or mn.title, True
        rest = s.split(" ", 1)[1] if " " in s else ""
        if s.split(" ", 1)[0].lower() == "the" and rest[:1].isupper():
            # "the Minister of the Interior Gerald Darmanin": a title, then the name
            title, name = split_title(rest)
            if title and len(name.split()) >= 2 and ctx.cast.is_person(name) and RUN.fullmatch(name):
                full, known = ctx.cast.resolve(name)
                return full, title, True
        if s[:1].isupper() and s.split(" ", 1)[0].lower() in {"a", "an", "the", "one", "another"}:
            s = s[0].lower() + s[1:]  # capitalised only by its place in the sentence
        words = s.split()
        if len(words) == 2 and words[0].lower() == "the" and words[1] in ctx.cast.acronyms:
            return ctx.cast.acronyms[words[1]], None, True  # "the WHO said": the body at its fullest
        if len(words) == 2 and words[0].lower() == "the" and words[1].lower() in _ORG_HEADS:
            # "the ministry said": the body the article names with that word
            return _org_fullest(ctx, words[1:], pos) or s, None, True
        return s, None, True
    words = s.split()
    while words and words[0].lower() in STOP_CAPS:
        words.pop(0)  # capitalised only by its place in the sentence: "Yes I", "Two"
    if not words or (len(words) == 1 and words[0].lower() in STOP_CAPS):
        return None, None, False
    title, name = split_title(" ".join(words))
    name = _POSS_TAIL.sub("", name)
    if not lookup and fold(name).removeprefix("the ") not in AGENCY_KEYS:
        return None, None, True
    if all(w.lower() in TITLE_HEADS or w.lower() in TITLE_MODS for w in name.split()):
        # "The Vice President announced": the latest person with that title
        mn = ctx.cast.person_with_title_word(name.split()[-1], pos)
        if mn is not None:
            full, known = ctx.cast.resolve(mn.name)
            return full, known or mn.title, True
    if fold(name).removeprefix("the ") in AGENCY_KEYS:
        return None, None, False
    if name.split()[-1].lower() in _ORG_HEADS and not title:
        # "the Foreign Ministry said" after "the Russian Foreign Ministry": the
        # body at its fullest
        return _org_fullest(ctx, name.split(), pos) or name, None, True
    full, known_title = ctx.cast.resolve(name)
    return full, title or known_title, True


def _org_fullest(ctx: _Ctx, words: list[str], pos: int) -> str | None:
    """The fullest capitalised name of a body holding all of ``words`` (the
    last one its head: "Ministry"), preferring names given before ``pos``."""
    want = [fold(w) for w in words if w.lower() not in STOP_CAPS]
    if not want:
        return None
    text, cands = ctx.text, []
    for h in re.finditer(r"(?<![\w-])" + re.escape(words[-1]) + r"(?![\w-])", text, re.IGNORECASE):
        if not text[h.start()].isupper():
            continue
        lo, hi = ctx.cast._clause(h.start())
        for r in _ORG_CHAIN.finditer(text, lo, hi):
            if not r.start() <= h.start() < r.end():
                continue
            toks = r.group(0).split()
            while toks and toks[0].lower() in STOP_CAPS:
                toks.pop(0)  # "The", "In": capitalised by their place
            toks[-1:] = [re.sub(r"[’']s$", "", toks[-1])] if toks else []
            folded = [fold(t) for t in toks]
            if not toks or not all(w in folded for w in want):
                continue
            cands.append((r.start() < pos, r.start(), toks, folded))
    if not cands:
        return None
    # the body named last before the quote ("the department" is the one just
    # mentioned), written at its fullest anywhere in the article
    _, _, toks, folded = max(cands, key=lambda c: (c[0], c[1] if c[0] else -c[1]))
    full = max((c for c in cands if set(folded) <= set(c[3])), key=lambda c: len(c[2]))
    return " ".join(full[2])


def _they(ctx: _Ctx, pos: int) -> str | None:
    """"They said": the latest group of people named before (several foreign
    ministers, the Israeli officials), as the article describes it."""
    lo = max(0, pos - 1500)
    found = None
    for m in _COLL_PHRASE.finditer(ctx.text, lo, pos):
        if not _in_quote(ctx, m.start()):
            found = m
    if found is None:
        # no group of people named before: a body ("The Commission ... They
        # released a statement which said"), one named as a body
        body = ctx.cast.last_body_before(pos, reach=400)
        if body is not None and any(w.lower() in _ORG_HEADS for w in body.split()):
            return body
        return None
    mods = found.group(1).split()
    keep: list[str] = []
    for w in reversed(mods):
        low = w.lower()
        if low in STOP_CAPS or low in _PREPOSITIONS or low in _VERB_WORDS or not w.isalpha():
            break
        keep.insert(0, w)
    det = mods[len(mods) - len(keep) - 1].lower() if len(mods) > len(keep) else ""
    noun = found.group(0).split()[-1]
    return " ".join((["the"] if det == "the" else []) + keep + [noun])


# after a quote, its document and the document's owner: "reads an AEW press
# release", "reads Judge Miller's statement"
_READS_OWNED = re.compile(r"(?:read|reads)[ \t]+(?:(?:an?|the)[ \t]+)?([A-Z][\w.&-]*(?:[ \t]+[A-Z][\w.&-]*){0,4}?)"
                          r"(?:[’']s)?[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}?(?:statement|press[ \t]+release|release|"
                          r"post|tweet|message|letter|report|announcement|communiqu[eé])\b")


# a post told by the account it came from: "A tweet sent from Biden's Twitter account"
_ACCOUNT_OWNER = re.compile(rf"\b(?:tweet|post|message|video)s?\b[^,.;\"“”]{{0,40}}?\b(?:from|by|on)[ \t]+"
                            rf"({RUN.pattern})[’']s[ \t]+(?:official[ \t]+|personal[ \t]+)?(?:Twitter|Instagram|Facebook|X|"
                            rf"TikTok|YouTube|Telegram|Truth[ \t]+Social)?[ \t]*(?:account|page|feed|channel)\b")
_OWNER_THEN_NAME = re.compile(rf"(?:[’']s)?[ \t]+(?:[a-z][\w-]*[ \t]+){{1,5}}({RUN.pattern})")


def _attribute_after(ctx: _Ctx, q: _Raw, gap: str, pos: int, lookup: bool = True) -> bool:
    """'"...," he said' / '"...," said Bash' / '"...," AFP reported Kerry as saying'."""
    g = _GAP_HEAD.match(gap).end()
    m = _AGENCY_REPORTED.match(gap, g)
    if m:
        np = _np_at(gap, m.end())
        if np and _AS_SAYING.match(gap, m.end() + len(np[1])):
            q.speaker, q.title, _ = _resolve(ctx, np, pos, lookup)
            q.via = m.group(1)
            return True
    m = _BY_AGENT.match(gap)
    if m and _PASSIVE_AS.search(ctx.text, max(0, q.open_pos - 60), q.open_pos):
        # '"..." by the police' after "was described as": the agent labels
        np = _np_at(gap, m.end())
        if np:
            q.speaker, q.title, ok = _resolve(ctx, np, pos, lookup)
            return ok
    m = _DASH_HEAD.match(gap)
    if m and RUN.match(gap, m.end()):
        # a byline under a pull quote: '"..." – Mitch Landrieu, Senior Advisor'
        q.speaker, q.title, ok = _resolve(ctx, ("name", RUN.match(gap, m.end()).group(0)), pos, lookup)
        return ok
    m = _READS_OWNED.match(gap, g)
    if m:
        # '"...", reads an AEW press release, "..."', '"...," reads Judge
        # Miller's statement': the words of the document's owner
        owner = m.group(1)
        q.speaker, q.title, ok = (_resolve(ctx, ("name", owner), pos, lookup) if not owner.isupper()
                                  else (ctx.cast.acronyms.get(owner, owner), None, True))
        return ok
    m = _READ_DOC.match(gap, g)
    if m and (_issued_doc(m.group(1)) or any(w.lower() in _DOC_NOUNS for w in m.group(1).split())):
        # '"...", read the warning': whoever the text says issued it, else no one
        q.speaker, q.title = (_issuer(ctx, pos) if lookup else None), None
        return True
    m = _ACCORDING.match(gap, g)
    if m:
        np = _by_author(gap, m.end()) or _np_at(gap, m.end())
        if np and fold(np[1]).removeprefix("the ") in AGENCY_KEYS:
            q.via = np[1]  # the outlet relays; the speaker is named elsewhere
        elif np:
            q.speaker, q.title, ok = _resolve(ctx, np, pos, lookup)
            return ok
    m = _VERB.match(gap, g)
    if m and m.group(0).lower() not in _CONTINUATION:
        np = _np_at(gap, m.end() + 1) if gap[m.end():m.end() + 1] == " " else None
        if np and (m.group(0).lower().endswith("ing") or (np[0] == "pron" and np[1].lower() != "he" and np[1].lower() != "she")):
            # '"...", calling it a ...': after a participle, or as "it"/"him", the
            # words after the verb are its object, not who speaks
            np = None
        if np and np[0] == "name":
            # '"...," writes Huber's longtime tag team partner Erick Rowan': the
            # name the possessive's phrase ends on speaks, not its owner
            at = gap.find(np[1], m.end())
            om = _OWNER_THEN_NAME.match(gap, at + len(np[1])) if at >= 0 and np[1].endswith(("'s", "’s")) else None
            if om is not None:
                np = ("name", om.group(1))
        if np:
            q.speaker, q.title, ok = _resolve(ctx, np, pos, lookup)
            _via_from(q, gap)
            return ok
    np = _np_at(gap, g)
    if np:
        # (the phrase may start after a title in lower case: '"...," professor David Wilson said')
        at = gap.find(np[1], g)
        rest = gap[(at if at >= 0 else g) + len(np[1]):]
        if np[0] == "name" and not _SPACE_VERB.match(rest):
            # '"...", Birmingham City University criminology professor David
            # Wilson told the press': a body, a title in lower case, the name
            lm = _BODY_LOWER_TITLE.match(rest)
            if lm and any(w in TITLE_HEADS for w in lm.group(1).lower().split()):
                words = lm.group(2).split()
                # ("director of Amnesty International Man-kei Tam": the body is the title's)
                k = max((i for i, w in enumerate(words[:-2]) if w.lower() in NONPERSON), default=-1)
                np, rest = ("name", " ".join(words[k + 1:])), rest[lm.end():]
        if np[0] == "name" and not _SPACE_VERB.match(rest):
            # '"..." Crystal C'Bearing of the tribal preservation office told',
            # '"..." Jane Doe, a local nurse, said': the verb after the speaker's place
            rest = _SPEAKER_TAIL.sub(" ", rest, count=1)
        rest = _ADV_HEAD.sub("", rest)
        vm = _SPACE_VERB.match(rest)
        if vm and vm.group(1).lower() not in _CONTINUATION:
            q.speaker, q.title, ok = _resolve(ctx, np, pos, lookup)
            _via_from(q, gap)
            return ok
    return False


def _issuer(ctx: _Ctx, pos: int) -> str | None:
    """Who the text says issued the document quoted at ``pos``: the latest
    "<document> issued by X" or "X issued a <document>" in the two
    paragraphs before it."""
    k = bisect_right(ctx.para_starts, pos) - 1
    lo = ctx.para_starts[max(0, k - 1)] if ctx.para_starts else 0
    best = None
    for rx in (_ISSUED_BY, _ISSUED):
        for m in rx.finditer(ctx.text, lo, pos):
            if best is None or m.start() > best.start():
                best = m
    for m in _ISSUED_BODY.finditer(ctx.text, lo, pos):
        if best is None or m.start() > best.start():
            best = m
    if best is None:
        return None
    if best.re is _ISSUED_BODY:   # "the ministry issued a statement": the body at its fullest
        return _org_fullest(ctx, [best.group(1)], pos) or f"the {best.group(1).lower()}"
    who = best.group(1)
    who = who[4:] if who.startswith(("The ", "the ")) else who
    return who if who.strip() else None


def _issued_doc(words: str) -> bool:
    return any(w.lower() in _ISSUED_NOUNS for w in words.split())


def _by_author(s: str, i: int) -> tuple[str, str] | None:
    """"according to a tweet on Monday by US Secretary of State Mike Pompeo",
    "according to a statement from the ministry": the author, not the paper."""
    m = _DOC_BY.match(s, i)
    if m is None:
        return None
    return _np_at(s, m.end())


_DASH_ASIDE = re.compile(r"[ \t]*(?:—|[ \t]–[ \t]|--)[^—–\n\"“”]{3,160}?(?:—|[ \t]–[ \t]|--)(?=[ \t]*[\"“]?[ \t]*$)")


def _demarkdown(s: str) -> str:
    """Markdown and HTML left in a document's text hide the words around a
    quote ("[Sen. Roger Wicker](https://...):"): read them without it."""
    if "](" not in s and "*" not in s and "<" not in s and "[" not in s and "_" not in s:
        return s
    return _MD_LINK.sub("", s)


def _via_from(q: _Raw, s: str) -> None:
    m = _QUOTED_BY.search(s) or _REMARKS_TO.search(s)
    if m:
        q.via = m.group(1)


def _attribute_before(ctx: _Ctx, q: _Raw, start: int, end: int) -> bool:
    """Attribution in the sentence before the quote."""
    left = _demarkdown(ctx.text[start:end])
    if "—" in left or " – " in left or "--" in left:
        # an aside between dashes speaks for no one here ("Speaker John Bercow
        # commented on the matter — which the BBC noted as unusual — "..."")
        left = _DASH_ASIDE.sub(lambda m: " " * len(m.group(0)), left)
    pos = q.open_pos
    # each pattern below is tried only where its key word is present
    # (a cheap scan): most sentences hold none of them
    m = _LABEL.search(left) if left.rstrip().endswith(":") else None
    if m and _TRANSCRIPT_LABEL.search(left):
        return False  # a transcript turn's own label does not speak what it quotes
    if m and not all(w in _LABEL_SMALL or w.lower() in TITLE_HEADS or w.lower() in TITLE_MODS
                     for w in _WORDS.findall(m.group(1)) if w.islower()):
        # a clause before the colon, not a name label ("In his message, he
        # appreciated Soleimani's lifepath:"): its subject speaks, below
        m = None
    if m:
        # a label before a colon: "Governor Lamont of Connecticut: "...",
        # "[Sen. Roger Wicker](https://x.com/...): "...""
        # (each run read on over "of"/"to the": "Ambassador to the United Nations Nikki Haley said:")
        runs = ((np[1] if (np := _np_at(m.group(1), r.start())) and np[0] == "name" else r.group(0))
                for r in _NAME_PHRASE.finditer(m.group(1)))
        person = next((r for r in runs if ctx.cast.is_person(split_title(r)[1])), None)
        if person:
            q.speaker, q.title, ok = _resolve(ctx, ("name", person), pos)
            if ok and q.speaker:
                return True
    qo = _QUOTE_OF_NAME.search(left) if "quot" in left or "maxim" in left or "motto" in left else None
    if qo is not None:
        # "citing the Chuck Jones quote that "...": the words of the one the quote is named for
        q.speaker, q.title, ok = _resolve(ctx, ("name", " ".join(qo.group(1).split())), pos)
        return ok
    m = None
    for m in _ACCORDING.finditer(left):
        pass
    outlet = None
    if m is not None:
        np = _by_author(left, m.end()) or _np_at(left, m.end())
        if np and fold(np[1]) not in AGENCY_KEYS:
            q.speaker, q.title, ok = _resolve(ctx, np, pos)
            return ok
        if np and not _VERB.search(left, m.end()):
            # "According to NBC News, quote, "..."" with nobody else speaking:
            # the outlet's own words
            outlet = np[1]
    m = None
    for m in (_AGENCY_REPORTED.finditer(left) if _REPORTED.search(left) else ()):
        pass
    if m is not None:
        np = _np_at(left, m.end())
        if np:
            q.speaker, q.title, _ = _resolve(ctx, np, pos)
            q.via = m.group(1)
            return True
    m = None
    tail = left.rstrip(" \t")
    if (tail.endswith("to") and tail[-3:-2] in (" ", "\t")) or (tail.endswith("that") and tail[-5:-4] in (" ", "\t")):
        for m in _POSSESSIVE_NOUN.finditer(left):
            pass
    # "President Trump’s promise to "..."" - but not "opposed Macron's statement: "...""
    if m is not None and _TO_THAT.fullmatch(left, m.end()):
        q.speaker, q.title, ok = _resolve(ctx, ("name", m.group(1)), pos)
        return ok
    m = None
    for m in (_PASSIVE_BY.finditer(left) if _BY.search(left) else ()):
        pass
    if m is not None:
        np = _np_at(left, m.end())
        if np:
            q.speaker, q.title, ok = _resolve(ctx, np, pos)
            q.cue_words = _n_words(left[m.end():])
            return ok
    m = None
    if left.rstrip(" ,:\t")[-4:].lower() in ("read", "eads", "said", "says", "ated", "ates"):
        # only at the sentence's start or after its opening phrase
        p = _SPACE.match(left).end()
        m = _DOC_SUBJECT.match(left, p)
        if m is None and left.find(",", p) > 0:
            c = left.find(",", p)
            m = _DOC_SUBJECT.match(left, _SPACE.match(left, c + 1).end())
            if m is not None and not _main_subject_at(left, m.start()):
                m = None
    if m is not None:
        # "The event description read, "..."", "His post said: "...": the writer
        if m.group(2):
            np = ("name", m.group(2))
        elif m.group(1).lower() in ("his", "her"):
            np = ("pron", m.group(1))
        else:
            mn = ctx.cast.last_person_before(pos)
            np = ("name", mn.name) if mn is not None else None
        q.speaker, q.title, _ = _resolve(ctx, np, pos)
        return True
    ld = _LEAD_DOC.match(left, _SPACE.match(left).end())
    pd = _POSS_NOUN_DOC.match(left, _SPACE.match(left).end()) if "’s" in left or "'s" in left else None
    if pd is not None:
        # "The family's statement on the death read:": whose statement it is
        q.speaker, q.title = f"the {pd.group(1).lower()}", None
        if pd.group(1).lower() in TITLE_HEADS:
            # "Part of the judge's statement reads": the judge the text names
            who, title, ok = _resolve(ctx, ("desc", f"the {pd.group(1).lower()}"), pos)
            if ok and who and who != q.speaker:
                q.speaker, q.title = who, title
        return True
    if ld is not None and _issued_doc(ld.group(1)):
        # "The summary of the decision read in part:": the words of whoever the text says issued it
        who = _issuer(ctx, pos)
        if who is not None:
            q.speaker, q.title = who, None
            return True
    df = _DOC_FROM_READ.search(left) if "read" in left else None
    if df is not None:
        # "A statement from the White House read: "..."": its author's words
        np = _np_at(df.group("who"))
        if np is not None:
            q.speaker, q.title, ok = _resolve(ctx, np, pos)
            return ok
    verb = None
    for verb in _VERB.finditer(left):
        pass
    if verb is not None:
        q.cue_words = _n_words(left[verb.end():])
        # "..., saying "..."": a participle's speaker is its sentence's subject
        np = _latter(ctx, start, left, verb.start())
        if np is None and verb.group(0).lower().endswith("ing"):
            # "... and Ross Spano of Florida calling the process "..."": a
            # participle right after a person has that person as its subject
            m = _NAME_ING.search(left, max(0, verb.start() - 90), verb.start())
            if m and ctx.cast.is_person(m.group(1)):
                np = "name", m.group(1)
        head = left[:verb.start()]
        qb = _QUOTED_BY_AS.search(head) if np is None and "quoted" in head else None
        if qb is not None:
            # "Smith was quoted by Reuters as saying": Smith speaks, via Reuters
            np = _subject_before(head[:qb.start()], lambda run: ctx.cast.is_person(run))
        if np is None:
            # "Johnson, speaking to the BBC, said": the speaker stands before the aside
            pa = _PART_ASIDE.search(head) if "ing " in head else None
            if pa is not None:
                head = head[:pa.start()] + " "
            df = _DOC_FROM.search(head) if "from" in head or "by" in head else None
            if df is not None and not verb.group(0).lower().endswith("ing"):
                # "A statement from the White House read": its author's words
                np = _np_at(df.group("who"))
            if np is None:
                np = None if verb.group(0).lower().endswith("ing") else _poss_doc_subject(head) or \
                    _office_subject(head) or _subject_before(head, lambda run: ctx.cast.is_person(run))
        if np is None:
            np = _sentence_subject(ctx, start, end)
        _via_from(q, left)
        if np is not None:
            q.speaker, q.title, ok = _resolve(ctx, np, pos)
            if not ok and np[0] == "name" and fold(np[1]).removeprefix("the ") in AGENCY_KEYS:
                # "CNN tells us that, quote, "..."": an outlet's own words
                q.speaker, q.title = np[1], None
                return True
            return ok
        return True  # a verb without a speaker we can name: still speech
    if outlet is not None:
        q.speaker = outlet
        return True
    if left.rstrip().endswith(":"):
        np = _sentence_subject(ctx, start, end)
        q.speaker, q.title, ok = _resolve(ctx, np, pos)
        return True
    return False


_LATTER = re.compile(r"(?<![\w’'-])the[ \t]+(latter|former)(?:[ \t]+[\w’'-]+){0,3}?[ \t,]*$", re.IGNORECASE)


def _latter(ctx: _Ctx, start: int, left: str, verb_at: int) -> tuple[str, str] | None:
    """"... by the FAA and the NTSB, with the latter confirming "..."": the
    last (or, for "the former", the one before last) of the parties named
    before it in the sentence or the one before."""
    if "latter" not in left and "former" not in left:
        return None
    m = _LATTER.search(left, 0, verb_at)
    if m is None:
        return None
    lo = _sentence_start(ctx, start - 1) if start > 0 else 0
    hi = start + m.start()
    named = []
    for r in RUN.finditer(ctx.text, lo, hi):
        if _in_quote(ctx, r.start()):
            continue
        mn = ctx.cast.mention_at(r.start(), r.end())
        if mn is not None:
            named.append(mn.name)
    k = 1 if m.group(1).lower() == "latter" else 2
    return ("name", named[-k]) if len(named) >= k else None


def _office_subject(left: str) -> tuple[str, str] | None:
    """"Netanyahu's office said": the office right before the verb speaks."""
    if "’s" not in left and "'s" not in left:
        return None
    m = _POSS_OFFICE_END.search(_drop_adverbs(left))
    return ("desc", f"{m.group(1)}'s {' '.join(m.group(2).split()).lower()}") if m else None


def _poss_doc_subject(left: str) -> tuple[str, str] | None:
    """"The President’s Executive Order said": the owner of the document or
    statement right before the verb speaks, not the document."""
    if "’s" not in left and "'s" not in left:
        return None
    m = None
    for m in _POSS_DOC.finditer(left):
        pass
    if m is None:
        return None
    rest = _drop_adverbs(left[m.end():])
    if rest.strip() and not _DOC_NAME_TAIL.fullmatch(rest):
        return None  # (the document's own name may follow: "Executive Order on Climate-Related Financial Risk")
    return "name", m.group(1)


# The longest opening phrase read past to a sentence's subject: "After Deputy
# Prime Minister for Finance and Minister of Economy Richard Sulík failed to
# procure sufficient numbers of rapid testing kits, the Prime Minister ..."
_INTRO_MAX_WORDS = 24
_IN_WORDS_OF = re.compile(r"[Ii]n[ \t]+(?:the[ \t]+)?\[?words[ \t]+of[ \t]+")


def _main_subject(ctx: _Ctx, s0: int, end: int) -> tuple[str, str] | None:
    """The subject opening the sentence at ``s0`` (after an opening phrase
    such as "On Tuesday," or "In a press release issued on Friday,"), when
    it can speak: a pronoun, a person, a body, or a described person or group."""
    text = ctx.text
    p = _SPACE.match(text, s0, end).end()
    first = _WORDS.match(text, p, end)
    if first is None:
        return None
    low = first.group(0).lower()
    w = _IN_WORDS_OF.match(text, p, end)
    if w is not None:
        # "In the words of Special Envoy Adam Boehler, President Trump "has made ...": the envoy's words
        np = _np_at(text[w.end():end])
        return np if np is not None and np[0] == "name" else None
    if low in _INTRO_WORDS or (low.endswith("ly") and len(low) > 4) or (
            low.endswith(("ed", "ing")) and len(low) > 5 and first.group(0)[:1].isupper()):
        # ("Underwhelmed with her role, she left the series": a participle's phrase opens it)
        comma = text.find(",", p, end)
        if comma < 0 or _n_words(text[p:comma]) > _INTRO_MAX_WORDS:
            return None
        p = _SPACE.match(text, comma + 1, end).end()
    m = _PRON.match(text, p)
    if m:
        return ("pron", m.group(0)) if _NEXT_LOWER.match(text, m.end()) else None
    the = re.match(r"the[ \t]+", text[p:p + 4], re.IGNORECASE)
    org = _ORG_CHAIN.match(text, p + the.end()) if the else None
    if org and any(w.lower() in _ORG_HEADS for w in org.group(0).split()) and _NEXT_LOWER.match(text, org.end()):
        return "name", org.group(0)  # "the Turkish Ministry of Foreign Affairs denounced"
    m = _DESC_HEAD.match(text, p, end)
    if m:
        words = m.group(0).split()
        nxt = _NEXT_LOWER.match(text, m.end())
        if any(w.lower() in _PREPOSITIONS or w.lower() in _VERB_WORDS for w in words[1:-1]) or (
                nxt and (nxt.group(1) in NONPERSON or nxt.group(1) in _ORG_HEADS)):
            pass  # "An eyewitness described for news agency", "an official government account"
        elif words[-1].lower().split("-")[-1] in TITLE_HEADS and (a := _APPOS_NAME.match(text, m.end(), end)) \
                and (len(a.group(1).split()) > 1 or ctx.cast.is_person(a.group(1))):
            return "name", a.group(1)  # "The mayor of London, Sadiq Khan,", "One activist, Nur Khan Liton"
        else:
            return "desc", " ".join(words)
    m = _POSS_DOC.match(text, p, end)
    if m and _NEXT_LOWER.match(text, m.end(), end):
        return "name", m.group(1)  # "The President’s Executive Order required that "...""
    np = _np_at(text[p:end]) if RUN.match(text, p, end) else None
    if np is not None and np[0] == "desc" and "'s " in np[1] and not _in_quote(ctx, p) \
            and _VERB.search(text, p + len(np[1]), end):
        return np   # "Day's animal foundation said", "Erdogan's office announced"
    if np is not None and np[0] == "name" and not _in_quote(ctx, p):
        run = np[1]
        toks = run.split()
        if any(_POSS_TAIL.search(t) for t in toks[:-1]) or any(len(t) > 1 and t.isupper() for t in toks[-1:]):
            return None  # "RIAA's DMCA notice": a thing the body owns, not the body
        title, name = split_title(run)
        if (title and _has_head_word(title)) or ctx.cast.is_person(run):
            return np
        if run.split()[-1].lower() in _ORG_HEADS and _NEXT_LOWER.match(text, p + len(run)):
            return np
    return None


def _main_subject_at(left: str, i: int) -> bool:
    """Whether ``left[:i]`` is only an opening phrase ("On Monday, ")."""
    head = left[:i].strip()
    first = _WORDS.match(head)
    return bool(first) and head.endswith(",") and first.group(0).lower() in _INTRO_WORDS \
        and _n_words(head) <= _INTRO_MAX_WORDS


def _has_head_word(title: str) -> bool:
    return any(_is_title_word(w) for w in title.split())


def _sentence_subject(ctx: _Ctx, start: int, end: int) -> tuple[str, str] | None:
    """The first person named in the sentence, outside quotation marks; a
    sentence opening with a participle ("Calling it ..., Anna Franowska told")
    names its subject after the quote."""
    s0, s1 = _sentence_bounds(ctx, start)
    main = _main_subject(ctx, s0, end)
    if main is not None and main[0] != "desc":
        return main
    m = _DET.match(ctx.text, s0)
    if m:
        np = _np_at(ctx.text[s0:end])
        if np and (np[0] == "name" or _WORD_VERB.match(ctx.text, s0 + len(np[1]), end)):
            return np
    for m in RUN.finditer(ctx.text, s0, s1):
        if _in_quote(ctx, m.start()):
            continue
        mn = ctx.cast.mention_at(m.start(), m.end())
        if mn is not None and mn.person:
            return "name", mn.name
    return main  # a described subject ("The foreign ministers") when nobody is named


_INLINE_BULLET = re.compile(r"(?:^|[ \t])(?:-|•)[ \t]{2,4}(?=\S)|(?:^|[ \t])•[ \t]")


def _attribute(ctx: _Ctx, q: _Raw, idx: int, prev_in_para: _Raw | None) -> None:
    text = ctx.text
    sent_start = _sentence_start(ctx, q.open_pos)
    # after the quote, up to the end of its sentence or the next quotation
    nxt = ctx.quotes[idx + 1].open_pos if idx + 1 < len(ctx.quotes) else len(text)
    line_end = text.find("\n", q.close_pos)
    after_end = min(nxt, line_end if line_end >= 0 else len(text))
    gap = text[q.close_pos + 1:after_end]
    bullet = _INLINE_BULLET.search(gap) if "-" in gap or "•" in gap else None
    if bullet is not None:   # the next item of a list run together on one line is no attribution
        gap = gap[:bullet.start()]
    stop = _STOP.search(gap)
    first_stop = stop.start() if stop else len(gap)
    if stop and not text[q.close_pos + 1:q.close_pos + 1 + stop.start()].strip(" ,"):
        # '"A." he said' puts the sentence end before the quote's own closing
        stop = _STOP.search(gap[stop.end():])
        first_stop = stop.start() + first_stop + 1 if stop else len(gap)
    gap = _demarkdown(gap[:first_stop + 1])
    left_start = max(sent_start, prev_in_para.close_pos + 1) if prev_in_para and prev_in_para.close_pos >= sent_start \
        else sent_start
    # '"A." Next sentence said' - a quote that ends its sentence takes the
    # words after it as its attribution only when nothing before claims it
    ends_sentence = _ends_sentence(text, q)
    pm = _PARTICIPLE_TAIL.search(text, left_start, q.open_pos) if "ing" in text[left_start:q.open_pos] else None
    if pm is not None:
        # '"A," Guterres told the assembly, adding: "B."': B is the same speaker's
        if prev_in_para is not None and prev_in_para.close_pos >= sent_start and prev_in_para.cued \
                and prev_in_para.speaker:
            q.speaker, q.title, q.via, q.cued = prev_in_para.speaker, prev_in_para.title, prev_in_para.via, True
            return
        if _attribute_before(ctx, q, left_start, pm.start()) and q.speaker and len(q.speaker.split()[-1]) > 2:
            q.cued = True
            return
        q.speaker = q.title = q.via = None   # ("A tweet ... repeated his commitment, saying": no one found)
        acct = _ACCOUNT_OWNER.search(text, left_start, pm.start())
        if acct is not None:
            # "A tweet sent from Biden's Twitter account ... repeated Biden's commitment, saying": the account's owner
            q.speaker, q.title, _ = _resolve(ctx, ("name", acct.group(1)), q.open_pos)
            q.cued = bool(q.speaker)
            return
    if not ends_sentence and _attribute_after(ctx, q, gap, q.open_pos):
        q.cued = True
        return
    if text[left_start:q.open_pos].rstrip(" \t*_").endswith(":") and not ctx.cast.persons_between(left_start, q.open_pos):
        lead = _list_lead(text, q.open_pos)
        if lead is not None:
            # "President Trump has promised that the Federal Government will:\n\n-   Protect
            # the civil rights of our Jewish citizens: "My promise ..."": an item's label
            # names a topic; the list is the words of whom its lead-in names
            ls = _sentence_start(ctx, lead - 1)
            # (a lead-in of speech, not of headlines or coverage an outlet wrote)
            np = _sentence_subject(ctx, ls, lead) if _VERB.search(text, ls, lead) and not _MEDIA_LEAD.search(
                text, ls, lead) else None
            if np is not None and np[0] == "name":
                q.speaker, q.title, _ = _resolve(ctx, np, q.open_pos)
                q.cued = bool(q.speaker)
                if q.speaker:
                    return
    if _attribute_before(ctx, q, left_start, q.open_pos):
        q.cued = True
        return
    if ends_sentence and prev_in_para is not None and prev_in_para.close_pos >= sent_start and prev_in_para.cued \
            and not text[left_start:q.open_pos].strip(" \t,;").lower().removesuffix("and").removesuffix("or").strip():
        # 'said they went to "A" and "B". One interviewee said ...': B goes
        # with A, not with the next sentence's speaker
        q.speaker, q.title, q.via, q.cued = prev_in_para.speaker, prev_in_para.title, prev_in_para.via, True
        return
    if ends_sentence and _attribute_after(ctx, q, gap, q.open_pos):
        q.cued = True
        return
    # the same sentence's previous quote: "...said the victims were "A" in an "B""
    if prev_in_para is not None and prev_in_para.close_pos >= sent_start and prev_in_para.cued:
        q.speaker, q.title, q.via, q.cued = prev_in_para.speaker, prev_in_para.title, prev_in_para.via, True
        return
    # a quote standing alone: the previous sentence announced it or quoted the same speaker
    if text[sent_start:q.open_pos].strip(" \t\u00a0-\u2014\u2013"):
        # no speech verb: words quoted in a sentence are its subject's
        # ("she was directing the committees to "..."", "They concluded the
        # deal is "..."") when the subject is someone who can speak
        np = _main_subject(ctx, sent_start, q.open_pos)
        left = text[sent_start:q.open_pos]
        if np is not None:
            q.speaker, q.title, _ = _resolve(ctx, np, q.open_pos)
            return
        if prev_in_para is not None and prev_in_para.cued and prev_in_para.speaker and sent_start > 0 \
                and prev_in_para.close_pos >= _sentence_start(ctx, sent_start - 1):
            # 'With "A," Chapman told Wikinews. The costume "is very warm"': the
            # sentence names nobody who could speak, so the words go on being
            # those of the speaker the sentence before quoted
            q.speaker, q.title, q.via = prev_in_para.speaker, prev_in_para.title, prev_in_para.via
            return
        if not (ends_sentence and _main_subject_at(left.rstrip() + " ", len(left.rstrip()))):
            return
        # 'During the premiere, "I felt like ..."': an opening phrase and the
        # quote, a sentence of its own: read as a quote standing alone
    prev_start = _sentence_start(ctx, sent_start - 1) if sent_start > 0 else None
    if prev_start is None:
        return
    prev_text = text[prev_start:sent_start].rstrip()
    if prev_in_para is not None and prev_in_para.close_pos >= prev_start and prev_in_para.speaker:
        q.speaker, q.title, q.via = prev_in_para.speaker, prev_in_para.title, prev_in_para.via
        return
    if prev_text.endswith(":") and not _TRANSCRIPT_LABEL.search(prev_text[-60:]):
        np = _sentence_subject(ctx, prev_start, sent_start)
        q.speaker, q.title, _ = _resolve(ctx, np, q.open_pos)
        return
    # "Radmall conceded that his side needed work. "We had our chances."":
    # the previous sentence's speaker, when it speaks and quotes nobody else
    if bisect_left(ctx.opens, prev_start) == bisect_left(ctx.opens, sent_start) and ctx.text[prev_start:sent_start].count("\n") == 0:
        probe = _Raw(parts=[], open_pos=q.open_pos, close_pos=q.close_pos)
        verb = None
        for v in _VERB.finditer(text, prev_start, sent_start):
            # ("Zapata said, adding it required much endurance": the finite
            # verb's subject, not the participle's)
            if verb is None or not (v.group(0).lower().endswith("ing") and _PARTICIPLE_TAIL.search(text, prev_start, v.end())):
                verb = v
        if verb is not None and verb.group(0).islower():
            np = _subject_before(text[prev_start:verb.start()], lambda run: ctx.cast.is_person(run))
            if np is not None:
                probe.speaker, probe.title, _ = _resolve(ctx, np, q.open_pos)
                q.speaker, q.title = probe.speaker, probe.title
        if verb is None and (not gap.strip(" \t\u00a0.,!?\"”") or _n_words(text[q.parts[0][0]:q.parts[-1][1]]) >= 12 and gap[:1] == " "
                             and gap[1:2].islower() and not _VERB.search(gap)):
            # "Livermore, a professor at UEA, led the study. "We wanted ..."":
            # the first quote after a person is introduced is theirs (a long
            # one also when the sentence goes on without a verb of speech:
            # '"... make up some fake legs" to place at the bridge station')
            np = _main_subject(ctx, prev_start, sent_start)
            if np is not None and (np[0] == "name" or np[1].lower() in PRONOUNS):
                q.speaker, q.title, _ = _resolve(ctx, np, q.open_pos)
            elif not text[sent_start:q.open_pos].strip() and not gap.strip(" \t\u00a0.,!?\"”"):
                # "The home side was on the receiving end of two yellow cards, leaving
                # Ingram unimpressed. "One of them was questionable."": a quote standing
                # alone after a sentence that names one person and no one else is theirs
                named = {ctx.cast.resolve(mn.name)[0] for mn in ctx.cast.persons_between(prev_start, sent_start)
                         if len(mn.name.split()) <= 4 and not text.startswith(("'s", "’s"), mn.end)}
                if len(named) == 1 and "\n" not in text[prev_start:q.open_pos] and \
                        not _INLINE_BULLET.search(text, prev_start, q.open_pos):
                    q.speaker, q.title, _ = _resolve(ctx, ("name", named.pop()), q.open_pos)


_MEDIA_LEAD = re.compile(r"\b(?:headlines?|coverage|reporting|reports|outlets|editorial|op-eds?)\b", re.IGNORECASE)
_LIST_ITEM_START = re.compile(r"[ \t]*(?:[-•*]|\d+\.)[ \t]+")


def _list_lead(text: str, pos: int) -> int | None:
    """Where the lead-in of the bulleted list holding ``pos`` ends (its colon),
    when the list's paragraph opens on a bullet and the paragraph before it
    ends on a colon; else None."""
    para = text.rfind("\n", 0, pos) + 1
    if not _LIST_ITEM_START.match(text, para):
        return None
    j = para - 1
    while j > 0 and text[j - 1].isspace():
        j -= 1
    return j if j > 0 and text[j - 1] == ":" else None


# ---------------------------------------------------------------- joining


def _ends_sentence(text: str, q: _Raw) -> bool:
    """The quote closes its sentence and the next one starts after it."""
    inner = text[q.parts[-1][0]:q.parts[-1][1]].rstrip()
    after = text[q.close_pos + 1:q.close_pos + 4]
    if after[:1] in (".", "!", "?"):
        return True
    return inner[-1:] in (".", "!", "?") and bool(_CAP_AFTER.match(after)) \
        and not _SAID_AFTER.match(text[q.close_pos + 1:q.close_pos + 12])


def _joinable(text: str, a: _Raw, b: _Raw, ctx: _Ctx) -> bool:
    """'"A," he said, "B."' is one quote: the gap between the parts is an
    attribution with a speaker of its own and no second verb of speech."""
    # markup around the speaker ("said **First Lady Jill Biden**.") is read without it
    raw = text[a.close_pos + 1:b.open_pos]
    if "\n" in raw and "<" not in raw:
        return False  # (only a tag, removed below, can hold a line break)
    gap = _demarkdown(raw)
    # (at most 13 words counted: a gap between paragraphs can be long)
    if "\n" in gap or sum(1 for _ in islice(_WORDS.finditer(gap), 13)) > 12 or \
            not (_VERB.search(gap) or "read" in gap and _READS_OWNED.search(gap)):
        return False
    if _ends_sentence(text, a):
        return False  # '"A." He said "B."': the verb belongs to B
    sent_start = _sentence_start(ctx, a.open_pos)
    if _VERB.search(text, sent_start, a.open_pos) or text[sent_start:a.open_pos].rstrip().endswith(":"):
        return False  # A has its own attribution before it
    if any(v.group(0).lower() in _CONTINUATION for v in _VERB.finditer(gap)):
        return False
    if not _GAP_BODY.fullmatch(gap):
        return False
    stop = _STOP.search(gap)
    if stop and _CAP_AFTER.match(gap, stop.end()) and gap[:stop.start()].strip(" ,\t"):
        # '"A," she announced. Specifically, she ... to "B"': B opens a new sentence
        return False
    probe = _Raw(parts=[], open_pos=a.open_pos, close_pos=a.close_pos)
    if not _attribute_after(ctx, probe, gap, a.open_pos, lookup=False):
        return False
    # "B" must not carry its own attribution
    tail = text[b.close_pos + 1:b.close_pos + 80].split("\n", 1)[0]
    probe2 = _Raw(parts=[], open_pos=b.open_pos, close_pos=b.close_pos)
    return not _attribute_after(ctx, probe2, tail, b.open_pos, lookup=False)


def _dedupe(quotes: list[Quote]) -> list[Quote]:
    """A pull quote repeated in the body counts once: keep the longer."""
    if len(quotes) < 2:
        return quotes  # (nothing to repeat; the keys below cost more than the rest)
    keys = [" ".join(_WORDS.findall(fold_text(q.text))) for q in quotes]
    every = "\x00".join(keys)
    drop = set()
    for i, ki in enumerate(keys):
        if len(ki.split()) < 3 or every.count(ki) < 2:
            continue  # (once: only in itself)
        for j, kj in enumerate(keys):
            if i != j and j not in drop and ki in kj and (len(ki) < len(kj) or (ki == kj and i > j)):
                drop.add(i)
                break
    return [q for i, q in enumerate(quotes) if i not in drop]


def _clean(text: str, start: int, end: int, last: bool = True) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or (last and text[end - 1] in ",;")):
        end -= 1
    return start, end


def find_quotes(text: str) -> list[Quote]:
    at = [m.start() for m in _MARKS.finditer(text)]
    if not at:
        return []
    source = text
    if "\u00a0" in text:
        # web documents put no-break spaces around "said" and inside names
        # ("said\u00a0First Lady Jill Biden"): the rules read them as spaces
        # (same length, so every offset still indexes the source text)
        text = text.replace("\u00a0", " ")
    paras = paragraphs(text)
    raw = _pairs(text, paras, at)
    if not raw:
        return []
    raw.sort(key=lambda r: r.open_pos)
    cast = Cast(text, [(r.open_pos, r.close_pos + 1) for r in raw], paras)
    ctx = _Ctx(text, cast, paras, [p.start for p in paras], raw)
    for r in raw:
        r.dropped = _not_speech(text, r)
    # join split quotes (only parts that are speech)
    quotes: list[_Raw] = []
    for r in raw:
        if r.dropped:
            continue
        last = quotes[-1] if quotes else None
        if last is not None and _joinable(text, last, r, ctx):
            gap = _demarkdown(text[last.close_pos + 1:r.open_pos])
            _attribute_after(ctx, last, gap, last.open_pos)
            last.cued = True
            last.split = True
            last.parts.extend(r.parts)
            last.close_pos = r.close_pos
            continue
        quotes.append(r)
    ctx.quotes = quotes
    ctx.opens = [q.open_pos for q in quotes]
    far = -1
    for q in quotes:
        far = max(far, q.close_pos)
        ctx.reach.append(far)
    para_starts = ctx.para_starts
    prev: _Raw | None = None
    for i, q in enumerate(quotes):
        same_para = prev is not None and bisect_right(para_starts, prev.close_pos) == bisect_right(para_starts, q.open_pos)
        near = prev if prev is not None and (same_para or _adjacent_paras(paras, para_starts, prev, q)) else None
        if not q.split:
            _attribute(ctx, q, i, near)
        prev = q
    out: list[Quote] = []
    for q in quotes:
        # a trailing comma goes with the attribution only at the quote's end:
        # "We are ready," he said, "to talk." -> "We are ready, to talk."
        spans = [_clean(text, s, e, last=(k == len(q.parts) - 1)) for k, (s, e) in enumerate(q.parts)]
        spans = [(s, e) for s, e in spans if e > s]
        if not spans:
            continue
        body = " ".join(source[s:e] for s, e in spans)
        if "](" in body:
            body = _LINK_TEXT.sub(r"\1", body)  # the link's words, not its address
        # short quoted phrases with no speech cue in reach are scare quotes
        # a few quoted words far from any speech verb are scare quotes
        # ("advised her to kill her "kuffar" parents")
        if not q.cued or q.cue_words > 4:
            n = sum(1 for _ in islice(_WORDS.finditer(body), 5))  # only "fewer than five" matters
            if n < 5 and (not q.cued or q.cue_words > 10 or n == 1):
                continue
        if len(q.parts) == 1 and _short_partial(ctx, q, body):
            continue
        start, end = spans[0][0], spans[-1][1]
        if len(spans) == 1:
            end = spans[0][1]
        out.append(Quote(char_start=start, char_end=end, text=body, speaker=q.speaker,
                         speaker_title=q.title if q.speaker else None, via=q.via))
    return _dedupe(out)


def _short_partial(ctx: _Ctx, q: _Raw, body: str) -> bool:
    """A few words (under five) quoted inside a sentence ("would be a "real
    focus"", "said the "peace plan" was dead"): at best a partial quote the
    guide leaves optional, often a scare quote next to a speech verb. Only
    a short quote that is a whole utterance is kept: one opening its
    sentence or right after its cue ('said "We couldn't win"', 'said: "No."')."""
    if sum(1 for _ in islice(_WORDS.finditer(body), 5)) >= 5:
        return False
    before = ctx.text[_sentence_start(ctx, q.open_pos):q.open_pos].rstrip(" \t\u00a0")
    if not before.strip(" -\u2014\u2013\"“”'‘’"):
        return False
    if before.endswith(":"):
        return bool(_TRANSCRIPT_LABEL.search(before))
    vb = _VERB_END_COMMA.search(before[-30:])
    return not (vb and vb.group(1).lower() not in _LABEL_VERBS)


def _adjacent_paras(paras, para_starts, a: _Raw, b: _Raw) -> bool:
    ia = bisect_right(para_starts, a.close_pos) - 1
    ib = bisect_right(para_starts, b.open_pos) - 1
    return ib - ia == 1
