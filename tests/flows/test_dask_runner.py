"""The same flow on a local Dask cluster of two worker processes gives the same tables."""
from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

ROOT = Path(__file__).resolve().parents[2]
TABLES = {"articles": "* exclude (ingested_at)", "meetings": "*", "attendees": "*", "quotes": "*", "figures": "*"}


def _dump(db: Path) -> dict:
    with duckdb.connect(str(db), read_only=True) as con:
        return {t: sorted(con.execute(f"select {cols} from {t}").fetchall(), key=repr) for t, cols in TABLES.items()}


@pytest.mark.slow
def test_dask_cluster_run_equals_local_run(prefect_harness, tmp_path):
    distributed = pytest.importorskip("distributed")
    from prefect_dask import DaskTaskRunner

    from flows.pipeline import run_flow

    seeds = [str(ROOT / "seeds")]
    local = run_flow(paths=seeds, home=str(tmp_path / "local"), batch_size=8, workers=2)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        flow = run_flow.with_options(task_runner=DaskTaskRunner(address=cluster.scheduler_address))
        remote = flow(paths=seeds, home=str(tmp_path / "dask"), batch_size=8, workers=0, in_flight_max=4)
        with distributed.Client(cluster) as client:
            # both worker processes took part
            assert len(client.scheduler_info()["workers"]) == 2
    assert remote.ingested == local.ingested > 0
    assert _dump(tmp_path / "dask" / "warehouse.duckdb") == _dump(tmp_path / "local" / "warehouse.duckdb")
