"""`export`: every public table and view becomes a file another engine reads back whole."""
from __future__ import annotations

import csv

import duckdb
import pyarrow.parquet as pq
import pytest

from warehouse.export import export


def test_parquet_export_round_trips_every_table_and_view(seeds_warehouse, tmp_path):
    db = seeds_warehouse / "warehouse.duckdb"
    before = db.stat().st_mtime_ns
    done = {x.name: x for x in export(db, tmp_path / "out", "parquet")}
    assert {"articles", "meetings", "attendees", "quotes", "figures", "rejections",
            "meeting_participants", "quotes_by_speaker", "figures_by_kind"} <= set(done)
    assert not any(n.startswith("_") for n in done)
    assert db.stat().st_mtime_ns == before
    with duckdb.connect(str(db), read_only=True) as con:
        for name, x in done.items():
            want = con.execute(f'select count(*) from "{name}"').fetchall()[0][0]
            # pyarrow, not DuckDB, reads them back: the files are for other engines
            table = pq.read_table(x.path)
            assert table.num_rows == x.rows == want, name
            assert table.column_names == [r[0] for r in con.execute(f'describe "{name}"').fetchall()], name
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(f"{n}.parquet" for n in done)


def test_csv_export_has_a_header_and_every_row(seeds_warehouse, tmp_path):
    done = {x.name: x for x in export(seeds_warehouse / "warehouse.duckdb", tmp_path, "csv")}
    with open(done["quotes_by_speaker"].path, newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][:3] == ["speaker", "speaker_title", "quote_count"]
    assert len(rows) - 1 == done["quotes_by_speaker"].rows > 0


def test_unknown_format_is_refused(seeds_warehouse, tmp_path):
    with pytest.raises(ValueError, match="parquet, csv"):
        export(seeds_warehouse / "warehouse.duckdb", tmp_path, "xlsx")
