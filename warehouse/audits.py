"""Audits: SQL queries that must return zero rows on a healthy warehouse."""
from __future__ import annotations

import re
from importlib import resources

import duckdb

_HEADER = re.compile(r"^-- audit: (\w+)\s*$", re.M)


def audit_queries() -> dict[str, str]:
    """name -> query, in the order of ``sql/audits.sql``."""
    sql = resources.files("warehouse").joinpath("sql", "audits.sql").read_text(encoding="utf-8")
    parts = _HEADER.split(sql)[1:]
    return {name: body.strip().rstrip(";") for name, body in zip(parts[::2], parts[1::2])}


def run_audits(con: duckdb.DuckDBPyConnection, limit: int = 20) -> dict[str, list[tuple]]:
    """name -> up to ``limit`` offending rows; every list is empty when the warehouse is healthy."""
    return {name: con.execute(f"select * from ({query}) limit {int(limit)}").fetchall()
            for name, query in audit_queries().items()}
