"""What one worker process does with a chunk of articles: extract, write events.

Runs in a plain process pool (no Prefect inside: each Prefect process would
start its own API server), so it only imports the pure parts and the log.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from extract import EXTRACTOR_VERSION, extract
from schemas.article import Article
from warehouse.eventlog import EventLog
from warehouse.eventrows import EventBatch


@dataclass
class ChunkResult:
    part: str
    events: dict[str, int] = field(default_factory=dict)
    failures: list[tuple[str, str]] = field(default_factory=list)  # (origin, reason)


def process_chunk(articles: list[Article], events_root: str, run_id: str, recorded_at: datetime,
                  part: str, emit_articles: bool = True) -> ChunkResult:
    """Extract and stage events for a chunk; ``emit_articles=False`` when
    re-extracting articles the log already holds."""
    batch = EventBatch(run_id, recorded_at)
    result = ChunkResult(part)
    for a in articles:
        try:
            ex = extract(a.text, a.published, a.title)
        except Exception as e:  # a rule bug must not lose the article or stop the run
            result.failures.append((a.origin, f"extractor {EXTRACTOR_VERSION} failed: {type(e).__name__}: {e}"))
            if emit_articles:
                batch.article(a)
            continue
        if emit_articles:
            batch.article(a)
        batch.extraction(a.article_id, EXTRACTOR_VERSION, ex)
    staged = EventLog(events_root).stage(run_id, recorded_at)
    for event_type, cols in batch.columns.items():
        staged.write(event_type, cols, part)
    result.events = batch.counts()
    return result
