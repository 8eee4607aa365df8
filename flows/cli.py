"""The `newsledger` command line: the only place that reads the environment,
configures logging and turns errors into exit codes."""
from __future__ import annotations

import argparse
import errno
import gc
import json
import logging
import os
import re
import sys
from contextlib import contextmanager
from pathlib import Path

from flows.tempserver import ServerFailed, TemporaryServer, prefect_api

REPO_SEEDS = Path(__file__).resolve().parents[1] / "seeds"
DEFAULT_HOME = Path(".newsledger")

EXAMPLES = """examples:
  newsledger run                                   ingest the project's seeds/ into ./.newsledger
  newsledger run ../shared/eval/dev/articles.jsonl --home H
  newsledger sql "select title, location, start_date from meetings" --home H
  newsledger rebuild --home H                      rebuild H/warehouse.duckdb from H/events/
  newsledger export out/ --format csv --home H     every table and view as files for other engines
  newsledger report report.html --home H           one HTML page: meetings, quotes, figures, sources
"""


class UsageError(Exception):
    """A problem the user can fix; printed without a traceback, exit code 2."""


_MEMORY_SIZE = re.compile(r"\s*\d+(?:\.\d+)?\s*(?:[KMGT]i?B|B)\s*", re.I)


_OUR_PREFECT_HOME: str | None = None


def _prepare_env(home: Path) -> None:
    from warehouse.limits import MEMORY_LIMIT_ENV

    limit = os.environ.get(MEMORY_LIMIT_ENV)
    if limit and not _MEMORY_SIZE.fullmatch(limit):
        raise UsageError(f"{MEMORY_LIMIT_ENV}={limit!r} is not a memory size: give a number and a unit, "
                         "e.g. 300MB or 2GB (the most memory DuckDB may use to build the warehouse)")
    home.mkdir(parents=True, exist_ok=True)
    # Prefect state stays inside the home unless the user chose otherwise (a
    # second command in this process, for another home, moves it along)
    global _OUR_PREFECT_HOME
    if os.environ.get("PREFECT_HOME") in (None, _OUR_PREFECT_HOME):
        _OUR_PREFECT_HOME = os.environ["PREFECT_HOME"] = str(home.resolve() / "prefect")
    # otherwise the ephemeral server tries to phone home and logs errors (no network here)
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    # the default 20 s is too short for the temporary server on a busy 2-core machine
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    os.environ.setdefault("PREFECT_LOGGING_LOG_PRINTS", "false")
    # the temporary server starts no automations and registers no block types
    # (newsledger uses neither), and the client skips checking a server of its
    # own version: ~1.2 s of CPU less per run, measured on this machine
    os.environ.setdefault("PREFECT_SERVER_SERVICES_TRIGGERS_ENABLED", "false")
    os.environ.setdefault("PREFECT_SERVER_REGISTER_BLOCKS_ON_START", "false")
    os.environ.setdefault("PREFECT_SERVER_MEMOIZE_BLOCK_AUTO_REGISTRATION", "false")
    os.environ.setdefault("PREFECT_CLIENT_SERVER_VERSION_CHECK_ENABLED", "false")
    # a full disk or a read-only home gets one clear line from main(), not Prefect's tracebacks
    for name in ("prefect.flow_runs", "prefect.task_runs"):
        logging.getLogger(name).addFilter(_drop_environment_errors)


def environment_error(e: BaseException) -> str | None:
    """Words for a failure of the machine rather than of newsledger (disk full,
    read-only or forbidden home), or None for anything else."""
    duck = sys.modules.get("duckdb")
    # (DuckDB raises FatalException when a write fails in the middle of a checkpoint)
    if not isinstance(e, OSError) and not (duck and isinstance(e, (duck.IOException, duck.FatalException))):
        return None
    text, code = str(e), getattr(e, "errno", None)
    if code in (errno.ENOSPC, errno.EDQUOT) or "No space left" in text or "quota exceeded" in text.lower():
        what, todo = "the disk is full", "free some space (or use a --home on another disk) and run the same command again"
    elif code == errno.EROFS or "Read-only file system" in text:
        what, todo = "the home is on a read-only file system", "use a --home on a writable disk"
    elif code in (errno.EACCES, errno.EPERM) or "Permission denied" in text:
        what, todo = "permission denied", "make the home writable for this user, or use another --home"
    else:
        return None
    detail = (text.strip().splitlines() or [""])[0][:300]
    where = f" ({e.filename})" if getattr(e, "filename", None) and str(e.filename) not in detail else ""
    return (f"{what}{where}: {detail}. Nothing half-written is visible: the log and the warehouse hold only "
            f"whole runs, and the next run picks up where this one stopped. To fix: {todo}.")


