"""The event log behind an fsspec URL: runs become visible by their manifest."""
from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime

import duckdb
import pytest

from schemas.article import Article
from warehouse.eventlog import EventLog, log_of, point_home_at
from warehouse.eventrows import EventBatch
from warehouse.projection import CONTRACT_TABLES, project

T0 = datetime(2026, 1, 1, tzinfo=UTC)


@pytest.fixture
def url():
    import fsspec

    where = f"memory://newsledger-test-{uuid.uuid4().hex}/events"
    yield where
    fs, path = fsspec.core.url_to_fs(where)
    if fs.exists(path):
        fs.rm(path.rsplit("/", 1)[0], recursive=True)


def _write(log: EventLog, run_id: str, started: datetime, texts: list[str], parts: int = 1):
    staged = log.stage(run_id, started)
    for p in range(parts):
        b = EventBatch(run_id, started)
        for i, t in enumerate(texts):
            b.article(Article(external_id=f"{run_id}-{p}-{i}", text=f"{t} ({p})", origin=f"f:{p}:{i}"))
        for et, cols in b.columns.items():
            staged.write(et, cols, f"{p:02d}")
    return staged


def test_a_remote_run_is_invisible_until_its_manifest_is_written(url):
    log = EventLog(url)
    staged = _write(log, "r1", T0, ["one", "two"], parts=2)
    assert log.runs() == [] and log.files("article.ingested") == []
    name = staged.commit(T0)
    assert log.runs() == [name] and name.startswith("run=20260101T000000")
    assert [f.rsplit("/", 1)[1] for f in log.files("article.ingested")] == ["part-00.parquet", "part-01.parquet"]
    assert all(f.startswith("memory://") for f in log.files("article.ingested"))
    assert log.read("article.ingested", columns=["external_id"]).num_rows == 4


def test_files_written_after_the_manifest_are_not_read(url):
    log = EventLog(url)
    _write(log, "r1", T0, ["one"]).commit(T0)
    # a straggler (say a worker of a run that was declared done) is not in the manifest
    _write(log, "r1", T0, ["late"], parts=3)
    assert log.read("article.ingested").num_rows == 1
    assert EventLog(url).read("article.ingested").num_rows == 1   # a fresh reader too


def test_a_killed_remote_run_is_never_read_and_empty_runs_commit_nothing(url):
    log = EventLog(url)
    _write(log, "dead", T0, ["half written"])   # never committed
    log.clear_staging()                         # keeps it: another machine may be writing it
    assert log.runs() == []
    assert log.stage("empty", T0).commit(T0) is None
    assert log.runs() == []


def test_a_remote_run_needs_its_start_time():
    with pytest.raises(ValueError, match="start time"):
        EventLog("memory://x/events").stage("r1")


def test_projection_of_a_remote_log_equals_that_of_a_local_one(url, tmp_path):
    remote, local = EventLog(url), EventLog(tmp_path / "local" / "events")
    for log in (remote, local):
        _write(log, "r1", T0, ["Kerry met Hammond in London.", "17 people died."], parts=2).commit(T0)
    project(tmp_path / "a", remote)
    project(tmp_path / "b", local)

    def dump(db):
        with duckdb.connect(str(db), read_only=True) as con:
            return {t: sorted(con.execute(f"select * exclude (ingested_at) from {t}" if t == "articles"
                                          else f"select * from {t}").fetchall(), key=repr) for t in CONTRACT_TABLES}

    assert dump(tmp_path / "a" / "warehouse.duckdb") == dump(tmp_path / "b" / "warehouse.duckdb")


def test_the_manifest_names_every_file_of_the_run(url):
    import fsspec

    log = EventLog(url)
    name = _write(log, "r1", T0, ["one"], parts=2).commit(T0)
    fs, path = fsspec.core.url_to_fs(url)
    manifest = json.loads(fs.cat(f"{path}/{name}/_manifest.json"))
    assert manifest["run"] == name and manifest["files"] == {"article.ingested": ["part-00.parquet", "part-01.parquet"]}


def test_a_home_keeps_one_log(tmp_path, url):
    home = tmp_path / "h"
    assert log_of(home) == str(home / "events")
    point_home_at(home, url)
    assert log_of(home) == url
    point_home_at(home, url)   # the same again is fine
    with pytest.raises(ValueError, match="already keeps its log"):
        point_home_at(home, "memory://elsewhere/events")
    local = tmp_path / "l"
    (local / "events").mkdir(parents=True)
    with pytest.raises(ValueError, match="already keeps its log"):
        point_home_at(local, url)
