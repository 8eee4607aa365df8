from __future__ import annotations

from datetime import UTC, date, datetime

import pyarrow as pa
import pytest

from schemas.article import Article, content_id
from schemas.events import PAYLOADS, arrow_schema, event_id, stable_id
from schemas.records import Extraction, Figure, Meeting, Quote, Attendee
from warehouse.eventrows import EventBatch


def test_every_event_type_has_envelope_then_payload():
    for et in PAYLOADS:
        names = arrow_schema(et).names
        assert names[:7] == ["event_id", "event_type", "article_id", "run_id", "extractor_version",
                             "recorded_at", "schema_version"]
        assert set(names[7:]) == set(PAYLOADS[et].model_fields)


def test_unknown_event_type_says_what_exists():
    with pytest.raises(ValueError, match="expected one of"):
        arrow_schema("quote.said")


def test_ids_are_deterministic_and_distinct():
    assert event_id("quote.extracted", "a", "v1", "q") == event_id("quote.extracted", "a", "v1", "q")
    assert event_id("quote.extracted", "a", "v1", "q") != event_id("quote.extracted", "a", "v2", "q")
    assert stable_id("a", None) == stable_id("a", "")  # None and empty are one identity by design
    assert content_id("Same  text\n") == content_id("Same text")


def _extraction() -> Extraction:
    return Extraction(
        quotes=[Quote(char_start=0, char_end=5, text="Hello", speaker="A B"),
                Quote(char_start=0, char_end=5, text="Hello", speaker="A B")],  # reported twice: one row
        figures=[Figure(char_start=10, char_end=19, value=17, kind="count", unit="people", text="17 people")],
        meetings=[Meeting(key="m-0", char_start=0, char_end=40, title="talks", kind="talks", location="London",
                          country_code="GB", start_date=date(2015, 1, 22), date_precision="day",
                          attendees=[Attendee(name="John Kerry", kind="person", is_host=True),
                                     Attendee(name="John Kerry", kind="person", is_host=True)])])


def test_event_rows_round_trip_through_arrow():
    now = datetime(2026, 1, 1, tzinfo=UTC)
    b1, b2 = EventBatch("run-1", now), EventBatch("run-2", now)
    art = Article(external_id="x", text="Hello there, 17 people met in London.", origin="x.txt")
    for b in (b1, b2):
        b.article(art)
        b.extraction(art.article_id, "v1", _extraction())
    assert b1.counts() == {"article.ingested": 1, "meeting.extracted": 1, "attendee.extracted": 1,
                           "quote.extracted": 1, "figure.extracted": 1, "extraction.completed": 1}
    for et, cols in b1.columns.items():
        table = pa.Table.from_pydict(cols, schema=arrow_schema(et))
        assert table.num_rows == 1
        # a second run over the same input yields the same event ids
        assert cols["event_id"] == b2.columns[et]["event_id"]
    done = b1.columns["extraction.completed"]
    assert (done["quotes"], done["attendees"]) == ([1], [1])
