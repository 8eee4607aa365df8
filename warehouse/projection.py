"""The DuckDB warehouse: a projection of the event log, applied run by run.

Readers are never locked out: the new state is built in a copy of the file
and swapped in with one atomic rename, so a BI tool holding the old file (or
opening it now) always sees a whole state, the previous or the new one.
"""
from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import duckdb
import pyarrow as pa

from schemas.events import version_of
from schemas.upcast import file_version, read_current
from warehouse.eventlog import EventLog
from warehouse.limits import DEFAULT_MEMORY_LIMIT, MEMORY_LIMIT_ENV  # noqa: F401  (re-exported)

RECORD_TABLES = {
    "meetings": ("meeting.extracted", "meeting_id, article_id, title, kind, location, country_code, start_date, "
                 "date_precision, char_start, char_end, extractor_version"),
    "attendees": ("attendee.extracted", "attendee_id, meeting_id, article_id, name, kind, title, country_code, "
                  "is_host, extractor_version"),
    "quotes": ("quote.extracted", "quote_id, article_id, meeting_id, text, speaker, speaker_title, via, "
               "char_start, char_end, extractor_version"),
    "figures": ("figure.extracted", "figure_id, article_id, meeting_id, value, kind, unit, text, qualifier, "
                "char_start, char_end, extractor_version"),
}
CONTRACT_TABLES = ("articles", "meetings", "attendees", "quotes", "figures", "rejections")
ID_COLUMN = {"meetings": "meeting_id", "attendees": "attendee_id", "quotes": "quote_id", "figures": "figure_id"}
TABLE_OF = {"meeting": "meetings", "attendee": "attendees", "quote": "quotes", "figure": "figures"}
# What a person may correct, per record type, with the column's SQL type.
CORRECTABLE = {
    "quote": {"speaker": "varchar", "speaker_title": "varchar", "via": "varchar", "text": "varchar",
              "meeting_id": "varchar"},
    "figure": {"value": "double", "kind": "varchar", "unit": "varchar", "qualifier": "varchar",
               "meeting_id": "varchar"},
    "meeting": {"title": "varchar", "kind": "varchar", "location": "varchar", "country_code": "varchar",
                "start_date": "date", "date_precision": "varchar"},
    "attendee": {"name": "varchar", "kind": "varchar", "title": "varchar", "country_code": "varchar",
                 "is_host": "boolean"},
}


@dataclass
class ProjectionResult:
    runs_applied: int
    path: Path


def _sql(name: str) -> str:
    return resources.files("warehouse").joinpath("sql", name).read_text(encoding="utf-8")


def _files_sql(files: list[str]) -> str:
    return "[" + ", ".join("'" + f.replace("'", "''") + "'" for f in files) + "]"


def _source(con: duckdb.DuckDBPyConnection, log: EventLog, files: list[str], event_type: str) -> str:
    """A FROM-able relation over event files: Parquet read directly when every
    file has the current shape, else through the upcasters."""
    current = version_of(event_type)
    if all(_file_version(log, f) == current for f in files):
        return f"read_parquet({_files_sql(files)})"
    tables = []
    for f in files:
        with log.open(f) as fh:
            tables.append(read_current(fh, event_type))
    name = "_upcast_" + event_type.replace(".", "_")
    con.register(name, pa.concat_tables(tables))
    return name


def _file_version(log: EventLog, f: str) -> int:
    if not log.remote:
        return file_version(f)
    with log.open(f) as fh:
        return file_version(fh)


def apply_run(con: duckdb.DuckDBPyConnection, log: EventLog, run: str) -> None:
    """Apply one committed run's events, set-based. Idempotent per article."""
    # file by file, so that no statement holds more than one part file's texts
    # (one window over the run's rows would hold every text of the run at once)
    for f in log.files("article.ingested", [run]):
        con.execute(f"""
            insert into articles
            select article_id, external_id, title, published, source, url, text, license, origin, recorded_at
            from {_source(con, log, [f], "article.ingested")}
            where article_id not in (select article_id from articles)
            qualify row_number() over (partition by article_id order by event_id) = 1""")
    # every (article, source, url) once: the ingested copy's, then each syndicated copy's
    for event_type in ("article.ingested", "article.sourced"):
        files = log.files(event_type, [run])
        if files:
            con.execute(f"""
                insert into article_sources
                select article_id, source, url, external_id, origin, recorded_at
                from {_source(con, log, files, event_type)} e
                where not exists (select 1 from article_sources s where s.article_id = e.article_id
                                  and s.source is not distinct from e.source and s.url is not distinct from e.url)
                qualify row_number() over (partition by article_id, source, url order by event_id) = 1""")
    files = log.files("record.corrected", [run])
    if files:
        con.execute(f"""
            insert into corrections
            select correction_id, record_type, record_id, action, field, value, author, reason, recorded_at, run_id
            from {_source(con, log, files, "record.corrected")}
            where correction_id not in (select correction_id from corrections)""")
    files = log.files("article.rejected", [run])
    if files:
        con.execute(f"""
            insert into rejections
            select event_id, source, reason, recorded_at, run_id, line from {_source(con, log, files, "article.rejected")}
            where event_id not in (select event_id from rejections)
            qualify row_number() over (partition by event_id order by recorded_at) = 1""")
    done = log.files("extraction.completed", [run])
    if not done:
        return
    completed = _source(con, log, done, "extraction.completed")
    # The newest completed extraction of an article replaces whatever the
    # tables held for it; runs are applied oldest first, so the last wins.
    con.execute(f"""
        create or replace temp table _done as
        select distinct article_id, extractor_version from {completed}""")
    con.execute(f"""
        insert into extractions
        select article_id, extractor_version, run_id, recorded_at, meetings, attendees, quotes, figures
        from {completed}""")
    for table, (event_type, cols) in RECORD_TABLES.items():
        con.execute(f"delete from {table} where article_id in (select article_id from _done)")
        files = log.files(event_type, [run])
        if files:
            events = _source(con, log, files, event_type)
            con.execute(f"""
                insert into {table}
                select {cols} from {events} e
                semi join _done d using (article_id, extractor_version)""")
            payload = ", ".join(f"{c} := {c}" for c in cols.split(", ")
                                if c not in (ID_COLUMN[table], "article_id", "extractor_version"))
            con.execute(f"""
                insert into record_history
                select '{table[:-1]}', {ID_COLUMN[table]}, article_id, extractor_version, run_id, recorded_at,
                       to_json(struct_pack({payload}))
                from {events} e
                semi join _done d using (article_id, extractor_version)""")
    con.execute("drop table _done")


