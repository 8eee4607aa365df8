"""The `newsledger` command line: the only place that reads the environment,
configures logging and turns errors into exit codes."""
from __future__ import annotations

import argparse
import fcntl
import json
import os
import sys
from contextlib import contextmanager
from pathlib import Path

REPO_SEEDS = Path(__file__).resolve().parents[1] / "seeds"
DEFAULT_HOME = Path(".newsledger")

EXAMPLES = """examples:
  newsledger run                                   ingest the project's seeds/ into ./.newsledger
  newsledger run ../shared/eval/dev/articles.jsonl --home H
  newsledger sql "select title, location, start_date from meetings" --home H
  newsledger rebuild --home H                      rebuild H/warehouse.duckdb from H/events/
"""


class UsageError(Exception):
    """A problem the user can fix; printed without a traceback, exit code 2."""


def _prepare_env(home: Path) -> None:
    home.mkdir(parents=True, exist_ok=True)
    # Prefect state stays inside the home unless the user chose otherwise
    os.environ.setdefault("PREFECT_HOME", str(home.resolve() / "prefect"))
    # otherwise the ephemeral server tries to phone home and logs errors (no network here)
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    os.environ.setdefault("PREFECT_LOGGING_LOG_PRINTS", "false")


@contextmanager
def home_lock(home: Path):
    """One writer per home: a second run refuses at once with a clear message."""
    home.mkdir(parents=True, exist_ok=True)
    fh = open(home / ".lock", "a+")
    try:
        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        fh.seek(0)
        holder = fh.read().strip() or "another process"
        fh.close()
        raise UsageError(f"{home} is being written by {holder}; wait for that run to finish, "
                         "or use another --home") from None
    fh.seek(0)
    fh.truncate()
    fh.write(f"newsledger pid {os.getpid()}")
    fh.flush()
    try:
        yield
    finally:
        fh.close()


def cmd_run(a: argparse.Namespace) -> int:
    paths = [Path(p) for p in a.paths] or [REPO_SEEDS]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise UsageError(f"no such file or folder: {', '.join(missing)}; give .txt, .jsonl or .jsonl.gz files or folders")
    home = Path(a.home)
    _prepare_env(home)
    with home_lock(home):
        from flows.pipeline import run_flow

        summary = run_flow(paths=[str(p) for p in paths], home=str(home), batch_size=a.batch_size,
                           workers=a.workers)
    from flows.report import print_run_summary

    print_run_summary(summary, home)
    return 0


def cmd_rebuild(a: argparse.Namespace) -> int:
    home = Path(a.home)
    if not (home / "events").is_dir():
        raise UsageError(f"{home / 'events'} does not exist: nothing to rebuild from; run `newsledger run` first")
    _prepare_env(home)
    with home_lock(home):
        from flows.pipeline import rebuild_flow

        n = rebuild_flow(home=str(home))
    print(f"rebuilt {home / 'warehouse.duckdb'} from {n} log runs")
    return 0


def cmd_sql(a: argparse.Namespace) -> int:
    import duckdb

    db = Path(a.home) / "warehouse.duckdb"
    if not db.exists():
        raise UsageError(f"{db} does not exist; run `newsledger run --home {a.home}` first")
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

        w = csv.writer(sys.stdout)
        w.writerow(cols)
        w.writerows(rows)
    else:
        from flows.report import print_table

        print_table(cols, rows)
    return 0


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="newsledger", description=(
        "Turn news articles into queryable meetings, attendees, quotes and figures: "
        "an event log of Parquet files under HOME/events and a DuckDB warehouse HOME/warehouse.duckdb."),
        epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="command", required=True)

    def home_opt(p: argparse.ArgumentParser) -> None:
        p.add_argument("--home", default=str(DEFAULT_HOME), help="folder for the log, warehouse and Prefect state (default: ./.newsledger)")

    r = sub.add_parser("run", help="ingest articles, extract records, update the warehouse",
                       epilog="example: newsledger run seeds/ --home H", description=(
                           "Read .txt/.jsonl/.jsonl.gz files or folders (default: the project's seeds/), append "
                           "their events to the log and project them into the warehouse. Known articles are skipped."))
    r.add_argument("paths", nargs="*", help="files or folders (default: seeds/)")
    home_opt(r)
    r.add_argument("--batch-size", type=int, default=400, help="articles per Prefect task (default 400)")
    r.add_argument("--workers", type=int, default=os.cpu_count() or 2, help="extraction processes (default: cores)")
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
    s.set_defaults(func=cmd_sql)
    return ap


def main(argv: list[str] | None = None) -> int:
    a = build_parser().parse_args(argv)
    try:
        return a.func(a)
    except UsageError as e:
        print(f"newsledger: error: {e}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
