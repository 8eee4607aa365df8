"""What a person sees in the terminal: the run summary and query results (rich)."""
from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.table import Table

_TYPES = ("meeting.extracted", "attendee.extracted", "quote.extracted", "figure.extracted")


def print_run_summary(summary, home: Path, console: Console | None = None) -> None:
    console = console or Console()
    t = Table(title=f"newsledger run {summary.run_id[:8]} ({summary.seconds:.1f} s)", show_header=True)
    t.add_column("what")
    t.add_column("count", justify="right")
    for label, n in (("articles read", summary.read), ("ingested", summary.ingested),
                     ("already known", summary.known), ("rejected", summary.rejected)):
        t.add_row(label, f"{n:,}")
    for et in _TYPES:
        t.add_row(et.split(".")[0] + "s", f"{summary.events.get(et, 0):,}")
    console.print(t)
    where = summary.committed or "nothing new to log"
    console.print(f"log: {home / 'events'} ({where}); warehouse: {home / 'warehouse.duckdb'} "
                  f"({summary.runs_projected} runs applied)")


def print_table(columns: list[str], rows: list[tuple], console: Console | None = None) -> None:
    console = console or Console()
    t = Table(*columns)
    for r in rows:
        t.add_row(*("NULL" if v is None else str(v) for v in r))
    console.print(t)
