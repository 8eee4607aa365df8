"""Issue 6 on real flows: rebuild, re-extraction with a changed rule, corrections, as-of."""
from __future__ import annotations

import json
from argparse import Namespace
from pathlib import Path

import duckdb
import pytest

import flows.worker as worker
from extract import EXTRACTOR_VERSION, extract
from flows.cli import _corrections, runs_as_of
from warehouse.eventlog import EventLog

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_083e77faa7a2a924.txt"
TABLES = ("articles", "meetings", "attendees", "quotes", "figures", "rejections", "corrections")


def _dump(db: Path) -> dict:
    with duckdb.connect(str(db), read_only=True) as con:
        return {t: sorted(con.execute(f"select * from {t}").fetchall(), key=repr) for t in TABLES}


def _q(db: Path, sql: str, *params):
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql, list(params)).fetchall()


def _louder(text, published=None, title=None):
    """A rule change: speakers are written in capitals."""
    ex = extract(text, published, title)
    return ex.model_copy(update={"quotes": [q.model_copy(update={"speaker": q.speaker.upper() if q.speaker else None})
                                            for q in ex.quotes]})


@pytest.mark.slow
def test_reextract_corrections_rebuild_and_as_of(prefect_harness, tmp_path, monkeypatch):
    from flows.pipeline import correct_flow, rebuild_flow, reextract_flow, run_flow

    home = tmp_path
    db = home / "warehouse.duckdb"
    run_flow(paths=[str(SEED)], home=str(home), batch_size=10, workers=1)
    first_run = EventLog(home / "events").runs()[0]
    qid, speaker = _q(db, "select quote_id, speaker from quotes where speaker is not null order by char_start limit 1")[0]

    # a person fixes a speaker and rejects a figure
    fid = _q(db, "select figure_id from figures order by char_start limit 1")[0][0]
    fixes = _corrections(Namespace(home=str(home), record_type="quote", record_id=qid, reject=False,
                                   add_attendee=None, set=["speaker=Ann Checked"], by="ana", why="checked"))
    fixes += _corrections(Namespace(home=str(home), record_type="figure", record_id=fid, reject=True,
                                    add_attendee=None, set=None, by="ana", why="not a figure"))
    correct_flow(home=str(home), corrections=fixes)
    assert _q(db, "select speaker from quotes where quote_id = ?", qid) == [("Ann Checked",)]
    assert _q(db, "select count(*) from figures where figure_id = ?", fid) == [(0,)]
    assert _q(db, "select author, reason from corrections where record_id = ?", qid) == [("ana", "checked")]

    # a new extractor version: the change appears, the correction survives, the old version stays in the log
    monkeypatch.setattr(worker, "extract", _louder)
    monkeypatch.setattr(worker, "EXTRACTOR_VERSION", "test-louder")
    monkeypatch.setattr("extract.EXTRACTOR_VERSION", "test-louder")
    summary = reextract_flow(home=str(home), batch_size=10, workers=0)  # in-process: sees the patched rules
    assert summary.ingested == 1
    versions = set(EventLog(home / "events").read("extraction.completed").column("extractor_version").to_pylist())
    assert versions == {EXTRACTOR_VERSION, "test-louder"}
    assert {v for (v,) in _q(db, "select distinct extractor_version from quotes")} == {"test-louder"}
    speakers = [s for (s,) in _q(db, "select speaker from quotes where quote_id <> ? and speaker is not null", qid)]
    assert speakers and all(s == s.upper() for s in speakers)
    assert _q(db, "select speaker from quotes where quote_id = ?", qid) == [("Ann Checked",)]
    assert _q(db, "select count(*) from figures where figure_id = ?", fid) == [(0,)]
    changes = _q(db, "select change, before, after from changes(?, ?) where record_type = 'quote'",
                 EXTRACTOR_VERSION, "test-louder")
    assert changes and {c for c, _, _ in changes} == {"altered"}
    assert json.loads(changes[0][2])["speaker"] == json.loads(changes[0][1])["speaker"].upper()

    # rebuild from the log alone gives the same tables, also with the file deleted first
    incremental = _dump(db)
    db.unlink()
    rebuild_flow(home=str(home))
    assert _dump(db) == incremental

    # as of the first run: the original speaker, no corrections
    (asof_run,) = runs_as_of(EventLog(home / "events").runs(), first_run.split("_", 1)[1])
    assert asof_run == first_run
    from warehouse.projection import project

    old = tmp_path / "asof.duckdb"
    project(home, EventLog(home / "events"), rebuild=True, runs=[asof_run], target=old)
    assert _q(old, "select speaker from quotes where quote_id = ?", qid) == [(speaker,)]
    assert _q(old, "select count(*) from corrections") == [(0,)]


def test_runs_as_of_by_time_and_errors():
    runs = ["run=20260101T000000000000Z_aaaa-1", "run=20260102T000000000000Z_bbbb-2"]
    assert runs_as_of(runs, "2026-01-01T12:00:00") == runs[:1]
    assert runs_as_of(runs, "bbbb-2") == runs
    assert runs_as_of(runs, "2025-01-01") == []
    from flows.cli import UsageError

    with pytest.raises(UsageError, match="neither a run id"):
        runs_as_of(runs, "yesterday")
