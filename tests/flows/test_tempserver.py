"""The temporary Prefect server newsledger starts itself (flows/tempserver.py):
one per command, its task states final when the command returns, never left
behind, and a clear error when it cannot start."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from flows.cli import main

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"


def _servers_of(home: Path) -> list[int]:
    """Pids of live Prefect servers whose PREFECT_HOME is inside ``home``."""
    out = []
    for d in Path("/proc").iterdir():
        if not d.name.isdigit():
            continue
        try:
            cmd = (d / "cmdline").read_bytes()
            env = (d / "environ").read_bytes()
        except OSError:
            continue
        if b"prefect.server.api.server:create_app" in cmd and f"PREFECT_HOME={home}".encode() in env:
            out.append(int(d.name))
    return out


@pytest.fixture
def no_api_url(monkeypatch):
    """As a fresh shell: no server chosen, Prefect's state in the home."""
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    monkeypatch.delenv("PREFECT_HOME", raising=False)
    # and no server chosen in this process either (the session's Prefect test harness)
    from prefect.settings import PREFECT_API_URL, temporary_settings

    with temporary_settings(restore_defaults={PREFECT_API_URL}):
        yield


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_two_commands_in_one_process_each_start_and_stop_their_server(tmp_path, no_api_url, capsys):
    home = (tmp_path / "home").resolve()
    assert main(["run", str(SEEDS), "--home", str(home)]) == 0
    assert main(["rebuild", "--home", str(home)]) == 0   # a second server: the first one's port is gone
    assert "PREFECT_API_URL" not in os.environ
    assert _servers_of(home) == []
    with sqlite3.connect(home / "prefect" / "prefect.db") as db:
        flows = db.execute("select name, state_type from flow_run").fetchall()
        tasks = db.execute("select state_type, count(*) from task_run group by 1").fetchall()
    assert len(flows) == 2 and {s for _, s in flows} == {"COMPLETED"}
    # task states travel as events: they were drained before the server stopped
    assert [s for s, _ in tasks] == ["COMPLETED"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
def test_a_killed_run_leaves_no_server_behind(tmp_path):
    home = (tmp_path / "home").resolve()
    env = {k: v for k, v in os.environ.items() if k not in ("PREFECT_API_URL", "PREFECT_HOME")}
    p = subprocess.Popen([sys.executable, "-m", "flows.cli", "run", str(SEEDS), "--home", str(home)],
                         cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while not _servers_of(home) and time.monotonic() < deadline and p.poll() is None:
        time.sleep(0.05)
    assert _servers_of(home), "the run never started its server"
    p.send_signal(signal.SIGKILL)   # the run only, not its process group
    p.wait()
    deadline = time.monotonic() + 20
    while _servers_of(home) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _servers_of(home) == []


def test_a_server_that_does_not_answer_in_time_is_a_clear_error(tmp_path, no_api_url, monkeypatch, capsys):
    monkeypatch.setenv("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "0.01")
    home = (tmp_path / "home").resolve()
    assert main(["run", str(SEEDS), "--home", str(home)]) == 2
    err = capsys.readouterr().err
    assert "Prefect's temporary server did not answer within" in err
    assert "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS" in err and "prefect server start" in err
    assert not (home / "warehouse.duckdb").exists()
    assert _servers_of(home) == []
