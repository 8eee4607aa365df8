from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = ROOT / "seeds" / "000_083e77faa7a2a924.txt"
DEV_ARTICLES = SHARED / "eval" / "dev" / "articles.jsonl"


@pytest.fixture
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def prefect_harness():
    """One temporary Prefect API for the whole session (starting one costs seconds)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=180):
        yield


@pytest.fixture(scope="session")
def seeds_warehouse(tmp_path_factory) -> Path:
    """HOME (events/ + warehouse.duckdb) built from seeds/ once per session,
    through the pure parts (readers, extract, log, projection): no Prefect.
    Treat it as read-only; copy the file to change it."""
    from datetime import UTC, datetime

    from extract import EXTRACTOR_VERSION, extract
    from flows.readers import read_all
    from schemas.article import Article
    from warehouse.eventlog import EventLog
    from warehouse.eventrows import EventBatch
    from warehouse.projection import project

    home = tmp_path_factory.mktemp("seeds_home")
    log = EventLog(home / "events")
    now = datetime.now(UTC)
    batch = EventBatch("seeds", now)
    for item in read_all([ROOT / "seeds"]):
        if isinstance(item, Article):
            batch.article(item)
            batch.extraction(item.article_id, EXTRACTOR_VERSION, extract(item.text, item.published, item.title))
        else:
            batch.rejection(item)
    staged = log.stage("seeds")
    for event_type, cols in batch.columns.items():
        staged.write(event_type, cols, "0")
    staged.commit(now)
    project(home, log)
    return home
