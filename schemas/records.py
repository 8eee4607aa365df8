"""Records the extractor produces: what one article says, with evidence offsets.

Offsets index the article text (0-based, end exclusive). Records carry no ids:
ids are derived from a record's identity in the article when it becomes an
event (see ``schemas.events``), so pure extraction code never hashes.
"""
from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

FigureKind = Literal["count", "money", "percent", "measure", "duration"]
PartyKind = Literal["person", "country", "organization"]
MeetingKind = Literal["talks", "summit", "conference", "visit", "call", "meeting"]
DatePrecision = Literal["day", "month", "year"]


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Span(_Record):
    char_start: int = Field(ge=0)
    char_end: int = Field(ge=0)


class Quote(Span):
    """Words presented as someone's exact words. ``text`` joins the parts of a
    quote split by its attribution with one space; the span covers all parts."""

    text: str
    speaker: str | None = None
    speaker_title: str | None = None
    via: str | None = None
    meeting_key: str | None = None


class Figure(Span):
    value: float
    kind: FigureKind
    unit: str | None = None
    text: str
    qualifier: str | None = None
    meeting_key: str | None = None


class Attendee(_Record):
    name: str
    kind: PartyKind
    title: str | None = None
    country_code: str | None = None
    is_host: bool = False


class Meeting(Span):
    """``key`` is the meeting's identity inside its article (stable across
    extractor versions as long as the meeting is found at the same place)."""

    key: str
    title: str
    kind: MeetingKind = "meeting"
    location: str | None = None
    country_code: str | None = None
    start_date: date | None = None
    date_precision: DatePrecision | None = None
    attendees: list[Attendee] = Field(default_factory=list)


class Extraction(_Record):
    quotes: list[Quote] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    meetings: list[Meeting] = Field(default_factory=list)
