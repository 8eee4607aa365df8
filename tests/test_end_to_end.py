"""The real flow, real Parquet, a real DuckDB file: seeds/ end to end, and the CLI twice."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "eval" / "dev" / "articles.jsonl"
CONTRACT = {
    "articles": ["article_id", "external_id", "title", "published", "source", "url", "text"],
    "meetings": ["meeting_id", "article_id", "title", "kind", "location", "country_code", "start_date",
                 "date_precision", "char_start", "char_end"],
    "attendees": ["meeting_id", "article_id", "name", "kind", "title", "country_code", "is_host"],
    "quotes": ["quote_id", "article_id", "meeting_id", "text", "speaker", "speaker_title", "via", "char_start",
               "char_end"],
    "figures": ["figure_id", "article_id", "meeting_id", "value", "kind", "unit", "text", "qualifier",
                "char_start", "char_end"],
    "rejections": ["source", "reason", "recorded_at"],
}


@pytest.mark.slow
def test_flow_on_seeds(prefect_harness, tmp_path):
    from flows.pipeline import run_flow

    summary = run_flow(paths=[str(ROOT / "seeds")], home=str(tmp_path), batch_size=16, workers=2)
    assert summary.ingested >= 40 and summary.rejected == 0
    assert list((tmp_path / "events").glob("run=*/article.ingested/*.parquet"))
    with duckdb.connect(str(tmp_path / "warehouse.duckdb"), read_only=True) as con:
        for table, cols in CONTRACT.items():
            have = [r[0] for r in con.execute(f"describe {table}").fetchall()]
            assert set(cols) <= set(have), (table, set(cols) - set(have))
        title, published = con.execute(
            "select title, published from articles where external_id = '000_083e77faa7a2a924'").fetchone()
        assert title == "Anti-IS coalition talks kick off in London" and str(published) == "2015-01-22"
        for table in ("quotes", "figures", "meetings", "attendees"):
            assert con.execute(f"select count(*) from {table}").fetchone()[0] > 0, table
        # every span lies inside its article and frames its words (one-part quotes)
        bad = con.execute("""
            select count(*) from quotes q join articles a using (article_id)
            where q.char_end > length(a.text) or q.char_start >= q.char_end
               or (strpos(q.text, ' ') > 0 and substr(a.text, q.char_start + 1, q.char_end - q.char_start) <> q.text
                   and strpos(substr(a.text, q.char_start + 1, q.char_end - q.char_start), q.text) = 0
                   and q.text not like '%, %')""").fetchone()[0]
        assert bad == 0
        orphans = con.execute("select count(*) from attendees where meeting_id not in (select meeting_id from meetings)").fetchone()[0]
        assert orphans == 0
    # the same input again: nothing new
    again = run_flow(paths=[str(ROOT / "seeds")], home=str(tmp_path), batch_size=16, workers=2)
    assert (again.ingested, again.known, again.committed) == (0, summary.ingested, None)


def _cli(*args: str, home: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PREFECT_HOME": str(home / "prefect")}
    return subprocess.run([sys.executable, "-m", "flows.cli", *args, "--home", str(home)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)


def _tables(db: Path) -> dict:
    with duckdb.connect(str(db), read_only=True) as con:
        return {t: sorted(con.execute(f"select * from {t}").fetchall(), key=repr) for t in CONTRACT}


@pytest.mark.slow
@pytest.mark.skipif(not DEV.exists(), reason="needs ../shared/eval/dev")
def test_cli_run_twice_changes_nothing(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "ok-1", "text": "The minister met his counterpart in Paris on Monday."}\n{broken\n')
    first = _cli("run", str(DEV), str(bad), home=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "articles read" in first.stdout
    db = tmp_path / "warehouse.duckdb"
    before = _tables(db)
    assert len(before["articles"]) == 21 and len(before["rejections"]) == 1
    assert "not valid JSON" in before["rejections"][0][2]
    second = _cli("run", str(DEV), str(bad), home=tmp_path)
    assert second.returncode == 0, second.stderr
    assert _tables(db) == before
    missing = _cli("run", str(tmp_path / "nope.jsonl"), home=tmp_path)
    assert missing.returncode == 2 and "no such file" in missing.stderr


def test_a_bad_memory_limit_is_refused_before_anything_runs(tmp_path, monkeypatch, capsys):
    from flows.cli import main

    monkeypatch.setenv("NEWSLEDGER_DUCKDB_MEMORY_LIMIT", "lots")
    assert main(["run", str(ROOT / "seeds"), "--home", str(tmp_path / "h")]) == 2
    err = capsys.readouterr().err
    assert "NEWSLEDGER_DUCKDB_MEMORY_LIMIT='lots' is not a memory size" in err and "300MB" in err
    assert not (tmp_path / "h").exists()


def _contract_rows(db: Path) -> dict:
    with duckdb.connect(str(db), read_only=True) as con:
        return {t: sorted(con.execute(f"select {', '.join(cols)} from {t}").fetchall(), key=repr)
                for t, cols in CONTRACT.items() if t != "rejections"}


@pytest.mark.slow
def test_a_log_behind_a_url_gives_the_same_tables(prefect_harness, tmp_path):
    # file:// takes the object-store protocol (files in place, manifest last) on a local disk
    from flows.pipeline import run_flow
    from warehouse.eventlog import point_home_at

    point_home_at(tmp_path / "remote", f"file://{tmp_path / 'shared' / 'events'}")
    for home in ("local", "remote"):
        run_flow(paths=[str(DEV)], home=str(tmp_path / home), batch_size=8, workers=2)
    assert not (tmp_path / "remote" / "events").exists()
    assert list((tmp_path / "shared" / "events").glob("run=*/_manifest.json"))
    assert _contract_rows(tmp_path / "remote" / "warehouse.duckdb") == _contract_rows(tmp_path / "local" / "warehouse.duckdb")
    again = run_flow(paths=[str(DEV)], home=str(tmp_path / "remote"), batch_size=8, workers=2)
    assert (again.ingested, again.committed) == (0, None)


def test_log_option_wants_a_url_of_a_known_protocol(tmp_path, capsys):
    from flows.cli import main

    assert main(["run", str(DEV), "--home", str(tmp_path / "h"), "--log", str(tmp_path / "plain")]) == 2
    assert "is not a URL" in capsys.readouterr().err
    assert main(["run", str(DEV), "--home", str(tmp_path / "h"), "--log", "nosuchproto://b/events"]) == 2
    assert "nosuchproto" in capsys.readouterr().err
    assert not (tmp_path / "h" / "log.url").exists()
