from __future__ import annotations

from datetime import UTC, datetime

import pyarrow.parquet as pq
import pytest

from schemas.article import Article, Rejection
from warehouse.eventlog import EventLog, SchemaContractError
from warehouse.eventrows import EventBatch

NOW = datetime(2026, 1, 1, tzinfo=UTC)


def _batch(run_id: str, *texts: str) -> EventBatch:
    b = EventBatch(run_id, NOW)
    for i, t in enumerate(texts):
        b.article(Article(external_id=f"a{i}", text=t, origin=f"f:{i}"))
    return b


def _stage(log: EventLog, b: EventBatch, part: str = "0"):
    staged = log.stage(b.run_id)
    for et, cols in b.columns.items():
        staged.write(et, cols, part)
    return staged


def test_staged_events_are_invisible_until_commit(tmp_path):
    log = EventLog(tmp_path / "events")
    staged = _stage(log, _batch("r1", "one", "two"))
    assert log.runs() == [] and log.files("article.ingested") == []
    name = staged.commit(NOW)
    assert log.runs() == [name]
    assert log.read("article.ingested").num_rows == 2


def test_committed_files_are_plain_parquet(tmp_path):
    log = EventLog(tmp_path / "events")
    _stage(log, _batch("r1", "one")).commit(NOW)
    (f,) = log.files("article.ingested")
    t = pq.read_table(f)
    assert t.column("event_type").to_pylist() == ["article.ingested"]


def test_a_killed_run_leaves_nothing_visible_and_is_cleared(tmp_path):
    log = EventLog(tmp_path / "events")
    _stage(log, _batch("dead", "one"))  # never committed: the process "died"
    assert log.read("article.ingested").num_rows == 0
    log.clear_staging()
    assert not (tmp_path / "events" / "_staging").exists()


def test_empty_run_commits_nothing(tmp_path):
    log = EventLog(tmp_path / "events")
    assert log.stage("r0").commit(NOW) is None
    assert log.runs() == []


def test_runs_are_ordered_and_readable_by_subset(tmp_path):
    log = EventLog(tmp_path / "events")
    a = _stage(log, _batch("r1", "one")).commit(NOW)
    b = _stage(log, _batch("r2", "two")).commit(NOW.replace(year=2027))
    assert log.runs() == [a, b]
    assert log.read("article.ingested", runs=[b]).column("text").to_pylist() == ["two"]


def test_unknown_or_missing_fields_fail_loudly(tmp_path):
    staged = EventLog(tmp_path / "events").stage("r1")
    b = _batch("r1", "one")
    cols = dict(b.columns["article.ingested"])
    with pytest.raises(SchemaContractError, match="unknown \\['mood'\\]"):
        staged.write("article.ingested", {**cols, "mood": ["happy"]}, "0")
    del cols["title"]
    with pytest.raises(SchemaContractError, match="missing \\['title'\\]"):
        staged.write("article.ingested", cols, "0")


def test_changed_type_fails_loudly(tmp_path):
    staged = EventLog(tmp_path / "events").stage("r1")
    b = EventBatch("r1", NOW)
    b.rejection(Rejection(source="f:1", reason="bad"))
    cols = dict(b.columns["article.rejected"])
    cols["schema_version"] = ["one"]
    with pytest.raises(SchemaContractError, match="wrong type"):
        staged.write("article.rejected", cols, "0")