def _drop_environment_errors(record: logging.LogRecord) -> bool:
    return not (record.exc_info and record.exc_info[1] is not None and environment_error(record.exc_info[1]))


@contextmanager
def home_lock(home: Path):
    """One writer per home: a second run refuses at once with a clear message."""
    from flows.locking import HomeBusy, home_lock as lock

    try:
        with lock(home):
            yield
    except HomeBusy as e:
        raise UsageError(str(e)) from None


@contextmanager
def _prefect(home: Path):
    """``prefect_api(home)`` with Python's garbage collector paused until the
    flow starts (``_ready``): importing Prefect, pyarrow, DuckDB and the
    extractor's lexicons makes millions of objects and no garbage, and the
    collector's passes over them cost ~1.6 s of a short run."""
    gc.disable()
    try:
        with prefect_api(home) as api:
            yield api
    finally:
        gc.enable()


def _ready(api: TemporaryServer | None) -> None:
    """Wait for the temporary Prefect server started at the command's start
    (its boot overlaps the imports before this call); then collect garbage
    again, with what the imports made frozen out of every pass."""
    try:
        if api is not None:
            try:
                api.wait_ready()
            except ServerFailed as e:
                raise UsageError(str(e)) from None
    finally:
        gc.freeze()
        gc.enable()


def cmd_run(a: argparse.Namespace) -> int:
    # URLs stay strings: Path() would fold "https://" into "https:/"
    paths = [p if "://" in p else Path(p) for p in a.paths] or [REPO_SEEDS]
    missing = [str(p) for p in paths if isinstance(p, Path) and not p.exists()]
    if missing:
        raise UsageError(f"no such file or folder: {', '.join(missing)}; give .txt, .jsonl, .jsonl.gz, .html or .xml/.rss/.atom files, folders, or http(s) URLs")
    home = Path(a.home)
    _prepare_env(home)
    with home_lock(home), _prefect(home) as api:
        if a.log:
            _point_log(home, a.log)
        from flows.pipeline import extracts_in_process, run_flow

        if api is not None and a.runner != "dask" and extracts_in_process([str(p) for p in paths]):
            # the server boots on the other core: load the extractor's lexicons meanwhile
            # (on a Dask cluster the workers extract, not this process)
            from extract import warm

            warm()
        _ready(api)

        if a.runner == "dask":
            if not a.address:
                raise UsageError("--runner dask needs --address HOST:PORT of a Dask scheduler "
                                 "(start one with `dask scheduler` and `dask worker HOST:PORT`)")
            from prefect_dask import DaskTaskRunner

            address = a.address if "://" in a.address else f"tcp://{a.address}"
            flow = run_flow.with_options(task_runner=DaskTaskRunner(address=address))
            summary = flow(paths=[str(p) for p in paths], home=str(home.resolve()), batch_size=a.batch_size,
                           workers=0, in_flight_max=a.in_flight or 8, follow_links=a.follow_links,
                           allow_private_urls=a.allow_private_urls)
        else:
            summary = run_flow(paths=[str(p) for p in paths], home=str(home), batch_size=a.batch_size,
                               workers=a.workers, in_flight_max=a.in_flight or 2, progress=sys.stderr.isatty(),
                               follow_links=a.follow_links, allow_private_urls=a.allow_private_urls)
    from flows.report import print_run_summary

    print_run_summary(summary, home)
    return 0


def _point_log(home: Path, url: str) -> None:
    from warehouse.eventlog import EventLog, is_url, point_home_at

    if not is_url(url):
        raise UsageError(f"--log {url!r} is not a URL: give an fsspec URL such as s3://bucket/events or "
                         "file:///mnt/shared/events (a local log needs no --log: it is HOME/events)")
    try:
        EventLog(url).runs()   # the protocol's package is installed and the place can be listed
        point_home_at(home, url)
    except ImportError as e:
        raise UsageError(f"--log {url}: {e}; install the fsspec package for that protocol (s3fs, gcsfs, adlfs)") from None
    except ValueError as e:
        raise UsageError(str(e)) from None


