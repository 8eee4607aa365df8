"""Events: one envelope, typed payloads, and the Arrow schemas derived from them.

Every event row in the log is the envelope columns followed by its type's
payload columns (flat, so any Parquet reader can query them). Event ids are
deterministic: a hash of the type, the article, the extractor version and the
record's identity, so replaying the same input writes the same ids.
"""
from __future__ import annotations

import hashlib
import types
import typing
from datetime import date, datetime
from typing import Any, Literal, get_args, get_origin

import pyarrow as pa
from pydantic import BaseModel, ConfigDict

SCHEMA_VERSION = 1  # the envelope's version, and every payload's unless SCHEMA_VERSIONS says otherwise
# A payload that changes shape gets a new version here and an upcaster in
# schemas/upcast.py; files written in the old shape are never rewritten.
SCHEMA_VERSIONS = {"article.rejected": 2, "article.ingested": 2}


def version_of(event_type: str) -> int:
    return SCHEMA_VERSIONS.get(event_type, SCHEMA_VERSION)


class Envelope(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    event_id: str
    event_type: str
    article_id: str | None
    run_id: str
    extractor_version: str | None
    recorded_at: datetime
    schema_version: int = SCHEMA_VERSION


class _Payload(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ArticleIngested(_Payload):
    external_id: str
    title: str | None
    published: date | None
    source: str | None
    url: str | None
    license: str | None
    origin: str
    text: str
    # v2: the hash of ``text`` exactly as ingested (no folding), so a later run
    # knows a byte-identical input without folding its white space again
    text_sha256: str


class ArticleSourced(_Payload):
    """An already-ingested text seen again from another source or url (a syndicated copy)."""

    external_id: str
    source: str | None
    url: str | None
    origin: str


class ArticleRejected(_Payload):
    source: str
    reason: str
    line: int | None  # v2: the line of a JSONL file, so rejections can be filtered per file and line


class MeetingExtracted(_Payload):
    meeting_id: str
    title: str
    kind: str
    location: str | None
    country_code: str | None
    start_date: date | None
    date_precision: str | None
    char_start: int
    char_end: int


class AttendeeExtracted(_Payload):
    attendee_id: str
    meeting_id: str
    name: str
    kind: str
    title: str | None
    country_code: str | None
    is_host: bool


class QuoteExtracted(_Payload):
    quote_id: str
    meeting_id: str | None
    text: str
    speaker: str | None
    speaker_title: str | None
    via: str | None
    char_start: int
    char_end: int


class FigureExtracted(_Payload):
    figure_id: str
    meeting_id: str | None
    value: float
    kind: str
    unit: str | None
    text: str
    qualifier: str | None
    char_start: int
    char_end: int


class ExtractionCompleted(_Payload):
    meetings: int
    attendees: int
    quotes: int
    figures: int


class RecordCorrected(_Payload):
    """A person's fix, keyed by the record's identity in the article (its id),
    never by extractor version, so it survives re-extraction."""

    correction_id: str
    record_type: Literal["quote", "figure", "meeting", "attendee"]
    record_id: str
    action: Literal["set", "reject", "add"]
    field: str | None
    value: str | None
    author: str
    reason: str | None


PAYLOADS: dict[str, type[_Payload]] = {
    "article.ingested": ArticleIngested,
    "article.rejected": ArticleRejected,
    "article.sourced": ArticleSourced,
    "meeting.extracted": MeetingExtracted,
    "attendee.extracted": AttendeeExtracted,
    "quote.extracted": QuoteExtracted,
    "figure.extracted": FigureExtracted,
    "extraction.completed": ExtractionCompleted,
    "record.corrected": RecordCorrected,
}

_ARROW = {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_(),
          date: pa.date32(), datetime: pa.timestamp("us", tz="UTC")}


def _arrow_type(annotation: Any) -> tuple[pa.DataType, bool]:
    """(arrow type, nullable) of a pydantic field annotation."""
    origin = get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in get_args(annotation) if a is not type(None)]
        typ, _ = _arrow_type(args[0])
        return typ, True
    if origin is Literal:
        return pa.string(), False
    return _ARROW[annotation], False


def _fields(model: type[BaseModel]) -> list[pa.Field]:
    out = []
    hints = typing.get_type_hints(model)
    for name in model.model_fields:
        typ, nullable = _arrow_type(hints[name])
        out.append(pa.field(name, typ, nullable=nullable))
    return out


def arrow_schema(event_type: str) -> pa.Schema:
    """The Arrow schema of one event type's Parquet files: envelope, then payload."""
    try:
        payload = PAYLOADS[event_type]
    except KeyError:
        raise ValueError(f"unknown event type {event_type!r}; expected one of {sorted(PAYLOADS)}") from None
    return pa.schema(_fields(Envelope) + _fields(payload),
                     metadata={b"newsledger.event_type": event_type.encode(),
                               b"newsledger.schema_version": str(version_of(event_type)).encode()})


def stable_id(*parts: object) -> str:
    """A deterministic id from the parts that make a record what it is."""
    h = hashlib.sha256("\x1f".join("" if p is None else str(p) for p in parts).encode("utf-8"))
    return h.hexdigest()[:20]


def event_id(event_type: str, article_id: str | None, extractor_version: str | None, identity: str) -> str:
    return stable_id(event_type, article_id, extractor_version, identity)
