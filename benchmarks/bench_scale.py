"""Scale benchmark (issue 4): the whole White House corpus through `newsledger run`.

    python benchmarks/bench_scale.py [--corpus FILE.jsonl.gz] [--home DIR] [--limit N]

Measures, on this machine, whole processes with Prefect start included:
  floor     bare JSON parse + quote-mark regex over the same file (the floor)
  cold      newsledger run on the corpus into an empty home (wall, peak PSS of the process tree)
  again     the same run again (everything known)
  new100    100 new articles (Wikinews) into the full warehouse
  rebuild   newsledger rebuild from the log
  again_server, new100_server
            the same two runs against a Prefect server already running
            (`prefect server start`, as `newsledger serve` and scheduled
            deployments use): the temporary server's start is not paid
Prints one line per measurement and a JSON summary at the end.
"""
from __future__ import annotations

import argparse
import contextlib
import gzip
import itertools
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"
NEWSLEDGER = [sys.executable, "-m", "flows.cli"]


def floor(corpus: Path) -> tuple[float, int, int]:
    import orjson

    marks = re.compile(r"[\"\u201c\u201d]")
    t = time.perf_counter()
    n = chars = 0
    opener = gzip.open if corpus.suffix == ".gz" else open
    with opener(corpus, "rb") as fh:
        for line in fh:
            a = orjson.loads(line)
            n += 1
            chars += len(a["text"])
            marks.findall(a["text"])
    return time.perf_counter() - t, n, chars


def _tree_rss(pid: int) -> int:
    """Proportional resident memory (PSS: shared pages split between their
    users, so forked workers are not counted twice) of a process and all its
    descendants, in bytes."""
    total, stack = 0, [pid]
    while stack:
        p = stack.pop()
        try:
            with open(f"/proc/{p}/smaps_rollup") as fh:
                for line in fh:
                    if line.startswith("Pss:"):
                        total += int(line.split()[1]) * 1024
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as fh:
                    stack += [int(c) for c in fh.read().split()]
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
    return total


def timed(args: list[str], env: dict) -> tuple[float, int, str]:
    t = time.perf_counter()
    proc = subprocess.Popen(NEWSLEDGER + args, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True)
    peak = 0
    done = threading.Event()

    def watch() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss(proc.pid))
            time.sleep(0.5)

    th = threading.Thread(target=watch, daemon=True)
    th.start()
    out, _ = proc.communicate()
    done.set()
    th.join()
    wall = time.perf_counter() - t
    if proc.returncode != 0:
        raise SystemExit(f"newsledger {' '.join(args)} failed ({proc.returncode}):\n{out[-3000:]}")
    return wall, peak, out


@contextlib.contextmanager
def prefect_server(env: dict):
    """A Prefect server on a free local port for the duration; yields its API URL."""
    import socket
    import urllib.request

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    prefect = Path(sys.executable).with_name("prefect")
    proc = subprocess.Popen([str(prefect), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    api = f"http://127.0.0.1:{port}/api"
    try:
        for _ in range(240):
            try:
                urllib.request.urlopen(f"{api}/health", timeout=1)
                break
            except OSError:
                time.sleep(0.5)
        else:
            raise SystemExit("the Prefect server did not start in 120 s")
        yield api
    finally:
        proc.terminate()
        proc.wait(30)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(CORPORA / "whitehouse-briefing-room.jsonl.gz"))
    ap.add_argument("--new", default=str(CORPORA / "wikinews-2019-2020.jsonl"))
    ap.add_argument("--home", default=None, help="keep the home here (default: a temp folder, removed)")
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles of the corpus")
    ap.add_argument("--no-server", action="store_true", help="skip the runs against a running Prefect server")
    a = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="nl-bench-"))
    home = Path(a.home) if a.home else tmp / "home"
    shutil.rmtree(home, ignore_errors=True)
    corpus = Path(a.corpus)
    if a.limit:
        cut = tmp / "corpus.jsonl"
        opener = gzip.open if corpus.suffix == ".gz" else open
        with opener(corpus, "rt") as src, cut.open("w") as dst:
            dst.writelines(itertools.islice(src, a.limit))
        corpus = cut
    new, new2 = tmp / "new100.jsonl", tmp / "new100b.jsonl"
    with open(a.new) as src, new.open("w") as dst, new2.open("w") as dst2:
        dst.writelines(itertools.islice(src, 100))
        dst2.writelines(itertools.islice(src, 100))
    env = {**os.environ, "PREFECT_HOME": str(tmp / "prefect"), "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    res: dict = {}
    f, n, chars = floor(corpus)
    res["floor_s"] = round(f, 2)
    res["articles"], res["chars"] = n, chars
    print(f"floor   JSON parse + quote regex: {f:6.1f} s  ({n:,} articles, {chars / 1e6:.1f} M chars)")
    for name, args in (("cold", ["run", str(corpus)]), ("again", ["run", str(corpus)]),
                       ("new100", ["run", str(new)]), ("rebuild", ["rebuild"])):
        wall, peak, out = timed(args + ["--home", str(home)], env)
        res[f"{name}_s"], res[f"{name}_peak_mb"] = round(wall, 1), round(peak / 2**20)
        # the flow's own time, without Prefect's start-up and shutdown of its temporary server
        m = re.search(r"run [0-9a-f]{8}, ([\d.]+) s", out)
        flow_s = float(m.group(1)) if m else None
        res[f"{name}_flow_s"] = flow_s
        print(f"{name:7s} {wall:6.1f} s wall ({flow_s if flow_s is not None else '?'} s in the flow), "
              f"peak PSS {peak / 2**20:6.0f} MB")
        if name == "cold":
            res["ratio_to_floor"] = round(wall / f, 1)
            print("\n".join(out.strip().splitlines()[-16:]))
    if not a.no_server:
        with prefect_server(env) as api:
            for name, args in (("again_server", ["run", str(corpus)]), ("new100_server", ["run", str(new2)])):
                wall, peak, out = timed(args + ["--home", str(home)], {**env, "PREFECT_API_URL": api})
                m = re.search(r"run [0-9a-f]{8}, ([\d.]+) s", out)
                res[f"{name}_s"], res[f"{name}_flow_s"] = round(wall, 1), float(m.group(1)) if m else None
                print(f"{name:14s} {wall:6.1f} s wall ({res[f'{name}_flow_s']} s in the flow), "
                      f"peak PSS {peak / 2**20:6.0f} MB (server not counted)")
    import duckdb

    with duckdb.connect(str(home / "warehouse.duckdb"), read_only=True) as con:
        for t in ("articles", "meetings", "attendees", "quotes", "figures", "rejections"):
            res[f"rows_{t}"] = con.execute(f"select count(*) from {t}").fetchone()[0]
    res["log_mb"] = round(sum(p.stat().st_size for p in (home / "events").rglob("*.parquet")) / 2**20, 1)
    res["warehouse_mb"] = round((home / "warehouse.duckdb").stat().st_size / 2**20, 1)
    print(json.dumps(res, indent=1))
    if not a.home:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