def _home_with_log(a: argparse.Namespace, doing: str) -> Path:
    """The home of a command that works from an existing log, ready for Prefect."""
    from warehouse.eventlog import EventLog, log_of

    home = Path(a.home)
    log = log_of(home)
    if not EventLog(log).runs():
        raise UsageError(f"the log {log} holds no run: nothing to {doing}; run `newsledger run --home {home}` first")
    _prepare_env(home)
    return home


def cmd_rebuild(a: argparse.Namespace) -> int:
    home = _home_with_log(a, "rebuild from")
    with home_lock(home), _prefect(home) as api:
        from flows.pipeline import rebuild_flow

        _ready(api)

        n = rebuild_flow(home=str(home))
    print(f"rebuilt {home / 'warehouse.duckdb'} from {n} log runs")
    return 0


def runs_as_of(runs: list[str], when: str) -> list[str]:
    """The committed runs up to a run id (or run folder name), or up to a time (ISO 8601, UTC if naive)."""
    from datetime import UTC, datetime

    for i, r in enumerate(runs):
        if when in (r, r.split("_", 1)[1]) or (len(when) >= 8 and r.split("_", 1)[1].startswith(when)):
            return runs[: i + 1]
    try:
        t = datetime.fromisoformat(when)
    except ValueError:
        raise UsageError(f"--as-of {when!r} is neither a run id of this home nor an ISO time like "
                         "2026-11-26T15:00:00; list runs with: ls HOME/events") from None
    t = t if t.tzinfo else t.replace(tzinfo=UTC)
    stamp = t.astimezone(UTC).strftime("%Y%m%dT%H%M%S%f")
    return [r for r in runs if r[len("run="):].split("Z_", 1)[0] <= stamp]


def cmd_sql(a: argparse.Namespace) -> int:
    import tempfile

    import duckdb

    db = Path(a.home) / "warehouse.duckdb"
    if not db.exists():
        raise UsageError(f"{db} does not exist; run `newsledger run --home {a.home}` first")
    if a.as_of:
        from warehouse.eventlog import EventLog, log_of
        from warehouse.projection import project

        log = EventLog(log_of(a.home))
        runs = runs_as_of(log.runs(), a.as_of)
        tmp = Path(tempfile.mkdtemp(prefix="newsledger-asof-"))
        db = tmp / "asof.duckdb"
        project(Path(a.home), log, rebuild=True, runs=runs, target=db)
    con = duckdb.connect(str(db), read_only=True)
    try:
        rel = con.sql(a.query)
    except duckdb.Error as e:
        raise UsageError(f"query failed: {e}") from None
    if rel is None:
        return 0
    cols, rows = rel.columns, rel.fetchall()
    if a.format == "json":
        print(json.dumps([dict(zip(cols, r)) for r in rows], default=str, ensure_ascii=False, indent=1))
    elif a.format == "csv":
        import csv

        w = csv.writer(sys.stdout, lineterminator="\n")  # "\r\n" would end up in shell variables
        w.writerow(cols)
        w.writerows(rows)
    else:
        from flows.report import print_table

        print_table(cols, rows)
    return 0


def cmd_serve(a: argparse.Namespace) -> int:
    if not os.environ.get("PREFECT_API_URL"):
        raise UsageError("schedules need a Prefect server: start one with `prefect server start --host 127.0.0.1` "
                         "and set PREFECT_API_URL=http://127.0.0.1:4200/api (see README, Scheduled ingestion)")
    if (a.cron is None) == (a.interval is None):
        raise UsageError("give exactly one schedule: --cron '*/15 * * * *' or --interval SECONDS")
    # feed URLs are watched as they are; local paths become absolute for the served process
    paths = [p if "://" in p else str(Path(p).resolve()) for p in a.paths]
    missing = [p for p in paths if "://" not in p and not Path(p).exists()]
    if missing:
        raise UsageError(f"no such folder or file to watch: {', '.join(missing)}")
    home = Path(a.home).resolve()
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    from flows.schedule import serve

    print(f"serving deployment newsledger-scheduled-ingest/{a.name}: {', '.join(paths)} -> {home} "
          f"({'cron ' + a.cron if a.cron else f'every {a.interval} s'}); Ctrl-C to stop")
    serve(paths, str(home), a.name, a.cron, a.interval, a.batch_size, a.workers)
    return 0


