"""Log format decision (issue 2): plain Parquet + one atomic directory rename
per run (what newsledger uses) versus a Delta Lake table via `deltalake`.

    python benchmarks/bench_log_format.py          (needs `pip install deltalake` for the Delta side)

Writes the same synthetic quote events — R runs of B batches of N rows — both
ways, then scans them back with DuckDB, and prints seconds and file counts.
"""
from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

RUNS, BATCHES, ROWS = 20, 8, 5_000


def batch(run: int, b: int) -> pa.Table:
    n = ROWS
    base = (run * BATCHES + b) * n
    return pa.table({
        "event_id": [f"e{base + i}" for i in range(n)],
        "event_type": ["quote.extracted"] * n,
        "article_id": [f"a{(base + i) // 10}" for i in range(n)],
        "run_id": [f"r{run}"] * n,
        "recorded_at": pa.array([datetime.now(UTC)] * n, pa.timestamp("us", tz="UTC")),
        "text": ["We are ready to talk, and we will talk for as long as it takes."] * n,
        "speaker": ["Philip Hammond"] * n,
        "char_start": list(range(n)),
    })


def plain(root: Path) -> float:
    t = time.perf_counter()
    for r in range(RUNS):
        stage = root / "_staging" / f"r{r}"
        (stage / "quote.extracted").mkdir(parents=True)
        for b in range(BATCHES):
            pq.write_table(batch(r, b), stage / "quote.extracted" / f"part-{b}.parquet", compression="zstd")
        os.replace(stage, root / f"run=r{r:04d}")
    return time.perf_counter() - t


def delta(root: Path) -> float:
    from deltalake import write_deltalake

    t = time.perf_counter()
    for r in range(RUNS):
        # one commit per run keeps the same all-or-nothing visibility
        write_deltalake(str(root), pa.concat_tables(batch(r, b) for b in range(BATCHES)), mode="append")
    return time.perf_counter() - t


def scan(sql: str) -> float:
    t = time.perf_counter()
    duckdb.sql(sql).fetchall()
    return time.perf_counter() - t


def main() -> int:
    tmp = Path(tempfile.mkdtemp())
    rows = RUNS * BATCHES * ROWS
    print(f"{RUNS} runs x {BATCHES} batches x {ROWS} rows = {rows:,} events")
    w = plain(tmp / "plain")
    r = scan(f"select count(distinct article_id) from read_parquet('{tmp}/plain/run=*/quote.extracted/*.parquet')")
    n = len(list((tmp / "plain").rglob("*.parquet")))
    print(f"plain parquet + rename: write {w:.2f} s, scan {r:.3f} s, {n} files")
    try:
        import deltalake  # noqa: F401
    except ImportError:
        print("deltalake not installed: pip install deltalake to compare")
        return 0
    w = delta(tmp / "delta")
    from deltalake import DeltaTable

    dt = DeltaTable(str(tmp / "delta"))
    files = [str(tmp / "delta" / f) for f in dt.file_uris()] if hasattr(dt, "file_uris") else dt.files()
    r = scan(f"select count(distinct article_id) from read_parquet({[str(f) for f in files]!r})")
    print(f"delta lake (deltalake):  write {w:.2f} s, scan {r:.3f} s, {len(files)} files "
          f"(+ _delta_log with {len(list((tmp / 'delta' / '_delta_log').glob('*.json')))} commits)")
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
