"""The `newsledger run` flow: read -> extract (batches, both cores) -> commit log -> project.

Every step is a Prefect task over a batch of articles, never one article
(a task costs ~30 ms end to end). Extraction inside a task fans out to a
plain process pool.
"""
from __future__ import annotations

import multiprocessing
import threading
import time
import uuid
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NONE as NO_CACHE
from prefect.runtime import flow_run

from flows.fetch import FetchPolicy
from flows.readers import read_all
from flows.web_readers import WebOptions, is_url
from flows.report import RunProgress
from flows.worker import ChunkResult, process_chunk
from schemas.article import Article, Rejection
from warehouse.eventlog import EventLog, log_of
from warehouse.eventrows import EventBatch, rejection_event_id, source_key, sourced_identity
from warehouse.projection import project


@dataclass
class RunSummary:
    run_id: str
    read: int = 0
    ingested: int = 0
    known: int = 0
    rejected: int = 0
    events: dict[str, int] = field(default_factory=dict)
    committed: str | None = None
    runs_projected: int = 0
    seconds: float = 0.0
    warnings: list[str] = field(default_factory=list)  # "origin: what", for kept articles with a flaw

    def add_events(self, counts: dict[str, int]) -> None:
        for k, v in counts.items():
            self.events[k] = self.events.get(k, 0) + v


@dataclass
class Known:
    """What the log already holds: article ids, external id -> article id, rejection event ids."""

    articles: set[str]
    external: dict[str, str]
    rejections: set[str]
    sources: set[str] = field(default_factory=set)  # sourced_identity of every (article, source, url) known
    # text_sha256 -> article id: a byte-identical input is known without folding
    # its white space for the article id (most of the cost of a run of known input)
    exact: dict[str, str] = field(default_factory=dict)


@task(name="load-known", cache_policy=NO_CACHE)
def load_known(events_root: str) -> Known:
    log = EventLog(events_root)
    # one read of the ingested events serves both the id maps and the source keys
    t = log.read("article.ingested", columns=["article_id", "external_id", "source", "url", "text_sha256"])
    r = log.read("article.rejected", columns=["event_id"])
    ids, ext = t.column("article_id").to_pylist(), t.column("external_id").to_pylist()
    s = log.read("article.sourced", columns=["article_id", "source", "url"])
    sources = {source_key(a, src, url) for tbl in (t, s)
               for a, src, url in zip(tbl.column("article_id").to_pylist(), tbl.column("source").to_pylist(),
                                      tbl.column("url").to_pylist())}
    # (events written before schema v2 have no hash: their copies take the slow path)
    exact = {h: a for h, a in zip(t.column("text_sha256").to_pylist(), ids) if h}
    return Known(set(ids), dict(zip(ext, ids)), set(r.column("event_id").to_pylist()), sources, exact)