def test_old_shape_events_are_read_through_the_upcaster(tmp_path):
    """A v1 article.rejected file (no `line` column) written as an older newsledger did."""
    import pyarrow as pa

    from schemas.events import arrow_schema
    from schemas.upcast import read_current
    from warehouse.projection import project

    v2 = arrow_schema("article.rejected")
    v1 = pa.schema([f for f in v2 if f.name != "line"],
                   metadata={**v2.metadata, b"newsledger.schema_version": b"1"})
    rows = {"event_id": ["e1", "e2"], "event_type": ["article.rejected"] * 2, "article_id": [None, None],
            "run_id": ["old"] * 2, "extractor_version": [None, None], "recorded_at": [NOW, NOW],
            "schema_version": [1, 1], "source": ["old.jsonl:42", "old.txt"], "reason": ["bad", "worse"]}
    run = tmp_path / "events" / "run=20200101T000000000000Z_old" / "article.rejected"
    run.mkdir(parents=True)
    pq.write_table(pa.Table.from_pydict(rows, schema=v1), run / "part-0.parquet")
    t = read_current(str(run / "part-0.parquet"), "article.rejected")
    assert t.schema.names == v2.names
    assert t.column("line").to_pylist() == [42, None]
    assert t.column("schema_version").to_pylist() == [2, 2]
    # the projection reads the old file through the same upcaster, beside a current one
    log = EventLog(tmp_path / "events")
    b = EventBatch("new", NOW)
    b.rejection(Rejection(source="new.jsonl:7", reason="not valid JSON"))
    _stage(log, b).commit(NOW)
    project(tmp_path, log)
    import duckdb

    with duckdb.connect(str(tmp_path / "warehouse.duckdb"), read_only=True) as con:
        assert sorted(con.execute("select source, line from rejections").fetchall(), key=repr) == [
            ("new.jsonl:7", 7), ("old.jsonl:42", 42), ("old.txt", None)]


def test_events_from_a_newer_schema_are_refused(tmp_path):
    from schemas.upcast import upcast

    b = EventBatch("r", NOW)
    b.rejection(Rejection(source="x:1", reason="bad"))
    import pyarrow as pa

    from schemas.events import arrow_schema

    t = pa.Table.from_pydict(dict(b.columns["article.rejected"]), schema=arrow_schema("article.rejected"))
    with pytest.raises(ValueError, match="upgrade newsledger"):
        upcast("article.rejected", t, 99)


def test_v1_ingested_events_are_upcast_and_known_copies_still_found(tmp_path, monkeypatch):
    """A v1 article.ingested file (no `text_sha256`) beside a v2 one: the
    projection reads both, a copy of either text is known, the v2 one without
    folding its white space."""
    import pyarrow as pa

    from flows.pipeline import Known, RunSummary, load_known, triage
    from schemas.article import text_sha256
    from schemas.events import arrow_schema
    from schemas.upcast import read_current
    from warehouse.projection import project

    old = Article(external_id="old", text="An  old\ttext.", origin="old.jsonl:1")
    new = Article(external_id="new", text="A new text.", origin="new.jsonl:1")
    b = EventBatch("old", NOW)
    b.article(old)
    v2 = arrow_schema("article.ingested")
    v1 = pa.schema([f for f in v2 if f.name != "text_sha256"], metadata={**v2.metadata, b"newsledger.schema_version": b"1"})
    cols = {k: v for k, v in b.columns["article.ingested"].items() if k != "text_sha256"}
    cols["schema_version"] = [1]
    run = tmp_path / "events" / "run=20200101T000000000000Z_old" / "article.ingested"
    run.mkdir(parents=True)
    pq.write_table(pa.Table.from_pydict(cols, schema=v1), run / "part-0.parquet")
    t = read_current(str(run / "part-0.parquet"), "article.ingested")
    assert t.column("text_sha256").to_pylist() == [text_sha256(old.text)]
    log = EventLog(tmp_path / "events")
    b2 = EventBatch("new", NOW)
    b2.article(new)
    _stage(log, b2).commit(NOW)
    assert project(tmp_path, log).runs_applied == 2

    known: Known = load_known.fn(str(tmp_path / "events"))
    assert known.exact == {text_sha256(new.text): new.article_id}   # v1 rows carry no hash: not in the fast map
    copies = [Article(external_id="new", text=new.text, origin="again.jsonl:1"),
              Article(external_id="old", text=old.text, origin="again.jsonl:2"),
              Article(external_id="old", text="An old text.", origin="again.jsonl:3")]   # same words, other spaces
    import schemas.article

    folded = []
    real = schemas.article.content_id
    monkeypatch.setattr(schemas.article, "content_id", lambda text: folded.append(text) or real(text))
    summary = RunSummary("r")
    assert list(triage(iter(copies), known, summary, 10)) == []
    assert (summary.read, summary.known) == (3, 3)
    assert copies[0].article_id == new.article_id
    assert folded == [old.text, "An old text."]   # the byte-identical copy of the v2 text was not folded
