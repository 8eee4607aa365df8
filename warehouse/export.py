"""Export the warehouse's public tables and views as Parquet or CSV files, for
engines that cannot open a DuckDB file (Spark, pandas, Excel, another DuckDB)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb

FORMATS = {"parquet": "(format parquet, compression zstd)", "csv": "(format csv, header true)"}


@dataclass(frozen=True)
class Exported:
    name: str
    kind: str  # "table" or "view"
    rows: int
    path: Path


def public_relations(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str]]:
    """(name, "table"|"view") of everything a user may query: the main schema,
    without bookkeeping (names starting with "_") or DuckDB's own views."""
    return con.execute("""
        select table_name, case when table_type = 'VIEW' then 'view' else 'table' end
        from information_schema.tables
        where table_catalog = current_database()
          and table_schema = 'main'
          and not starts_with(table_name, '_')
        order by table_type, table_name""").fetchall()


def _literal(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def export(db: Path, out_dir: Path, fmt: str = "parquet") -> list[Exported]:
    """Write one ``<name>.<fmt>`` per table and view into ``out_dir``. Opens the
    warehouse read-only, so a running projection and BI readers are unaffected."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; expected one of {', '.join(FORMATS)}")
    out_dir.mkdir(parents=True, exist_ok=True)
    done = []
    with duckdb.connect(str(db), read_only=True) as con:
        for name, kind in public_relations(con):
            path = out_dir / f"{name}.{fmt}"
            # written beside the target and renamed, so a reader of out_dir
            # never sees half a file
            tmp = out_dir / f".{name}.{fmt}.tmp"
            rows = con.execute(f'copy (select * from "{name}") to {_literal(tmp)} {FORMATS[fmt]}').fetchall()[0][0]
            tmp.replace(path)
            done.append(Exported(name, kind, rows, path))
    return done
