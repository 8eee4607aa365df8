"""Prefect's temporary API server, started by newsledger at the very start of a
command instead of by Prefect at the first flow call.

Prefect's ephemeral mode starts the same server (uvicorn serving
`prefect.server.api.server:create_app` with PREFECT__SERVER_EPHEMERAL=1; here
through `flows.serverboot`, which imports it with the garbage collector paused) only
when the first flow is called, after this process has spent seconds importing
Prefect, pyarrow and DuckDB, and then waits for it. Started first, its boot
overlaps those imports. When the command is done, the client's event and log
queues are drained before the server is asked to stop, so the server's task
run recorder writes the final states of every task before it exits.

Nothing here runs when PREFECT_API_URL names a server already running
(`prefect server start`, scheduled deployments): that server is used as is.
"""
from __future__ import annotations

import importlib.util
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Iterator

STARTUP_TIMEOUT_ENV = "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS"


class ServerFailed(RuntimeError):
    """The temporary server did not answer; the message says why and what to do."""


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _site_of(package: str) -> str:
    """The folder a package is installed in, found without importing it."""
    spec = importlib.util.find_spec(package)
    if spec is None or spec.origin is None:
        raise ServerFailed(f"the {package} package is not installed: install newsledger with `pip install -e .`")
    return str(Path(spec.origin).resolve().parent.parent)


def _die_with_parent() -> None:
    """In the child before exec: on Linux, be sent SIGTERM when newsledger dies,
    even by SIGKILL, so a killed run leaves no server behind."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)   # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


class TemporaryServer:
    def __init__(self, log_file: Path):
        self.log_file = log_file
        self.port = 0
        self.process: subprocess.Popen | None = None
        self._ready = False
        self._settings = ExitStack()

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api"

    def start(self) -> None:
        self.port = _free_port()
        env = dict(os.environ, PREFECT_UI_ENABLED="0", PREFECT__SERVER_EPHEMERAL="1", PREFECT__SERVER_FINAL="1")
        env.pop("PREFECT_API_URL", None)   # (a retry's environment holds the previous port's)
        self.log_file.parent.mkdir(parents=True, exist_ok=True)
        with open(self.log_file, "ab") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "flows.serverboot", "--app-dir", _site_of("prefect"),
                 "--factory", "prefect.server.api.server:create_app", "--host", "127.0.0.1",
                 "--port", str(self.port), "--log-level", "error", "--lifespan", "on"],
                env=env, stdin=subprocess.DEVNULL, stdout=log, stderr=log,
                preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None)
        # a Prefect imported from now on reads its server from the environment
        os.environ["PREFECT_API_URL"] = self.api_url
        _OURS.add(self.api_url)

    def wait_ready(self) -> None:
        """Block until the server answers /health; one retry on another port if
        this one was taken between choosing and binding it."""
        if self._ready:
            return
        _import_flow_engine()   # (the server is still booting on the other core)
        timeout = float(os.environ.get(STARTUP_TIMEOUT_ENV) or 120)
        deadline = time.monotonic() + timeout
        retried = False
        while time.monotonic() < deadline:
            assert self.process is not None
            if self.process.poll() is not None:
                if retried:
                    break
                retried = True
                self.start()
                continue
            try:
                with urllib.request.urlopen(f"{self.api_url}/health", timeout=2) as r:
                    if r.status == 200:
                        self._ready = True
                        self._warm_up()
                        self._point_prefect_here()
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
                pass
            time.sleep(0.05)
        code = self.process.poll() if self.process else None
        tail = self._log_tail()
        self.stop()
        why = f"exited with code {code}" if code is not None else f"did not answer within {timeout:.0f} s"
        raise ServerFailed(
            f"Prefect's temporary server {why}. Its log is {self.log_file}{': ' + tail if tail else ''}. "
            f"On a busy machine raise {STARTUP_TIMEOUT_ENV} (now {timeout:.0f}); or start a server with "
            "`prefect server start` and set PREFECT_API_URL=http://127.0.0.1:4200/api.")

    def _warm_up(self) -> None:
        """Ask the server what every flow run first asks it (its default result
        storage): the first requests after its start are slow (~0.5 s), and a
        flow would pay that on its critical path after paying the boot."""
        try:
            urllib.request.urlopen(f"{self.api_url}/admin/storage", timeout=10).read()
        except OSError:
            pass   # the flow's own request will say what is wrong

    def _point_prefect_here(self) -> None:
        """PREFECT_API_URL in the environment reaches a Prefect imported after it
        was set; one imported earlier in this process (a second command run
        in-process) keeps the settings it read, so set them for this block too."""
        from prefect.settings import PREFECT_API_URL, PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

        # heartbeats let a long-lived server notice a crashed run; this one ends
        # with the command, and a flow's heartbeat thread costs up to 1 s to join
        self._settings.enter_context(temporary_settings(
            updates={PREFECT_API_URL: self.api_url, PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}))

    def _log_tail(self) -> str:
        try:
            lines = self.log_file.read_text(errors="replace").strip().splitlines()
        except OSError:
            return ""
        return " | ".join(lines[-3:])[-500:]

    def stop(self) -> None:
        self._settings.close()
        p, self.process = self.process, None
        if p is None or p.poll() is not None:
            return
        p.terminate()   # uvicorn's graceful shutdown: the task run recorder flushes what it holds
        try:
            p.wait(timeout=15)
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait()


def _import_flow_engine() -> None:
    """What Prefect imports at its first flow call (its engines, and FastAPI's
    encoder for the flow's parameters: ~0.6 s), imported while waiting."""
    import fastapi.encoders  # noqa: F401
    import prefect.flow_engine  # noqa: F401
    import prefect.task_engine  # noqa: F401


def _drain_client_queues() -> None:
    """Send every event and log the client still holds (task run states travel
    as events) before the server stops."""
    if "prefect" not in sys.modules:
        return
    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker

    for worker in (EventsWorker, APILogWorker):
        try:
            worker.drain_all(timeout=10, at_exit=False)
        except Exception:   # a queue that cannot drain loses Prefect's bookkeeping, never our data
            pass


_OURS: set[str] = set()   # API URLs of servers this process started (and has stopped)


def _api_url_set() -> bool:
    if os.environ.get("PREFECT_API_URL"):
        return True
    if "prefect.settings" in sys.modules:
        # a caller in this process chose a server (Prefect's test harness); a
        # Prefect first imported while our own server ran remembers that one's URL
        from prefect.settings import PREFECT_API_URL

        url = PREFECT_API_URL.value()
        return bool(url) and url not in _OURS
    return False


@contextmanager
def prefect_api(home: Path) -> Iterator[TemporaryServer | None]:
    """The Prefect API for one command: the server PREFECT_API_URL names, or a
    temporary one of this home's Prefect database, started now and stopped
    (after draining the client's queues) when the block ends. Call
    `wait_ready()` on the yielded server before the first flow."""
    if _api_url_set():
        yield None
        return
    server = TemporaryServer(Path(os.environ.get("PREFECT_HOME") or home / "prefect") / "temporary-server.log")
    server.start()
    try:
        yield server
    finally:
        try:
            if server._ready:
                _drain_client_queues()
        finally:
            server.stop()
            os.environ.pop("PREFECT_API_URL", None)
