"""The append-only Parquet event log.

Layout under ``events/``::

    run=<UTC stamp>_<run id>/<event type>/part-<n>.parquet   committed runs
    _staging/<run id>/...                                    a run being written

A run writes into ``_staging`` and becomes visible with one atomic directory
rename, so readers see all of a run's events or none. Folders starting with
``_`` are ignored by Parquet dataset readers (Hive convention), so a killed
run's leftovers are invisible; the next run clears them. The files are plain
Parquet: ``duckdb -c "select * from 'events/run=*/quote.extracted/*.parquet'"``.
"""
from __future__ import annotations

import os
import re
import shutil
from datetime import datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from schemas.events import PAYLOADS, arrow_schema

_RUN_DIR = re.compile(r"^run=(\d{8}T\d{6}\d*Z)_([0-9a-zA-Z-]+)$")


class SchemaContractError(ValueError):
    """An event does not have exactly the columns of its type."""


class EventLog:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    # -- reading ---------------------------------------------------------
    def runs(self) -> list[str]:
        """Committed run folder names, oldest first."""
        if not self.root.exists():
            return []
        return sorted(d.name for d in self.root.iterdir() if d.is_dir() and _RUN_DIR.match(d.name))

    def files(self, event_type: str, runs: list[str] | None = None) -> list[str]:
        """Parquet files of one event type, in committed runs (all, or the given ones)."""
        if event_type not in PAYLOADS:
            raise ValueError(f"unknown event type {event_type!r}; expected one of {sorted(PAYLOADS)}")
        out: list[str] = []
        for run in self.runs() if runs is None else runs:
            d = self.root / run / event_type
            if d.is_dir():
                out += sorted(str(f) for f in d.glob("*.parquet"))
        return out

    def read(self, event_type: str, columns: list[str] | None = None, runs: list[str] | None = None) -> pa.Table:
        files = self.files(event_type, runs)
        schema = arrow_schema(event_type)
        if not files:
            return schema.empty_table().select(columns) if columns else schema.empty_table()
        return pa.concat_tables(pq.read_table(f, columns=columns, schema=schema) for f in files)

    # -- writing ---------------------------------------------------------
    def clear_staging(self) -> None:
        """Drop what killed runs left half-written (call while holding the home lock)."""
        shutil.rmtree(self.root / "_staging", ignore_errors=True)

    def stage(self, run_id: str) -> StagedRun:
        return StagedRun(self.root, run_id)


class StagedRun:
    def __init__(self, root: Path, run_id: str) -> None:
        self.root = root
        self.run_id = run_id
        self.dir = root / "_staging" / run_id
        self.dir.mkdir(parents=True, exist_ok=True)

    def write(self, event_type: str, columns: dict[str, list], part: str) -> int:
        """Write one Parquet file of events; returns the row count. The columns
        must be exactly the type's schema: an unknown or missing field raises."""
        schema = arrow_schema(event_type)
        if set(columns) != set(schema.names):
            extra, missing = set(columns) - set(schema.names), set(schema.names) - set(columns)
            raise SchemaContractError(
                f"{event_type} events must have exactly the columns of schema v{schema.metadata[b'newsledger.schema_version'].decode()}: "
                f"unknown {sorted(extra)}, missing {sorted(missing)}; add a new schema version with an upcaster instead")
        n = len(columns["event_id"])
        if n == 0:
            return 0
        try:
            table = pa.Table.from_pydict(columns, schema=schema)
        except (pa.ArrowInvalid, pa.ArrowTypeError) as e:
            raise SchemaContractError(f"{event_type} event has a value of the wrong type: {e}") from None
        d = self.dir / event_type
        d.mkdir(exist_ok=True)
        tmp = d / f".part-{part}.parquet.tmp"
        pq.write_table(table, tmp, compression="zstd")
        _fsync(tmp)
        os.replace(tmp, d / f"part-{part}.parquet")
        return n

    def commit(self, now: datetime) -> str | None:
        """Make the run visible with one rename; None when it wrote nothing."""
        if not any(self.dir.rglob("*.parquet")):
            shutil.rmtree(self.dir, ignore_errors=True)
            return None
        name = f"run={now.strftime('%Y%m%dT%H%M%S%f')}Z_{self.run_id}"
        # the files are fsynced as written; their directory entries must be too,
        # or a power cut after the rename could show a run with files missing
        for d in [*self.dir.iterdir(), self.dir]:
            if d.is_dir():
                _fsync_dir(d)
        os.replace(self.dir, self.root / name)
        _fsync_dir(self.root)
        return name


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
