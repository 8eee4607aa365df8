"""Scheduled ingestion: a Prefect deployment that ingests watched folders and
feed URLs on a cron or interval schedule.

Served by `newsledger serve`, against a real Prefect server (PREFECT_API_URL):
schedules do not exist in ephemeral mode.
"""
from __future__ import annotations

from pathlib import Path

from prefect import flow, get_run_logger

from flows.locking import HomeBusy, home_lock
from flows.pipeline import RunSummary, run_flow


@flow(name="newsledger-scheduled-ingest", retries=2, retry_delay_seconds=30)
def scheduled_ingest(paths: list[str], home: str, batch_size: int = 400, workers: int = 2,
                     follow_links: bool = False) -> RunSummary | None:
    """One scheduled tick: ingest what is new under ``paths`` into ``home``.
    A tick that finds the home busy (a manual run, or a slow previous tick)
    skips instead of queueing behind it; the next tick catches up, since
    known articles are skipped anyway."""
    logger = get_run_logger()
    try:
        with home_lock(Path(home)):
            summary = run_flow(paths=paths, home=home, batch_size=batch_size, workers=workers,
                               follow_links=follow_links)
    except HomeBusy as e:
        logger.warning("skipped this tick: %s", e)
        return None
    logger.info("ingested %d new articles (%d known, %d rejected) into %s", summary.ingested, summary.known,
                summary.rejected, home)
    return summary


def serve(paths: list[str], home: str, name: str, cron: str | None, interval: int | None,
          batch_size: int, workers: int) -> None:
    """Register the deployment and run it on schedule until interrupted."""
    scheduled_ingest.serve(
        name=name,
        cron=cron,
        interval=interval,
        parameters={"paths": paths, "home": home, "batch_size": batch_size, "workers": workers},
        description=f"Ingest {', '.join(paths)} into {home}",
        limit=1,  # one tick at a time: the home has one writer anyway
    )
