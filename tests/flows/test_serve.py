"""Scheduled ingestion against a real local Prefect server (slow: starts the server)."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import duckdb
import pytest

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(pred, timeout: float, what: str) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if pred():
            return
        time.sleep(1)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/health", timeout=2) as r:
            return r.status == 200
    except OSError:
        return False


def test_serve_refuses_without_a_server(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    p = subprocess.run([sys.executable, "-m", "flows.cli", "serve", str(tmp_path), "--interval", "60",
                        "--home", str(tmp_path / "h")], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert p.returncode == 2 and "prefect server start" in p.stderr


@pytest.mark.slow
def test_served_deployment_ingests_watched_folder(tmp_path):
    port = _free_port()
    api = f"http://127.0.0.1:{port}/api"
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect"), "PREFECT_API_URL": api,
           "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "PREFECT_UI_ENABLED": "false"}
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "seed.txt").write_bytes((ROOT / "seeds" / "000_083e77faa7a2a924.txt").read_bytes())
    home = tmp_path / "home"
    procs = []
    try:
        server = subprocess.Popen([str(BIN / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
                                  env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        procs.append(server)
        _wait(lambda: _healthy(api), 180, "the Prefect server")
        serve = subprocess.Popen([sys.executable, "-m", "flows.cli", "serve", str(inbox), "--interval", "3600",
                                  "--workers", "1", "--home", str(home)], cwd=ROOT, env=env,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        procs.append(serve)
        deployment = "newsledger-scheduled-ingest/watch"

        def registered() -> bool:
            r = subprocess.run([str(BIN / "prefect"), "deployment", "inspect", deployment], env=env,
                               capture_output=True, text=True, timeout=60)
            return r.returncode == 0

        _wait(registered, 180, "the deployment to be registered")
        run = subprocess.run([str(BIN / "prefect"), "deployment", "run", deployment, "--watch",
                              "--watch-timeout", "240"], env=env, capture_output=True, text=True, timeout=300)
        assert run.returncode == 0, run.stdout + run.stderr
        with duckdb.connect(str(home / "warehouse.duckdb"), read_only=True) as con:
            assert con.execute("select title from articles").fetchall() == [
                ("Anti-IS coalition talks kick off in London",)]
            assert con.execute("select count(*) from meetings where location = 'London'").fetchone()[0] >= 1
    finally:
        for p in reversed(procs):
            try:
                os.killpg(p.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
            try:
                p.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(p.pid, signal.SIGKILL)
