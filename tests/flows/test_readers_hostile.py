"""Hostile input to every reader entry: nothing escapes, every input becomes an
Article or a Rejection with a reason, and either can be written to the log.

The explicit bad-input cases through the real CLI are in tests/test_crash_safety.py.
"""
from __future__ import annotations

import gzip
import json
import os
import tempfile
import zlib
from datetime import UTC, datetime
from pathlib import Path

import pyarrow as pa
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flows.readers import MAX_TEXT_CHARS, parse_json_line, parse_txt, read_file
from schemas.article import Article, Rejection
from schemas.events import arrow_schema
from warehouse.eventrows import EventBatch

FIELDS = ["id", "title", "published", "url", "source", "license", "text"]
SUFFIXES = [".txt", ".jsonl", ".jsonl.gz"]
GZIP_HEADER = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03"
EXAMPLES = {"n": 0}  # how many inputs the tests below tried (printed at the end with -s)

json_scalars = (st.none() | st.booleans() | st.integers() | st.integers(min_value=2**63) |
                st.floats(allow_nan=False, allow_infinity=False) | st.text() |
                # dates in the forms people type, right and wrong
                st.sampled_from(["2019-07-10", "2019-13-45", "22 January 2015", "yesterday", "", "0000-00-00",
                                 "2015-01-22T10:00:00Z", "\x00", "9999-12-31", "10/07/2019"]))
json_values = st.recursive(json_scalars, lambda kids: st.lists(kids, max_size=4) |
                           st.dictionaries(st.text(max_size=8), kids, max_size=4), max_leaves=12)
# objects shaped like articles, each field any JSON value (or a plausible one)
article_objects = st.dictionaries(st.sampled_from(FIELDS) | st.text(max_size=6),
                                  json_values | st.text(min_size=1), max_size=8)
# text with everything: controls, NUL, lone surrogates (JSON escapes them)
any_text = st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=200)


def _check(item) -> None:
    """An Article or a Rejection with a reason, and it can be written as an event."""
    EXAMPLES["n"] += 1
    assert isinstance(item, Article | Rejection), type(item)
    batch = EventBatch("run", datetime.now(UTC))
    if isinstance(item, Rejection):
        assert item.reason.strip() and item.source.strip()
        batch.rejection(item)
        event_type = "article.rejected"
    else:
        assert item.text.strip() and item.external_id and len(item.text) <= MAX_TEXT_CHARS
        assert item.article_id  # hashes the text as UTF-8
        batch.article(item)
        event_type = "article.ingested"
    # the same conversion StagedRun.write does: a value Parquet cannot hold raises here
    pa.Table.from_pydict(dict(batch.columns[event_type]), schema=arrow_schema(event_type))


@settings(max_examples=400, deadline=None)
@given(st.binary(max_size=300))
def test_json_line_random_bytes(data):
    _check(parse_json_line(data, "f.jsonl:1"))


@settings(max_examples=400, deadline=None)
@given(json_values)
def test_json_line_random_json_values(value):
    _check(parse_json_line(json.dumps(value), "f.jsonl:1"))
    _check(parse_json_line(json.dumps(value).encode(), "f.jsonl:1"))


@settings(max_examples=600, deadline=None)
@given(article_objects, any_text)
def test_json_line_article_shaped_objects(obj, text):
    notes: dict[str, str] = {}
    _check(parse_json_line(json.dumps(obj), "f.jsonl:1", notes))
    obj["text"] = text
    item = parse_json_line(json.dumps(obj), "f.jsonl:2", notes)
    _check(item)
    # an unreadable date keeps the article and leaves a note that says so
    if isinstance(item, Article) and item.published is None and obj.get("published") not in (None, ""):
        assert "not a date" in notes["f.jsonl:2"]


@settings(max_examples=300, deadline=None)
@given(any_text, st.text(max_size=20))
def test_parse_txt_random_text(raw, stem):
    _check(parse_txt(raw, stem or "x", "x.txt"))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(suffix=st.sampled_from(SUFFIXES), data=st.binary(max_size=2000),
       framing=st.sampled_from(["raw", "gzip-header", "gzipped", "truncated-gzip"]))
def test_read_file_random_bytes(tmp_path, suffix, data, framing):
    """Random bytes as each kind of file, plain or (partly) gzipped."""
    if framing == "gzip-header":
        data = GZIP_HEADER + data  # looks like gzip, then garbage: zlib errors, not just BadGzipFile
    elif framing == "gzipped":
        data = gzip.compress(data)
    elif framing == "truncated-gzip":
        data = gzip.compress(data)[: max(1, len(data) // 2)]
    fd, name = tempfile.mkstemp(suffix=suffix, dir=tmp_path)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    items = list(read_file(Path(name)))
    assert items or suffix != ".txt"
    for item in items:
        _check(item)


def test_gzip_garbage_after_header_is_a_rejection(tmp_path):
    """Found by the test above: zlib.error escaped read_file and stopped the whole run."""
    f = tmp_path / "bad.jsonl.gz"
    f.write_bytes(gzip.compress(b'{"id": "a", "text": "Kept before the damage."}\n') + GZIP_HEADER + b"\xff" * 64)
    items = list(read_file(f))
    assert isinstance(items[0], Article) and items[0].external_id == "a"
    assert isinstance(items[-1], Rejection) and "could not read the file to its end" in items[-1].reason
    with pytest.raises(zlib.error):  # the error is real, not made up by the test
        gzip.decompress(f.read_bytes())


def test_non_utf8_file_name_can_be_logged(tmp_path):
    """Found by hostile names: a file name that is not UTF-8 became a surrogate in
    origin/external_id, which Parquet refuses: the whole run would have failed."""
    raw = os.fsencode(tmp_path) + b"/caf\xe9-story.txt"
    with open(raw, "wb") as fh:
        fh.write(b"A title\nThe minister met his counterpart on Monday.\n")
    (item,) = list(read_file(Path(os.fsdecode(raw))))
    _check(item)
    assert isinstance(item, Article) and item.external_id == "caf\ufffd-story"


def test_lone_surrogate_in_text_is_rejected():
    r = parse_txt("Title\nbody \ud800 more", "x", "x.txt")
    assert isinstance(r, Rejection) and "not valid Unicode" in r.reason
    _check(r)


def test_report_examples_count():
    print(f"\nhostile reader inputs tried: {EXAMPLES['n']}")
