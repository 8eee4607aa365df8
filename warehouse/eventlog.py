"""The append-only Parquet event log.

Layout under ``events/``::

    run=<UTC stamp>_<run id>/<event type>/part-<n>.parquet   committed runs
    _staging/<run id>/...                                    a run being written

A run writes into ``_staging`` and becomes visible with one atomic directory
rename, so readers see all of a run's events or none. Folders starting with
``_`` are ignored by Parquet dataset readers (Hive convention), so a killed
run's leftovers are invisible; the next run clears them. The files are plain
Parquet: ``duckdb -c "select * from 'events/run=*/quote.extracted/*.parquet'"``.

The log may also live behind an fsspec URL (``s3://bucket/events``,
``gs://...``, ``memory://...``; ``file://`` uses the same protocol on a local
disk). Object stores have no directory rename, so there a run writes its files
straight into ``run=<start stamp>_<run id>/`` and becomes visible when its
manifest, ``run=.../_manifest.json`` (the files it holds), is written last: a
single object PUT, atomic on every object store. Readers take only runs with
a manifest and only the files it names; a killed run's files are never read.
Run ids are unique, so writers on several machines never touch the same
object; only the DuckDB projection needs one writer.
"""
from __future__ import annotations

import json
import os
import re
import shutil
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from schemas.events import PAYLOADS, arrow_schema

_RUN_DIR = re.compile(r"^run=(\d{8}T\d{6}\d*Z)_([0-9a-zA-Z-]+)$")


class SchemaContractError(ValueError):
    """An event does not have exactly the columns of its type."""


def is_url(location: str | Path) -> bool:
    return "://" in str(location)


LOG_POINTER = "log.url"   # in a home whose log is elsewhere: the log's URL


def log_of(home: str | Path) -> str:
    """Where ``home``'s log is: ``home/events``, or the URL the home was
    pointed at (``newsledger run --log URL``, remembered in ``home/log.url``)."""
    pointer = Path(home) / LOG_POINTER
    if pointer.exists():
        return pointer.read_text(encoding="utf-8").strip()
    return str(Path(home) / "events")


def point_home_at(home: str | Path, location: str) -> None:
    """Remember that ``home``'s log lives at ``location``; a home keeps one log
    for good (its warehouse is the projection of that log), so pointing it at
    another one is refused."""
    current = log_of(home)
    if current == location:
        return
    pointer = Path(home) / LOG_POINTER
    if pointer.exists() or Path(current).is_dir():
        raise ValueError(f"home {home} already keeps its log at {current}; use another --home for the log at {location}")
    Path(home).mkdir(parents=True, exist_ok=True)
    pointer.write_text(location + "\n", encoding="utf-8")


def run_name(stamp: datetime, run_id: str) -> str:
    return f"run={stamp.strftime('%Y%m%dT%H%M%S%f')}Z_{run_id}"


