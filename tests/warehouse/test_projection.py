from __future__ import annotations

import os
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


def _projected(home) -> EventLog:
    """A home whose log holds run r1, projected."""
    log = EventLog(home / "events")
    _commit(log, "r1", T0, "v1", "John Kerry")
    project(home, log)
    return log


# the link readers open and the two files it points at in turn
HOME_FILES = [".warehouse.duckdb.a", ".warehouse.duckdb.b", "events", "warehouse.duckdb"]


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
    log = _projected(tmp_path)
    before = (tmp_path / "warehouse.duckdb").read_bytes()
    assert project(tmp_path, log).runs_applied == 0
    assert (tmp_path / "warehouse.duckdb").read_bytes() == before


def test_newest_completed_extraction_wins_and_rebuild_is_identical(tmp_path):
    log = _projected(tmp_path)
    _commit(log, "r2", T0 + timedelta(days=1), "v2", "Kerry", article=False)
    assert project(tmp_path, log).runs_applied == 1
    incremental = _dump(tmp_path / "warehouse.duckdb")
    assert [r[4] for r in incremental["quotes"]] == ["Kerry"]
    assert [r[-1] for r in incremental["quotes"]] == ["v2"]
    (tmp_path / "warehouse.duckdb").unlink()
    project(tmp_path, log, rebuild=True)
    assert _dump(tmp_path / "warehouse.duckdb") == incremental


def test_reader_holding_old_file_keeps_a_whole_snapshot(tmp_path):
    log = _projected(tmp_path)
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
    assert sorted(p.name for p in tmp_path.iterdir()) == HOME_FILES


def test_leftovers_of_a_killed_projection_are_cleared(tmp_path):
    log = EventLog(tmp_path / "events")
    _commit(log, "r1", T0, "v1", "John Kerry")
    (tmp_path / ".warehouse.duckdb.123.tmp").write_bytes(b"x" * 10)
    (tmp_path / ".warehouse.duckdb.123.tmp.spill").mkdir()
    (tmp_path / ".warehouse.duckdb.123.tmp.spill" / "duckdb_temp_block-1.block").write_bytes(b"x")
    project(tmp_path, log)
    assert sorted(p.name for p in tmp_path.iterdir()) == HOME_FILES


# -- two files and a link ------------------------------------------------------
def _side(home) -> str:
    return os.readlink(home / "warehouse.duckdb")


def _build_of(db) -> list:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute("select build_id from _build").fetchall()


def test_a_small_run_is_written_in_place_into_the_spare(tmp_path):
    log = _projected(tmp_path)
    first, other = _side(tmp_path), {".warehouse.duckdb.a": ".warehouse.duckdb.b",
                                     ".warehouse.duckdb.b": ".warehouse.duckdb.a"}[_side(tmp_path)]
    # a new build leaves the other side a copy of it, of the same build
    assert _build_of(tmp_path / first) == _build_of(tmp_path / other) != []
    spare_inode = (tmp_path / other).stat().st_ino
    _commit(log, "r2", T0 + timedelta(hours=1), "v2", "Philip Hammond", article=False)
    assert project(tmp_path, log).runs_applied == 1
    assert _side(tmp_path) == other
    assert (tmp_path / other).stat().st_ino == spare_inode   # written in place, not copied
    # the side a run ago catches up the next time, with the run it missed
    _commit(log, "r3", T0 + timedelta(hours=2), "v3", "John Kerry", article=False)
    assert project(tmp_path, log).runs_applied == 1 and _side(tmp_path) == first
    with duckdb.connect(str(tmp_path / "warehouse.duckdb"), read_only=True) as con:
        assert con.execute("select count(*) from _applied_runs").fetchone() == (3,)
        assert con.execute("select speaker from quotes").fetchall() == [("John Kerry",)]
    _assert_rebuild_gives_the_same(tmp_path, log)


def _assert_rebuild_gives_the_same(home, log) -> None:
    incremental = _dump(home / "warehouse.duckdb")
    project(home, log, rebuild=True)
    assert _dump(home / "warehouse.duckdb") == incremental


def test_a_reader_holding_the_spare_gets_its_snapshot_and_the_run_a_copy(tmp_path):
    log = _projected(tmp_path)
    _commit(log, "r2", T0 + timedelta(hours=1), "v2", "Philip Hammond", article=False)
    reader = duckdb.connect(str(tmp_path / "warehouse.duckdb"), read_only=True)   # the side of r1
    try:
        project(tmp_path, log)   # r2 goes into the other side
        _commit(log, "r3", T0 + timedelta(hours=2), "v3", "John Kerry", article=False)
        project(tmp_path, log)   # the reader's side is held: a copy is built and renamed over it
        assert reader.execute("select speaker from quotes").fetchall() == [("John Kerry",)]
        assert reader.execute("select count(*) from _applied_runs").fetchone() == (1,)
    finally:
        reader.close()
    with duckdb.connect(str(tmp_path / "warehouse.duckdb"), read_only=True) as con:
        assert con.execute("select count(*) from _applied_runs").fetchone() == (3,)
    assert not list(tmp_path.glob(".warehouse.duckdb.*.tmp*"))


def test_a_spare_of_another_build_is_never_written_in_place(tmp_path):
    log = _projected(tmp_path)
    live = tmp_path / _side(tmp_path)
    spare = next(p for p in tmp_path.glob(".warehouse.duckdb.?") if p != live)
    with duckdb.connect(str(spare)) as con:   # as if a killed rebuild had left it
        con.execute("update _build set build_id = 'another'")
        con.execute("update quotes set speaker = 'Nobody'")
    _commit(log, "r2", T0 + timedelta(hours=1), "v1", "John Kerry", article=False)
    project(tmp_path, log)
    with duckdb.connect(str(tmp_path / "warehouse.duckdb"), read_only=True) as con:
        assert con.execute("select speaker from quotes").fetchall() == [("John Kerry",)]


def test_a_warehouse_file_from_before_the_link_is_adopted(tmp_path):
    log = EventLog(tmp_path / "events")
    _commit(log, "r1", T0, "v1", "John Kerry")
    project(tmp_path, log, target=tmp_path / "plain.duckdb")   # a plain file, as homes used to hold
    os.replace(tmp_path / "plain.duckdb", tmp_path / "warehouse.duckdb")
    _commit(log, "r2", T0 + timedelta(hours=1), "v2", "Philip Hammond", article=False)
    assert project(tmp_path, log).runs_applied == 1
    assert (tmp_path / "warehouse.duckdb").is_symlink()
    with duckdb.connect(str(tmp_path / "warehouse.duckdb"), read_only=True) as con:
        assert con.execute("select speaker from quotes").fetchall() == [("Philip Hammond",)]
    _commit(log, "r3", T0 + timedelta(hours=2), "v3", "John Kerry", article=False)
    assert project(tmp_path, log).runs_applied == 1
    with duckdb.connect(str(tmp_path / "warehouse.duckdb"), read_only=True) as con:
        assert con.execute("select count(*) from _applied_runs").fetchone() == (3,)