def apply_corrections(con: duckdb.DuckDBPyConnection) -> None:
    """Replay every correction, oldest first, over the record tables. Each is
    idempotent, so replaying after any projection gives the same state."""
    rows = con.execute("""
        select record_type, record_id, action, field, value from corrections
        order by recorded_at, correction_id""").fetchall()
    for record_type, record_id, action, field, value in rows:
        table = TABLE_OF[record_type]
        idcol = ID_COLUMN[table]
        if action == "set":
            sqltype = CORRECTABLE[record_type][field]
            con.execute(f"update {table} set {field} = cast(? as {sqltype}) where {idcol} = ?", [value, record_id])
        elif action == "reject":
            con.execute(f"delete from {table} where {idcol} = ?", [record_id])
            if table == "meetings":
                con.execute("delete from attendees where meeting_id = ?", [record_id])
        elif action == "add":
            con.execute("""
                insert into attendees
                select a.attendee_id, m.meeting_id, m.article_id, a.name, a.kind, a.title, a.country_code,
                       a.is_host, 'correction'
                from meetings m,
                     (select unnest(from_json(?::json, '{"attendee_id": "varchar", "name": "varchar",
                        "kind": "varchar", "title": "varchar", "country_code": "varchar",
                        "is_host": "boolean"}'))) a
                where m.meeting_id = ?
                  and a.attendee_id not in (select attendee_id from attendees)""", [value, record_id])


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(_sql("schema.sql"))
    # views are `create or replace`: an existing warehouse gets the current
    # definitions with its next projection
    con.execute(_sql("views.sql"))


def _drop(copy: Path) -> None:
    for f in (copy, copy.with_name(copy.name + ".wal")):
        f.unlink(missing_ok=True)




def _build_config(tmp: Path) -> dict:
    return {"memory_limit": os.environ.get(MEMORY_LIMIT_ENV) or DEFAULT_MEMORY_LIMIT,
            "temp_directory": f"{tmp}.spill", "threads": min(2, os.cpu_count() or 1)}


def clear_stale_copies(target: Path) -> None:
    """Drop the copies a killed projection left beside ``target`` (``.<name>.<pid>.tmp``
    and its ``.wal``): nobody reads them, but each is the warehouse's size.
    The caller holds the home lock, so no live projection owns one."""
    for f in target.parent.glob(f".{target.name}.*.tmp*"):
        if f.is_dir():
            shutil.rmtree(f, ignore_errors=True)   # DuckDB's spill folder
        else:
            f.unlink(missing_ok=True)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | (os.O_DIRECTORY if path.is_dir() else 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def project(home: Path, log: EventLog, rebuild: bool = False, runs: list[str] | None = None,
            target: Path | None = None) -> ProjectionResult:
    """Bring ``home/warehouse.duckdb`` (or ``target``) up to date with the log,
    or rebuild it; ``runs`` limits the log to those runs (for as-of queries)."""
    target = target or home / "warehouse.duckdb"
    target.parent.mkdir(parents=True, exist_ok=True)
    clear_stale_copies(target)
    exists = target.exists() and not rebuild
    if exists:
        with duckdb.connect(str(target), read_only=True) as ro:
            applied = {r[0] for r in ro.execute("select run from _applied_runs").fetchall()}
    else:
        applied = set()
    pending = [r for r in (log.runs() if runs is None else runs) if r not in applied]
    if exists and not pending:
        return ProjectionResult(0, target)
    tmp = target.parent / f".{target.name}.{os.getpid()}.tmp"
    try:
        if exists:
            shutil.copyfile(target, tmp)
        con = duckdb.connect(str(tmp), config=_build_config(tmp))
        if log.remote:
            con.register_filesystem(log.fs)   # DuckDB reads the log's URLs through fsspec
        try:
            ensure_schema(con)
            con.execute("begin")
            for run in pending:
                apply_run(con, log, run)
                con.execute("insert into _applied_runs values (?, now())", [run])
            apply_corrections(con)
            con.execute("commit")
            con.execute("checkpoint")
        finally:
            con.close()
        _fsync(tmp)  # the new state is on disk before it replaces the old one
        os.replace(tmp, target)
        _fsync(target.parent)
    finally:
        _drop(tmp)
        shutil.rmtree(f"{tmp}.spill", ignore_errors=True)
    return ProjectionResult(len(pending), target)
