"""The DuckDB warehouse: a projection of the event log, applied run by run.

Readers are never locked out: the new state is built in a file no reader
has open and swapped in with one atomic rename of a link, so a BI tool
holding the old file (or opening it now) always sees a whole state, the
previous or the new one (see "the home's warehouse: two files and a link").
"""
from __future__ import annotations

import os
import shutil
import uuid
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
    and its ``.wal``, its spill folder, its half-made link): nobody reads them,
    but each is the warehouse's size. The caller holds the home lock, so no
    live projection owns one."""
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


# -- the home's warehouse: two files and a link ------------------------------
#
# ``warehouse.duckdb`` is a symbolic link to one of two files beside it,
# ``.warehouse.duckdb.a`` and ``.warehouse.duckdb.b``. Readers open the link and
# get the file it points at, which no projection writes. A projection brings
# the other file (the spare: the state of one projection ago) up to date in
# place and swings the link to it with one atomic rename. Copying the whole
# warehouse each time (and flushing the copy to disk) cost more than the
# runs themselves once the warehouse held a large corpus. The spare is written
# in place only when it is provably an older state of the same build and no
# reader holds it open (DuckDB's file lock); otherwise it is rebuilt from a
# copy of the live file, as before. The price is the disk of a second copy.

def sides(target: Path) -> tuple[Path, Path]:
    return target.with_name(f".{target.name}.a"), target.with_name(f".{target.name}.b")


def _live(target: Path) -> Path | None:
    """The side ``target`` links to (None: no warehouse, or one from before
    the link, adopted by ``_adopt``)."""
    if not target.is_symlink():
        return None
    real = target.parent / os.readlink(target)
    return real if real in sides(target) and real.exists() else None


def _link(target: Path, side: Path) -> None:
    """Point ``target`` at ``side`` with one atomic rename; readers see the
    old file or the new one, never neither."""
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp.link")
    tmp.unlink(missing_ok=True)
    os.symlink(side.name, tmp)
    os.replace(tmp, target)
    _fsync(target.parent)


def _adopt(target: Path) -> Path:
    """A warehouse file from before the link becomes side a, in place (a hard
    link, so the path never goes missing)."""
    a = sides(target)[0]
    _drop(a)
    os.link(target, a)
    _link(target, a)
    return a


@dataclass
class _State:
    build: list[str]
    applied: set[str]


def _state(con: duckdb.DuckDBPyConnection) -> _State:
    build = [r[0] for r in con.execute("select build_id from _build order by build_id").fetchall()] \
        if con.execute("select count(*) from duckdb_tables() where table_name = '_build'").fetchone()[0] else []
    return _State(build, {r[0] for r in con.execute("select run from _applied_runs").fetchall()})


def _open_in_place(spare: Path, live: _State, runs: set[str]) -> duckdb.DuckDBPyConnection | None:
    """A write connection to ``spare`` if it may be brought up to date in
    place: a state of the live file's build (of fewer runs, or of a run a
    killed projection applied before it could swing the link), held open by
    no reader."""
    if not spare.exists():
        return None
    try:
        con = duckdb.connect(str(spare), config=_build_config(spare))
    except duckdb.Error:   # a reader holds it (file lock), or it is damaged
        return None
    try:
        st = _state(con)
        if st.build == live.build and st.build and st.applied <= runs:
            return con
    except duckdb.Error:
        pass
    con.close()
    return None


def _apply(con: duckdb.DuckDBPyConnection, log: EventLog, runs: list[str], new_build: bool) -> None:
    ensure_schema(con)
    con.execute("begin")
    if new_build:
        con.execute("insert into _build values (?, now())", [str(uuid.uuid4())])
    for run in runs:
        apply_run(con, log, run)
        con.execute("insert into _applied_runs values (?, now())", [run])
    apply_corrections(con)
    con.execute("commit")
    con.execute("checkpoint")


def _tmp_of(target: Path) -> Path:
    """This process's working copy beside ``target`` (``clear_stale_copies`` finds a killed one's)."""
    return target.with_name(f".{target.name}.{os.getpid()}.tmp")


def _build_into(tmp: Path, dest: Path, log: EventLog, runs: list[str], source: Path | None) -> bool:
    """Build in ``tmp`` (see ``_build_copy``) and rename it over ``dest``: a
    reader holding ``dest`` keeps its file. True when a new build started."""
    try:
        new_build = _build_copy(tmp, log, runs, source)
        dest.with_name(dest.name + ".wal").unlink(missing_ok=True)
        os.replace(tmp, dest)
        _fsync(dest.parent)
    finally:
        _drop(tmp)
        shutil.rmtree(f"{tmp}.spill", ignore_errors=True)
    return new_build


def _build_copy(tmp: Path, log: EventLog, runs: list[str], source: Path | None) -> bool:
    """Write the state of ``runs`` into ``tmp``: a copy of ``source`` brought
    up to date, or (no source) a new build. True when ``tmp`` starts a build
    (a new one, or the first copy of a warehouse made before builds had ids)."""
    if source is not None:
        shutil.copyfile(source, tmp)
    con = duckdb.connect(str(tmp), config=_build_config(tmp))
    if log.remote:
        con.register_filesystem(log.fs)   # DuckDB reads the log's URLs through fsspec
    try:
        st = _state(con) if source is not None else _State([], set())
        new_build = not st.build
        _apply(con, log, [r for r in runs if r not in st.applied], new_build)
    finally:
        con.close()
    _fsync(tmp)  # the new state is on disk before it replaces the old one
    return new_build


def project(home: Path, log: EventLog, rebuild: bool = False, runs: list[str] | None = None,
            target: Path | None = None) -> ProjectionResult:
    """Bring ``home/warehouse.duckdb`` up to date with the log, or rebuild it.
    With ``target`` (a file of its own, for as-of queries), build that file
    from ``runs`` of the log instead."""
    if target is not None:
        return _project_file(target, log, rebuild, runs)
    target = home / "warehouse.duckdb"
    target.parent.mkdir(parents=True, exist_ok=True)
    clear_stale_copies(target)
    live = _live(target)
    if live is None and target.exists():
        live = _adopt(target)
    runs = log.runs()
    state = None
    if live is not None and not rebuild:
        with duckdb.connect(str(live), read_only=True) as ro:
            state = _state(ro)
    pending = [r for r in runs if state is None or r not in state.applied]
    if state is not None and not pending:
        return ProjectionResult(0, target)
    a, b = sides(target)
    spare = b if live == a else a
    con = _open_in_place(spare, state, set(runs)) if state is not None else None
    new_build = False
    if con is not None:
        try:
            if log.remote:
                con.register_filesystem(log.fs)
            _apply(con, log, [r for r in runs if r not in _state(con).applied], new_build=False)
        finally:
            con.close()
            shutil.rmtree(f"{spare}.spill", ignore_errors=True)
    else:   # a copy of the live file brought up to date, or a new build, renamed into place
        new_build = _build_into(_tmp_of(target), spare, log, runs, live if state is not None else None)
    _link(target, spare)
    if new_build:
        _refresh_spare(target, spare)
    return ProjectionResult(len(pending), target)


def _refresh_spare(target: Path, live: Path) -> None:
    """After a new build, the other side holds a state of another build: make
    it a copy of the new one, flushed, so that the next projection writes in
    place instead of copying."""
    a, b = sides(target)
    other = b if live == a else a
    tmp = _tmp_of(target)
    try:
        shutil.copyfile(live, tmp)
        _fsync(tmp)
        _drop(other)
        os.replace(tmp, other)
    finally:
        _drop(tmp)


def _project_file(target: Path, log: EventLog, rebuild: bool, runs: list[str] | None) -> ProjectionResult:
    """One plain file (no link): built in a copy and renamed over ``target``."""
    target.parent.mkdir(parents=True, exist_ok=True)
    clear_stale_copies(target)
    exists = target.exists() and not rebuild
    if exists:
        with duckdb.connect(str(target), read_only=True) as ro:
            applied = _state(ro).applied
    else:
        applied = set()
    pending = [r for r in (log.runs() if runs is None else runs) if r not in applied]
    if exists and not pending:
        return ProjectionResult(0, target)
    _build_into(_tmp_of(target), target, log, pending if exists else (log.runs() if runs is None else runs),
                target if exists else None)
    return ProjectionResult(len(pending), target)
