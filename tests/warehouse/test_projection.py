from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import duckdb

from schemas.article import Article, Rejection
from schemas.records import Attendee, Extraction, Figure, Meeting, Quote
from warehouse.eventlog import EventLog
from warehouse.eventrows import EventBatch
from warehouse.projection import CONTRACT_TABLES, project

T0 = datetime(2026, 1, 1, tzinfo=UTC)
TEXT = 'Kerry met Hammond in London. "We are ready," Kerry said. 17 people died.'
ART = Article(external_id="x1", text=TEXT, origin="x.jsonl:1", published=date(2015, 1, 22))


def _ex(speaker: str) -> Extraction:
    q = TEXT.index("We are")
    return Extraction(
        quotes=[Quote(char_start=q, char_end=q + 12, text="We are ready", speaker=speaker)],
        figures=[Figure(char_start=TEXT.index("17"), char_end=TEXT.index("17") + 9, value=17, kind="count",
                        unit="people", text="17 people")],
        meetings=[Meeting(key="m-0", char_start=0, char_end=28, title="talks", location="London",
                          country_code="GB", start_date=date(2015, 1, 22), date_precision="day",
                          attendees=[Attendee(name="Kerry", kind="person"), Attendee(name="Hammond", kind="person")])])


def _commit(log: EventLog, run: str, when: datetime, version: str, speaker: str, article: bool = True) -> None:
    b = EventBatch(run, when)
    if article:
        b.article(ART)
    b.extraction(ART.article_id, version, _ex(speaker))
    b.rejection(Rejection(source="bad.jsonl:2", reason="not valid JSON"))
    staged = log.stage(run)
    for et, cols in b.columns.items():
        staged.write(et, cols, "0")
    staged.commit(when)


def _dump(db) -> dict:
    with duckdb.connect(str(db), read_only=True) as con:
        return {t: sorted(con.execute(f"select * exclude (recorded_at) from {t}" if t == "rejections"
                                      else f"select * exclude (ingested_at) from {t}" if t == "articles"
                                      else f"select * from {t}").fetchall(), key=repr)
                for t in CONTRACT_TABLES}


def test_projection_builds_contract_tables(tmp_path):
    log = EventLog(tmp_path / "events")
    _commit(log, "r1", T0, "v1", "John Kerry")
    assert project(tmp_path, log).runs_applied == 1
    with duckdb.connect(str(tmp_path / "warehouse.duckdb"), read_only=True) as con:
        counts = {t: con.execute(f"select count(*) from {t}").fetchone()[0] for t in CONTRACT_TABLES}
        assert counts == {"articles": 1, "meetings": 1, "attendees": 2, "quotes": 1, "figures": 1, "rejections": 1}
        text, start, end = con.execute(
            "select q.text, q.char_start, q.char_end from quotes q join articles a using (article_id)").fetchone()
        assert TEXT[start:end] == text


def test_projection_is_incremental_and_idempotent(tmp_path):
    log = EventLog(tmp_path / "events")
    _commit(log, "r1", T0, "v1", "John Kerry")
    project(tmp_path, log)
    before = (tmp_path / "warehouse.duckdb").read_bytes()
    assert project(tmp_path, log).runs_applied == 0
    assert (tmp_path / "warehouse.duckdb").read_bytes() == before


def test_newest_completed_extraction_wins_and_rebuild_is_identical(tmp_path):
    log = EventLog(tmp_path / "events")
    _commit(log, "r1", T0, "v1", "John Kerry")
    project(tmp_path, log)
    _commit(log, "r2", T0 + timedelta(days=1), "v2", "Kerry", article=False)
    assert project(tmp_path, log).runs_applied == 1
    incremental = _dump(tmp_path / "warehouse.duckdb")
    assert [r[4] for r in incremental["quotes"]] == ["Kerry"]
    assert [r[-1] for r in incremental["quotes"]] == ["v2"]
    (tmp_path / "warehouse.duckdb").unlink()
    project(tmp_path, log, rebuild=True)
    assert _dump(tmp_path / "warehouse.duckdb") == incremental


def test_reader_holding_old_file_keeps_a_whole_snapshot(tmp_path):
    log = EventLog(tmp_path / "events")
    _commit(log, "r1", T0, "v1", "John Kerry")
    project(tmp_path, log)
    reader = duckdb.connect(str(tmp_path / "warehouse.duckdb"), read_only=True)
    _commit(log, "r2", T0 + timedelta(days=1), "v2", "Kerry", article=False)
    project(tmp_path, log)  # must not be blocked by the open reader
    assert reader.execute("select speaker from quotes").fetchall() == [("John Kerry",)]
    reader.close()
    with duckdb.connect(str(tmp_path / "warehouse.duckdb"), read_only=True) as con:
        assert con.execute("select speaker from quotes").fetchall() == [("Kerry",)]


def test_a_run_larger_than_the_memory_limit_projects_and_leaves_no_spill(tmp_path, monkeypatch):
    # 90 MB of article text in one run (ten parts, as the flow's batches
    # write them), built under a 60 MB DuckDB limit: the article insert must
    # stream (no window over every text at once) and may spill
    log = EventLog(tmp_path / "events")
    staged = log.stage("big")
    for part in range(10):
        b = EventBatch("big", T0)
        for i in range(part * 300, part * 300 + 300):
            body = f"Article {i}. " + ("Ministers met in London to talk about the coalition. " * 570)
            b.article(Article(external_id=f"a{i}", text=body, origin=f"big.jsonl:{i + 1}"))
            if i == 0:
                b.article(Article(external_id="a0", text=body, origin="big.jsonl:0"))  # the same article twice
        for et, cols in b.columns.items():
            staged.write(et, cols, f"{part:02d}")
    staged.commit(T0)
    monkeypatch.setenv("NEWSLEDGER_DUCKDB_MEMORY_LIMIT", "80MB")
    project(tmp_path, log)
    with duckdb.connect(str(tmp_path / "warehouse.duckdb"), read_only=True) as con:
        assert con.execute("select count(*), count(distinct article_id), sum(length(text)) > 90e6 from articles"
                           ).fetchone() == (3000, 3000, True)
        assert con.execute("select origin from articles where external_id = 'a0'").fetchone() == ("big.jsonl:1",)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events", "warehouse.duckdb"]


def test_leftovers_of_a_killed_projection_are_cleared(tmp_path):
    log = EventLog(tmp_path / "events")
    _commit(log, "r1", T0, "v1", "John Kerry")
    (tmp_path / ".warehouse.duckdb.123.tmp").write_bytes(b"x" * 10)
    (tmp_path / ".warehouse.duckdb.123.tmp.spill").mkdir()
    (tmp_path / ".warehouse.duckdb.123.tmp.spill" / "duckdb_temp_block-1.block").write_bytes(b"x")
    project(tmp_path, log)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events", "warehouse.duckdb"]