def cmd_reextract(a: argparse.Namespace) -> int:
    home = _home_with_log(a, "re-extract")
    with home_lock(home), _prefect(home) as api:
        from flows.pipeline import reextract_flow

        _ready(api)

        summary = reextract_flow(home=str(home), batch_size=a.batch_size, workers=a.workers)
    from flows.report import print_run_summary

    print_run_summary(summary, home)
    return 0


def cmd_changes(a: argparse.Namespace) -> int:
    a.query = f"select * from changes('{a.v_from.replace(chr(39), '')}', '{a.v_to.replace(chr(39), '')}')"
    a.as_of = None
    return cmd_sql(a)


def _corrections(a: argparse.Namespace) -> list[dict]:
    """Validate a correction against the warehouse before it becomes an event."""
    import duckdb

    from schemas.events import stable_id
    from warehouse.projection import CORRECTABLE, ID_COLUMN, TABLE_OF

    db = Path(a.home) / "warehouse.duckdb"
    if not db.exists():
        raise UsageError(f"{db} does not exist; run `newsledger run --home {a.home}` first")
    table = TABLE_OF[a.record_type]
    with duckdb.connect(str(db), read_only=True) as con:
        if not con.execute(f"select count(*) from {table} where {ID_COLUMN[table]} = ?", [a.record_id]).fetchone()[0]:
            raise UsageError(f"no {a.record_type} with id {a.record_id!r}; find ids with "
                             f"`newsledger sql \"select {ID_COLUMN[table]}, * from {table} limit 20\"`")
        base = dict(record_type=a.record_type, record_id=a.record_id, author=a.by, reason=a.why)
        if a.reject:
            return [dict(base, action="reject")]
        if a.add_attendee:
            if a.record_type != "meeting":
                raise UsageError("--add-attendee corrects a meeting: give `meeting MEETING_ID`")
            import json

            att = dict(attendee_id=stable_id(a.record_id, a.kind, a.add_attendee), name=a.add_attendee,
                       kind=a.kind, title=a.title, country_code=a.country, is_host=a.host)
            return [dict(base, action="add", value=json.dumps([att]))]
        out = []
        for item in a.set:
            field, sep, value = item.partition("=")
            allowed = CORRECTABLE[a.record_type]
            if not sep or field not in allowed:
                raise UsageError(f"--set takes FIELD=VALUE with FIELD one of {', '.join(allowed)} for a {a.record_type}")
            try:
                con.execute(f"select cast(? as {allowed[field]})", [value])
            except duckdb.Error:
                raise UsageError(f"{value!r} is not a valid {allowed[field]} for {field}") from None
            out.append(dict(base, action="set", field=field, value=value))
        return out


def cmd_correct(a: argparse.Namespace) -> int:
    home = Path(a.home)
    corrections = _corrections(a)
    _prepare_env(home)
    with home_lock(home), _prefect(home) as api:
        from flows.pipeline import correct_flow

        _ready(api)

        committed = correct_flow(home=str(home), corrections=corrections)
    print(f"recorded {len(corrections)} correction(s) in {committed}")
    return 0


def _warehouse(home: str) -> Path:
    db = Path(home) / "warehouse.duckdb"
    if not db.exists():
        raise UsageError(f"{db} does not exist; run `newsledger run --home {home}` first")
    return db


def cmd_export(a: argparse.Namespace) -> int:
    from warehouse.export import export

    out = Path(a.dir)
    if out.exists() and not out.is_dir():
        raise UsageError(f"{out} is a file; give a folder to write the {a.format} files into")
    for x in export(_warehouse(a.home), out, a.format):
        print(f"{x.kind:5} {x.name:24} {x.rows:>9,} rows  {x.path}")
    return 0