def _chunks(items: list, n: int) -> Iterator[list]:
    size = max(1, -(-len(items) // n))
    for i in range(0, len(items), size):
        yield items[i:i + size]


@task(name="extract-batch", cache_policy=NO_CACHE)
def extract_batch(articles: list[Article], events_root: str, run_id: str, recorded_at: datetime,
                  batch_no: int, workers: int, emit_articles: bool = True) -> list[ChunkResult]:
    """Extract a batch in the process pool; each worker writes its chunk's events to staging.
    ``workers=0`` extracts in this process: on a Dask cluster the task runner
    already spreads batches over worker processes."""
    if workers <= 0:
        return [process_chunk(articles, events_root, run_id, recorded_at, f"{batch_no:06d}-00", emit_articles)]
    pool = _pool(workers)
    futures: list[Future] = [
        pool.submit(process_chunk, chunk, events_root, run_id, recorded_at, f"{batch_no:06d}-{i:02d}",
                    emit_articles)
        for i, chunk in enumerate(_chunks(articles, workers))]
    return [f.result() for f in futures]


@task(name="write-rejections", cache_policy=NO_CACHE)
def write_rejections(rejections: list[Rejection], events_root: str, run_id: str, recorded_at: datetime,
                     batch_no: int) -> int:
    batch = EventBatch(run_id, recorded_at)
    for r in rejections:
        batch.rejection(r)
    staged = EventLog(events_root).stage(run_id, recorded_at)
    return sum(staged.write(t, cols, f"{batch_no:06d}-rej") for t, cols in batch.columns.items())


@task(name="write-sourced", cache_policy=NO_CACHE)
def write_sourced(copies: list[Article], events_root: str, run_id: str, recorded_at: datetime) -> int:
    batch = EventBatch(run_id, recorded_at)
    for a in copies:
        batch.sourced(a)
    staged = EventLog(events_root).stage(run_id, recorded_at)
    return sum(staged.write(t, cols, "sourced") for t, cols in batch.columns.items())


@task(name="commit-log", cache_policy=NO_CACHE)
def commit_log(events_root: str, run_id: str, recorded_at: datetime) -> str | None:
    return EventLog(events_root).stage(run_id, recorded_at).commit(datetime.now(UTC))


@task(name="project-warehouse", cache_policy=NO_CACHE)
def project_warehouse(home: str) -> int:
    return project(Path(home), EventLog(log_of(home))).runs_applied


SMALL_BATCH = 200  # articles; fewer are extracted in the flow's own process (pool start-up costs ~2 s)
# input files this small (gzip counted at 4x) hold fewer than SMALL_BATCH articles of
# the corpora we measured (Wikinews ~3 KB, White House documents ~9 KB per article)
SMALL_INPUT_BYTES = 1_500_000


def extracts_in_process(paths: list[str]) -> bool:
    """Whether a run over ``paths`` is small enough that its articles will be
    extracted in the flow's own process (local files only: a URL's size is
    not known before it is fetched)."""
    if any(is_url(p) for p in paths):
        return False
    total = 0
    stack = [Path(p) for p in paths]
    while stack:
        p = stack.pop()
        try:
            if p.is_dir():
                stack.extend(p.iterdir())
                continue
            total += p.stat().st_size * (4 if p.name.endswith(".gz") else 1)
        except OSError:
            continue   # the readers report it as a rejection
        if total > SMALL_INPUT_BYTES:
            return False
    return True


_POOL: ProcessPoolExecutor | None = None
_POOL_LOCK = threading.Lock()


def _pool(workers: int) -> ProcessPoolExecutor:
    global _POOL
    with _POOL_LOCK:  # extract-batch tasks run in Prefect's thread pool
        if _POOL is None:
            # forkserver, not fork: the flow process runs Prefect's threads (forking a
            # threaded process is unsafe) and its memory need not be copied into workers,
            # which import only the extractor and the log writer.
            _POOL = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("forkserver"))
        return _POOL


def _shutdown_pool() -> None:
    global _POOL
    if _POOL is not None:
        _POOL.shutdown(cancel_futures=True)
        _POOL = None


def triage(items: Iterator[Article | Rejection], known: Known, summary: RunSummary, batch_size: int,
           notes: dict[str, str] | None = None, sourced: list[Article] | None = None,
           ) -> Iterator[tuple[list[Article], list[Rejection]]]:
    """Split the input stream into batches of new articles and new rejections,
    dropping what the log (or this run) already has. A reader's note on an
    article this run ingests (``notes``: origin -> words) becomes a summary warning. A known
    text from a source or url not seen with it before (a syndicated copy) is appended to ``sourced``."""
    new: list[Article] = []
    bad: list[Rejection] = []
    for item in items:
        summary.read += 1
        if isinstance(item, Article):
            aid = known.exact.get(item.text_sha256)
            if aid is not None:
                item.__dict__["article_id"] = aid   # the same text: no need to fold it again
            else:
                aid = item.article_id
                known.exact[item.text_sha256] = aid
            prior = known.external.get(item.external_id)
            if aid in known.articles:
                summary.known += 1
                ident = sourced_identity(item)
                if sourced is not None and (item.source or item.url) and ident not in known.sources:
                    known.sources.add(ident)
                    sourced.append(item)
                continue
            if prior is not None and prior != aid:
                item = Rejection(source=item.origin, reason=(
                    f"id {item.external_id!r} was already ingested with different text (article {prior}); "
                    "give the changed article its own id to keep both"))
            else:
                known.articles.add(aid)
                known.external[item.external_id] = aid
                known.sources.add(sourced_identity(item))
                new.append(item)
                if notes and item.origin in notes:
                    summary.warnings.append(f"{item.origin}: {notes.pop(item.origin)}")
        if isinstance(item, Rejection):
            summary.rejected += 1
            eid = rejection_event_id(item)
            if eid not in known.rejections:
                known.rejections.add(eid)
                bad.append(item)
        if len(new) >= batch_size or len(bad) >= batch_size:
            yield new, bad
            new, bad = [], []
    if new or bad:
        yield new, bad


@dataclass
class _Run:
    run_id: str
    recorded_at: datetime
    events_root: str
    log: EventLog
    summary: RunSummary
    t0: float


def _begin(home: str) -> _Run:
    """What every writing flow starts with (the caller holds the home lock):
    ids and time for its events, and a log cleared of killed runs' leftovers."""
    run_id = str(flow_run.get_id() or uuid.uuid4())
    events_root = log_of(home)
    log = EventLog(events_root)
    log.clear_staging()
    return _Run(run_id, datetime.now(UTC), events_root, log, RunSummary(run_id), time.perf_counter())


def _finish(run: _Run, home: str) -> RunSummary:
    """Commit the run's events with one rename, then project them."""
    run.summary.committed = commit_log(run.events_root, run.run_id, run.recorded_at)
    run.summary.runs_projected = project_warehouse(home)
    run.summary.seconds = time.perf_counter() - run.t0
    return run.summary


@flow(name="newsledger-run", log_prints=False)
def run_flow(paths: list[str], home: str, batch_size: int = 400, workers: int = 2, in_flight_max: int = 2,
             progress: bool = False, follow_links: bool = False, allow_private_urls: bool = False) -> RunSummary:
    """Ingest, extract, log, project. ``workers=0`` with a Dask task runner
    (see ``flows.cli``) runs extraction on the cluster's workers instead of a
    local process pool; ``in_flight_max`` batches are extracted at once.
    ``paths`` may hold http(s) URLs; ``follow_links`` reads feed entries' pages,
    ``allow_private_urls`` lets fetches reach loopback and private addresses."""
    run = _begin(home)
    run_id, recorded_at, events_root, summary = run.run_id, run.recorded_at, run.events_root, run.summary
    known = load_known(events_root)
    logger = get_run_logger()
    with RunProgress(progress) as bar:
        try:
            # A few batches in flight: the pool extracts one while the next is read
            # and queued, so no core idles at batch boundaries; memory stays bounded.
            in_flight: deque = deque()

            def settle(future) -> None:
                for res in future.result():
                    summary.add_events(res.events)
                    for origin, reason in res.failures:
                        logger.warning("%s: %s", origin, reason)
                bar.update(summary)

            notes: dict[str, str] = {}
            sourced: list[Article] = []
            web = WebOptions(follow_links=follow_links, policy=FetchPolicy(allow_private=allow_private_urls))
            inputs = read_all([p if is_url(p) else Path(p) for p in paths], notes, web)
            for batch_no, (new, bad) in enumerate(triage(inputs, known, summary, batch_size, notes, sourced)):
                if bad:
                    summary.add_events({"article.rejected": write_rejections(bad, events_root, run_id, recorded_at, batch_no)})
                if new:
                    # a handful of articles is extracted in this process: starting the pool's
                    # workers (imports, lexicons) would cost more than the extraction itself
                    n_workers = workers if len(new) >= SMALL_BATCH else 0
                    in_flight.append(extract_batch.submit(new, events_root, run_id, recorded_at, batch_no, n_workers))
                    summary.ingested += len(new)
                    if len(in_flight) >= in_flight_max:
                        settle(in_flight.popleft())
            while in_flight:
                settle(in_flight.popleft())
            if sourced:
                summary.add_events({"article.sourced": write_sourced(sourced, events_root, run_id, recorded_at)})
        finally:
            _shutdown_pool()
    for w in summary.warnings[:20]:
        logger.warning("%s", w)
    if len(summary.warnings) > 20:
        logger.warning("... and %d more such warnings", len(summary.warnings) - 20)
    return _finish(run, home)


@task(name="rebuild-warehouse", cache_policy=NO_CACHE)
def rebuild_warehouse(home: str) -> int:
    return project(Path(home), EventLog(log_of(home)), rebuild=True).runs_applied


@flow(name="newsledger-rebuild")
def rebuild_flow(home: str) -> int:
    """Drop the warehouse and project it again from the log alone."""
    return rebuild_warehouse(home)


def stored_articles(log: EventLog, skip: set[str], batch_size: int) -> Iterator[list[Article]]:
    """Articles from the log's article.ingested events, streamed in batches."""
    import pyarrow.parquet as pq

    cols = ["article_id", "external_id", "title", "published", "source", "url", "license", "origin", "text"]
    batch: list[Article] = []
    for f in log.files("article.ingested"):
        with log.open(f) as fh:
            for rb in pq.ParquetFile(fh).iter_batches(batch_size=256, columns=cols):
                for row in rb.to_pylist():
                    if row.pop("article_id") in skip:
                        continue
                    batch.append(Article(**row))
                    if len(batch) >= batch_size:
                        yield batch
                        batch = []
    if batch:
        yield batch


@task(name="load-completed", cache_policy=NO_CACHE)
def load_completed(events_root: str, version: str) -> set[str]:
    t = EventLog(events_root).read("extraction.completed", columns=["article_id", "extractor_version"])
    return {a for a, v in zip(t.column("article_id").to_pylist(), t.column("extractor_version").to_pylist())
            if v == version}


@flow(name="newsledger-reextract")
def reextract_flow(home: str, batch_size: int = 400, workers: int = 2) -> RunSummary:
    """Replay stored articles through the current extractor; append the new
    version's events (old versions stay in the log) and project them."""
    from extract import EXTRACTOR_VERSION

    run = _begin(home)
    run_id, recorded_at, events_root, log, summary = run.run_id, run.recorded_at, run.events_root, run.log, run.summary
    done = load_completed(events_root, EXTRACTOR_VERSION)
    summary.known = len(done)
    try:
        for batch_no, batch in enumerate(stored_articles(log, done, batch_size)):
            summary.read += len(batch)
            for res in extract_batch(batch, events_root, run_id, recorded_at, batch_no, workers, emit_articles=False):
                summary.add_events(res.events)
            summary.ingested += len(batch)
    finally:
        _shutdown_pool()
    return _finish(run, home)


@task(name="record-corrections", cache_policy=NO_CACHE)
def record_corrections(home: str, corrections: list[dict], run_id: str) -> str | None:
    now = datetime.now(UTC)
    batch = EventBatch(run_id, now)
    for c in corrections:
        batch.correction(**c)
    staged = EventLog(log_of(home)).stage(run_id, now)
    for et, cols in batch.columns.items():
        staged.write(et, cols, "corrections")
    return staged.commit(now)


@flow(name="newsledger-correct")
def correct_flow(home: str, corrections: list[dict]) -> str | None:
    """Record a person's corrections as record.corrected events and project them."""
    run_id = str(flow_run.get_id() or uuid.uuid4())
    committed = record_corrections(home, corrections, run_id)
    project_warehouse(home)
    return committed