class EventLog:
    """The log at a local folder or an fsspec URL (see the module's words)."""

    def __init__(self, root: str | Path) -> None:
        self.location = str(root)
        self.remote = is_url(root)
        if self.remote:
            import fsspec

            self.fs, self._base = fsspec.core.url_to_fs(self.location)
            self._manifests: dict[str, dict[str, list[str]]] = {}
        else:
            self.root = Path(root)

    # -- reading ---------------------------------------------------------
    def runs(self) -> list[str]:
        """Committed run folder names, oldest first."""
        if self.remote:
            found = self.fs.glob(f"{self._base}/run=*/_manifest.json")
            return sorted(n for n in (f.rstrip("/").split("/")[-2] for f in found) if _RUN_DIR.match(n))
        if not self.root.exists():
            return []
        return sorted(d.name for d in self.root.iterdir() if d.is_dir() and _RUN_DIR.match(d.name))

    def files(self, event_type: str, runs: list[str] | None = None) -> list[str]:
        """Parquet files of one event type, in committed runs (all, or the given ones):
        paths, or URLs for a remote log (``open`` reads either)."""
        if event_type not in PAYLOADS:
            raise ValueError(f"unknown event type {event_type!r}; expected one of {sorted(PAYLOADS)}")
        out: list[str] = []
        for run in self.runs() if runs is None else runs:
            if self.remote:
                out += [self.fs.unstrip_protocol(f"{self._base}/{run}/{event_type}/{n}")
                        for n in self._manifest(run).get(event_type, [])]
                continue
            d = self.root / run / event_type
            if d.is_dir():
                out += sorted(str(f) for f in d.glob("*.parquet"))
        return out

    def _manifest(self, run: str) -> dict[str, list[str]]:
        got = self._manifests.get(run)
        if got is None:   # a committed run never changes: read its manifest once
            with self.fs.open(f"{self._base}/{run}/_manifest.json", "rb") as fh:
                got = self._manifests[run] = json.load(fh)["files"]
        return got

    def open(self, file: str) -> BinaryIO:
        """A file ``files`` named, opened for reading."""
        return self.fs.open(file, "rb") if self.remote else open(file, "rb")

    def read(self, event_type: str, columns: list[str] | None = None, runs: list[str] | None = None) -> pa.Table:
        files = self.files(event_type, runs)
        schema = arrow_schema(event_type)
        if not files:
            return schema.empty_table().select(columns) if columns else schema.empty_table()
        if self.remote:
            tables = []
            for f in files:
                with self.open(f) as fh:
                    tables.append(pq.read_table(fh, columns=columns, schema=schema))
            return pa.concat_tables(tables)
        # one dataset over the files: read on Arrow's threads, rows in the order of
        # ``files`` (a dataset built from a list of files reads in that order)
        return ds.dataset(files, schema=schema, format="parquet").to_table(columns=columns)

    # -- writing ---------------------------------------------------------
    def clear_staging(self) -> None:
        """Drop what killed runs left half-written (call while holding the home
        lock). A remote log keeps them: another machine's run may be writing
        there now, and readers never see files without a manifest."""
        if not self.remote:
            shutil.rmtree(self.root / "_staging", ignore_errors=True)

    def stage(self, run_id: str, started: datetime | None = None) -> StagedRun | RemoteStagedRun:
        """Where a run's files go; ``started`` (the run's start, the same for
        every writer of the run) names a remote run's folder."""
        if self.remote:
            if started is None:
                raise ValueError("a run on a remote log needs its start time (stage(run_id, started))")
            return RemoteStagedRun(self, run_id, started)
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
        table = _table(event_type, columns)
        if table is None:
            return 0
        d = self.dir / event_type
        d.mkdir(exist_ok=True)
        tmp = d / f".part-{part}.parquet.tmp"
        pq.write_table(table, tmp, compression="zstd")
        _fsync(tmp)
        os.replace(tmp, d / f"part-{part}.parquet")
        return table.num_rows

    def commit(self, now: datetime) -> str | None:
        """Make the run visible with one rename; None when it wrote nothing."""
        if not any(self.dir.rglob("*.parquet")):
            shutil.rmtree(self.dir, ignore_errors=True)
            return None
        name = run_name(now, self.run_id)
        # the files are fsynced as written; their directory entries must be too,
        # or a power cut after the rename could show a run with files missing
        for d in [*self.dir.iterdir(), self.dir]:
            if d.is_dir():
                _fsync_dir(d)
        os.replace(self.dir, self.root / name)
        _fsync_dir(self.root)
        return name


class RemoteStagedRun:
    """A run on an object store: files written in place, visible once the
    manifest is (see the module's words)."""

    def __init__(self, log: EventLog, run_id: str, started: datetime) -> None:
        self.log = log
        self.run_id = run_id
        self.name = run_name(started, run_id)
        self.dir = f"{log._base}/{self.name}"

    def write(self, event_type: str, columns: dict[str, list], part: str) -> int:
        table = _table(event_type, columns)
        if table is None:
            return 0
        path = f"{self.dir}/{event_type}/part-{part}.parquet"
        self.log.fs.makedirs(f"{self.dir}/{event_type}", exist_ok=True)
        with self.log.fs.open(path, "wb") as fh:
            pq.write_table(table, fh, compression="zstd")
        return table.num_rows

    def commit(self, now: datetime) -> str | None:
        """Write the manifest of what the run's writers wrote; None when nothing."""
        fs = self.log.fs
        found = fs.glob(f"{self.dir}/*/part-*.parquet")
        if not found:
            return None
        files: dict[str, list[str]] = {}
        for f in sorted(found):
            event_type, name = f.rstrip("/").split("/")[-2:]
            if event_type in PAYLOADS:
                files.setdefault(event_type, []).append(name)
        body = json.dumps({"run": self.name, "committed_at": now.isoformat(), "files": files}, indent=1)
        with fs.open(f"{self.dir}/_manifest.json", "wb") as fh:
            fh.write(body.encode("utf-8"))
        return self.name


def _table(event_type: str, columns: dict[str, list]) -> pa.Table | None:
    """The events as a table of the type's exact schema; None when there are none."""
    schema = arrow_schema(event_type)
    if set(columns) != set(schema.names):
        extra, missing = set(columns) - set(schema.names), set(schema.names) - set(columns)
        raise SchemaContractError(
            f"{event_type} events must have exactly the columns of schema v{schema.metadata[b'newsledger.schema_version'].decode()}: "
            f"unknown {sorted(extra)}, missing {sorted(missing)}; add a new schema version with an upcaster instead")
    if not columns["event_id"]:
        return None
    try:
        return pa.Table.from_pydict(columns, schema=schema)
    except (pa.ArrowInvalid, pa.ArrowTypeError) as e:
        raise SchemaContractError(f"{event_type} event has a value of the wrong type: {e}") from None


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
