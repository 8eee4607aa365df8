"""What a person sees in the terminal: the run summary and query results (rich)."""
from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.table import Table

from warehouse.eventlog import log_of

_TYPES = ("meeting.extracted", "attendee.extracted", "quote.extracted", "figure.extracted")


def print_run_summary(summary, home: Path, console: Console | None = None) -> None:
    console = console or Console()
    t = Table(title="newsledger run", caption=f"run {summary.run_id[:8]}, {summary.seconds:.1f} s", show_header=True)
    t.add_column("what")
    t.add_column("count", justify="right")
    for label, n in (("articles read", summary.read), ("ingested", summary.ingested),
                     ("already known", summary.known), ("rejected", summary.rejected)):
        t.add_row(label, f"{n:,}")
    for et in _TYPES:
        t.add_row(et.split(".")[0] + "s", f"{summary.events.get(et, 0):,}")
    console.print(t)
    where = summary.committed or "nothing new to log"
    console.print(f"log: {log_of(home)} ({where}); warehouse: {home / 'warehouse.duckdb'} "
                  f"({summary.runs_projected} runs applied)")


def print_table(columns: list[str], rows: list[tuple], console: Console | None = None) -> None:
    console = console or Console()
    t = Table(*columns)
    for r in rows:
        t.add_row(*("NULL" if v is None else str(v) for v in r))
    console.print(t)


class RunProgress:
    """A live line for long runs: articles read and ingested, articles/s,
    records found. Silent when disabled (not a terminal, tests, schedules)."""

    def __init__(self, enabled: bool) -> None:
        self._progress = None
        if enabled:
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self._progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                                      console=Console(stderr=True), transient=True)
            self._task = self._progress.add_task("starting", total=None)

    def __enter__(self) -> RunProgress:
        if self._progress:
            self._progress.start()
        return self

    def __exit__(self, *exc) -> None:
        if self._progress:
            self._progress.stop()

    def update(self, summary) -> None:
        if not self._progress:
            return
        elapsed = max(self._progress.tasks[0].elapsed or 0.0, 1e-6)
        records = sum(summary.events.get(t, 0) for t in _TYPES)
        self._progress.update(self._task, description=(
            f"{summary.read:,} read, {summary.ingested:,} new, {summary.known:,} known, {summary.rejected:,} rejected "
            f"| {summary.ingested / elapsed:,.0f} articles/s | {records:,} records"))