def cmd_report(a: argparse.Namespace) -> int:
    import duckdb

    from flows.htmlreport import load, render

    con = duckdb.connect(str(_warehouse(a.home)), read_only=True)
    try:
        data = load(con)
    finally:
        con.close()
    out = Path(a.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render(data), encoding="utf-8")
    print(f"wrote {out} ({data.totals['meetings']:,} meetings, {data.totals['quotes']:,} quotes, "
          f"{data.totals['figures']:,} figures); open it in a browser")
    return 0


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="newsledger", description=(
        "Turn news articles into queryable meetings, attendees, quotes and figures: "
        "an event log of Parquet files under HOME/events and a DuckDB warehouse HOME/warehouse.duckdb."),
        epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="command", required=True)

    def batch_opts(p: argparse.ArgumentParser) -> None:
        p.add_argument("--batch-size", type=int, default=400, help="articles per Prefect task (default 400)")
        p.add_argument("--workers", type=int, default=os.cpu_count() or 2, help="extraction processes (default: cores)")

    def home_opt(p: argparse.ArgumentParser) -> None:
        p.add_argument("--home", default=str(DEFAULT_HOME), help="folder for the log, warehouse and Prefect state (default: ./.newsledger)")

    r = sub.add_parser("run", help="ingest articles, extract records, update the warehouse",
                       epilog="example: newsledger run seeds/ --home H", description=(
                           "Read .txt/.jsonl/.jsonl.gz files or folders (default: the project's seeds/), append "
                           "their events to the log and project them into the warehouse. Known articles are skipped."))
    r.add_argument("paths", nargs="*", help="files, folders or http(s) URLs of pages and feeds (default: seeds/)")
    home_opt(r)
    batch_opts(r)
    r.add_argument("--log", metavar="URL", help=(
        "keep the event log at this fsspec URL (s3://bucket/events, gs://..., file:///mnt/shared/events) instead "
        "of HOME/events; the home remembers it (HOME/log.url), later commands find it there"))
    r.add_argument("--runner", choices=("local", "dask"), default="local",
                   help="local: a process pool on this machine (default); dask: the Dask cluster at --address")
    r.add_argument("--address", metavar="HOST:PORT", help="Dask scheduler address for --runner dask")
    r.add_argument("--in-flight", type=int, default=0,
                   help="batches extracted at once (default: 2 local, 8 on Dask)")
    r.add_argument("--follow-links", action="store_true",
                   help="for RSS/Atom feeds: fetch each entry's link and use the page's main text, not the feed's summary")
    r.add_argument("--allow-private-urls", action="store_true",
                   help="let URLs (and redirects, feed links) reach loopback, private and link-local addresses; "
                        "off by default so a hostile feed cannot probe your network")
    r.set_defaults(func=cmd_run)

    b = sub.add_parser("rebuild", help="drop the warehouse and rebuild it from the event log",
                       epilog="example: newsledger rebuild --home H")
    home_opt(b)
    b.set_defaults(func=cmd_rebuild)

    s = sub.add_parser("sql", help="run a read-only SQL query on the warehouse",
                       epilog='example: newsledger sql "select speaker, count(*) from quotes group by 1 order by 2 desc"')
    s.add_argument("query")
    home_opt(s)
    s.add_argument("--format", choices=("table", "csv", "json"), default="table")
    s.add_argument("--as-of", metavar="RUN_ID_OR_TIME",
                   help="answer against the warehouse as it stood after that run (or at that ISO time), rebuilt from the log")
    s.set_defaults(func=cmd_sql)

    sv = sub.add_parser("serve", help="ingest watched folders on a schedule (Prefect deployment)",
                        epilog="example: PREFECT_API_URL=http://127.0.0.1:4200/api newsledger serve inbox/ --cron '*/15 * * * *' --home H",
                        description="Register a Prefect deployment that runs `newsledger run` over the watched paths "
                                    "on a cron or interval schedule, and serve it until interrupted. Needs a Prefect "
                                    "server (PREFECT_API_URL); see README.")
    sv.add_argument("paths", nargs="+", help="folders, files or feed URLs to ingest on every tick")
    sv.add_argument("--cron", help="cron schedule, e.g. '*/15 * * * *'")
    sv.add_argument("--interval", type=int, help="seconds between runs")
    sv.add_argument("--name", default="watch", help="deployment name (default: watch)")
    batch_opts(sv)
    home_opt(sv)
    sv.set_defaults(func=cmd_serve)

    x = sub.add_parser("reextract", help="re-run the current extractor over every stored article",
                       epilog="example: newsledger reextract --home H && newsledger changes --from rules-0.1.0 --to rules-0.2.0 --home H",
                       description="Replay the log's article.ingested events through the current extractor and append "
                                   "the new version's events; the tables then show each article's newest completed "
                                   "version. Older versions stay in the log.")
    home_opt(x)
    batch_opts(x)
    x.set_defaults(func=cmd_reextract)

    c = sub.add_parser("changes", help="records added, removed and altered between two extractor versions",
                       epilog="example: newsledger changes --from rules-0.1.0 --to rules-0.2.0 --format csv")
    c.add_argument("--from", dest="v_from", required=True, help="older extractor version")
    c.add_argument("--to", dest="v_to", required=True, help="newer extractor version")
    home_opt(c)
    c.add_argument("--format", choices=("table", "csv", "json"), default="table")
    c.set_defaults(func=cmd_changes)

    k = sub.add_parser("correct", help="record a person's correction of a record (survives reextract and rebuild)",
                       formatter_class=argparse.RawDescriptionHelpFormatter, epilog="""examples:
  newsledger correct quote 3f2a... --set speaker="Philip Hammond" --by ana --why "pronoun resolved to the wrong man"
  newsledger correct figure 9c1d... --set value=5000 --set unit=citizens --by ana
  newsledger correct attendee 77ab... --reject --by ana --why "explicitly did not attend"
  newsledger correct meeting 1e0f... --add-attendee "Fumio Kishida" --kind person --title "Foreign Minister" --by ana""")
    k.add_argument("record_type", choices=("quote", "figure", "meeting", "attendee"))
    k.add_argument("record_id", help="quote_id, figure_id, meeting_id or attendee_id from the tables")
    act = k.add_mutually_exclusive_group(required=True)
    act.add_argument("--set", action="append", metavar="FIELD=VALUE", help="set a field (repeatable)")
    act.add_argument("--reject", action="store_true", help="the record is wrong: remove it")
    act.add_argument("--add-attendee", metavar="NAME", help="add a participant to a meeting")
    k.add_argument("--kind", choices=("person", "country", "organization"), default="person")
    k.add_argument("--title")
    k.add_argument("--country", help="ISO 3166-1 alpha-2 code")
    k.add_argument("--host", action="store_true")
    k.add_argument("--by", default=os.environ.get("USER") or "unknown", help="who corrects (default: $USER)")
    k.add_argument("--why", help="the reason, kept with the correction")
    home_opt(k)
    k.set_defaults(func=cmd_correct)

    ex = sub.add_parser("export", help="write every table and view as Parquet or CSV files for other engines",
                        epilog="example: newsledger export out/ --format parquet --home H && "
                               "duckdb -c \"select * from 'out/meeting_participants.parquet'\"",
                        description="Copy the warehouse's tables (articles, meetings, attendees, quotes, figures, "
                                    "rejections, ...) and views (meeting_participants, quotes_by_speaker, "
                                    "figures_by_kind) into DIR, one <name>.parquet or <name>.csv each, overwriting. "
                                    "Opens the warehouse read-only. Columns: docs/warehouse.md.")
    ex.add_argument("dir", help="folder to write into (created if missing)")
    ex.add_argument("--format", choices=("parquet", "csv"), default="parquet", help="file format (default: parquet)")
    home_opt(ex)
    ex.set_defaults(func=cmd_export)

    rp = sub.add_parser("report", help="write a self-contained HTML page of meetings, quotes and figures",
                        epilog="example: newsledger report report.html --home H && xdg-open report.html",
                        description="One HTML file, no script or external asset: meetings on a timeline with their "
                                    "attendees, the most quoted speakers with their quotes, the largest figures by "
                                    "kind; each shows the sentence it came from and links to its article. "
                                    "Opens the warehouse read-only.")
    rp.add_argument("out", help="the .html file to write")
    home_opt(rp)
    rp.set_defaults(func=cmd_report)
    return ap


def main(argv: list[str] | None = None) -> int:
    a = build_parser().parse_args(argv)
    try:
        return a.func(a)
    except UsageError as e:
        print(f"newsledger: error: {e}", file=sys.stderr)
        return 2
    except Exception as e:
        msg = environment_error(e)
        if msg is None:
            raise
        print(f"newsledger: error: {msg}", file=sys.stderr)
        return 1


def entry() -> None:
    """The `newsledger` command: ``main()``, then exit without tearing the
    interpreter down. By then every file, connection, pool and the temporary
    Prefect server are closed and Prefect's queues drained; what is left is
    freeing the objects of every module and lexicon a run loaded, ~0.8 s of a
    short incremental run on this machine."""
    try:
        rc = main()
    except SystemExit as e:   # argparse (--help, usage errors) has printed its words already
        if isinstance(e.code, str):
            print(e.code, file=sys.stderr)
        rc = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (BrokenPipeError, ValueError):   # a reader that went away (`| head`) or a closed stream
            pass
    os._exit(rc)


if __name__ == "__main__":
    entry()
