"""BI tools open the warehouse the way Superset does: SQLAlchemy + duckdb-engine,
read-only. And older DuckDB 1.x clients (what BI drivers ship) can read it."""
from __future__ import annotations

import os
import subprocess

import pytest

sqlalchemy = pytest.importorskip("sqlalchemy", reason="install the test extra: pip install -e '.[test]'")
pytest.importorskip("duckdb_engine", reason="install the test extra: pip install -e '.[test]'")


@pytest.mark.parametrize("how", ["connect_args", "url"])
def test_superset_style_read_only_engine_lists_and_queries(seeds_warehouse, how):
    db = seeds_warehouse / "warehouse.duckdb"
    if how == "url":
        engine = sqlalchemy.create_engine(f"duckdb:///{db}?access_mode=read_only")
    else:
        engine = sqlalchemy.create_engine(f"duckdb:///{db}", connect_args={"read_only": True})
    try:
        insp = sqlalchemy.inspect(engine)
        tables = set(insp.get_table_names())
        views = set(insp.get_view_names())
        assert {"articles", "meetings", "attendees", "quotes", "figures", "rejections"} <= tables
        assert {"meeting_participants", "quotes_by_speaker", "figures_by_kind"} <= views
        with engine.connect() as conn:
            rows = conn.execute(sqlalchemy.text(
                "select attendee_name from meeting_participants "
                "where location = :loc and is_host order by attendee_name"), {"loc": "London"}).fetchall()
            assert ("John Kerry",) in rows
            with pytest.raises(sqlalchemy.exc.DBAPIError, match="(?i)read.only"):
                conn.execute(sqlalchemy.text("delete from quotes"))
    finally:
        engine.dispose()


SQLALCHEMY_2_1 = tuple(int(x) for x in sqlalchemy.__version__.split(".")[:2]) >= (2, 1)


# BI tools reflect columns to build datasets; with SQLAlchemy 2.0.x (checked:
# 2.0.58) and DuckDB 1.5.5 this works, with 2.1.x (what Prefect pulls in) it
# does not yet. When it starts passing, strict=True makes us notice.
@pytest.mark.xfail(SQLALCHEMY_2_1, strict=True, raises=sqlalchemy.exc.ProgrammingError,
                   reason="SQLAlchemy 2.1 reflects columns with a pg_catalog.pg_collation join that DuckDB's "
                          "pg_catalog emulation cannot bind (Mause/duckdb_engine#1379, #1391)")
def test_column_reflection_through_duckdb_engine(seeds_warehouse):
    engine = sqlalchemy.create_engine(f"duckdb:///{seeds_warehouse / 'warehouse.duckdb'}",
                                      connect_args={"read_only": True})
    try:
        assert "start_date" in {c["name"] for c in sqlalchemy.inspect(engine).get_columns("meetings")}
    finally:
        engine.dispose()


OLD_DUCKDB = os.environ.get("NEWSLEDGER_OLD_DUCKDB_PYTHON")


@pytest.mark.skipif(not OLD_DUCKDB, reason="set NEWSLEDGER_OLD_DUCKDB_PYTHON to a python with another DuckDB 1.x "
                                           "(.ci/run makes one with duckdb==1.4.4)")
def test_an_older_duckdb_1x_client_reads_the_file(seeds_warehouse):
    script = ("import duckdb, sys; c = duckdb.connect(sys.argv[1], read_only=True); "
              "print(duckdb.__version__, c.execute('select count(*) from meeting_participants').fetchall()[0][0], "
              "c.execute('select count(*) from quotes_by_speaker').fetchall()[0][0])")
    out = subprocess.run([OLD_DUCKDB, "-c", script, str(seeds_warehouse / "warehouse.duckdb")],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    version, participants, speakers = out.stdout.split()
    assert version.startswith("1.") and version != "1.5.5"
    assert int(participants) > 0 and int(speakers) > 0
