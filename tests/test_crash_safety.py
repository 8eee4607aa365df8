"""Nothing lost, nothing doubled: real `newsledger run` processes killed with
SIGKILL at chosen moments, two runs at once, readers during a run, hostile
input through the CLI, a full disk and a read-only home.

Every run here is a real subprocess with its own temporary Prefect server
(~10-60 s each on a busy 2-core machine), so the tests share one baseline run
(its input: corpus lines plus every kind of bad file) and keep their subprocess count small. Run with -s to see what they did.

The subprocesses run a snapshot of the code taken when the module starts, so
a run killed now and one finished a minute later use the same extractor even
while someone edits extract/ in this working tree.
"""
from __future__ import annotations

import gzip
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "whitehouse-readouts.jsonl"
N_LINES = 320      # the run's input: long enough that extraction lasts a few seconds
N_SEEDED = 40      # lines already in the home before the run (so a warehouse file exists)
RUN_TIMEOUT = 420  # seconds for one run, generous: the machine is shared
CONTRACT = {  # without timestamp columns (recorded_at differs between runs by design)
    "articles": "article_id, external_id, title, published, source, url, text",
    "meetings": "meeting_id, article_id, title, kind, location, country_code, start_date, date_precision, "
                "char_start, char_end",
    "attendees": "meeting_id, article_id, name, kind, title, country_code, is_host",
    "quotes": "quote_id, article_id, meeting_id, text, speaker, speaker_title, via, char_start, char_end",
    "figures": "figure_id, article_id, meeting_id, value, kind, unit, text, qualifier, char_start, char_end",
    "rejections": "source, reason",
}

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not CORPUS.exists(), reason=f"needs {CORPUS}")]


SEED_SCRIPT = """
import sys
from datetime import UTC, datetime
from pathlib import Path

from extract import EXTRACTOR_VERSION, extract
from flows.readers import read_all
from schemas.article import Article
from warehouse.eventlog import EventLog
from warehouse.eventrows import EventBatch
from warehouse.projection import project

home, path = Path(sys.argv[1]), Path(sys.argv[2])
log = EventLog(home / "events")
now = datetime.now(UTC)
batch = EventBatch("seed", now)
seen = set()
for item in read_all([path]):
    if isinstance(item, Article):
        if item.article_id in seen:
            continue
        seen.add(item.article_id)
        batch.article(item)
        batch.extraction(item.article_id, EXTRACTOR_VERSION, extract(item.text, item.published, item.title))
    else:
        batch.rejection(item)
staged = log.stage("seed")
for event_type, cols in batch.columns.items():
    staged.write(event_type, cols, "0")
staged.commit(now)
project(home, log)
"""
PROJECT_SCRIPT = """
import sys
from pathlib import Path
from warehouse.eventlog import EventLog
from warehouse.projection import project
print(project(Path(sys.argv[1]), EventLog(Path(sys.argv[1]) / "events")).runs_applied)
"""
_SRC: list[Path] = []  # the code snapshot the subprocesses run


@pytest.fixture(scope="module", autouse=True)
def code_snapshot(tmp_path_factory):
    src = tmp_path_factory.mktemp("src")
    for pkg in ("flows", "schemas", "warehouse", "extract"):
        shutil.copytree(ROOT / pkg, src / pkg, ignore=shutil.ignore_patterns("__pycache__"))
    _SRC[:] = [src, tmp_path_factory.mktemp("prefect")]
    yield src
    _SRC.clear()


# -- helpers ---------------------------------------------------------------
def _cwd() -> Path:
    return _SRC[0] if _SRC else ROOT


def _env(prefect_home: Path) -> dict:
    # one Prefect home for the module's sequential runs (its database is created once, not per run)
    prefect_home = _SRC[1] if _SRC else prefect_home
    return {**os.environ, "PREFECT_HOME": str(prefect_home), "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
            "PYTHONUNBUFFERED": "1"}


def _cmd(*args: str, home: Path) -> list[str]:
    return [sys.executable, "-m", "flows.cli", *args, "--home", str(home)]


def _start(input_path: Path, home: Path, prefect_home: Path, log: Path) -> subprocess.Popen:
    """A real `newsledger run`, in its own process group (it, its Prefect server, its pool)."""
    out = open(log, "wb")
    return subprocess.Popen(_cmd("run", str(input_path), home=home), cwd=_cwd(), env=_env(prefect_home),
                            stdout=out, stderr=subprocess.STDOUT, start_new_session=True)


def _run(args: list[str], home: Path, prefect_home: Path, timeout: float = RUN_TIMEOUT) -> subprocess.CompletedProcess:
    return subprocess.run(_cmd(*args, home=home), cwd=_cwd(), env=_env(prefect_home), capture_output=True,
                          text=True, timeout=timeout, errors="replace")


def _killpg(p: subprocess.Popen) -> None:
    try:
        os.killpg(p.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    p.wait(timeout=30)


def _first_lines(n: int, dest: Path, start: int = 0) -> Path:
    with CORPUS.open("rb") as fh:
        lines = fh.readlines()[start:n]
    dest.write_bytes(b"".join(lines))
    return dest


def _script(script: str, *args: str) -> str:
    r = subprocess.run([sys.executable, "-c", script, *args], cwd=_cwd(), capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr[-3000:]
    return r.stdout


def _seed(home: Path, input_path: Path) -> None:
    """A home with a committed run and a warehouse, built by the same parts the
    flow calls (readers, extractor, log, projection) without a Prefect process."""
    _script(SEED_SCRIPT, str(home), str(input_path))


def _project(home: Path) -> int:
    """The projection alone, as the next run would do it."""
    return int(_script(PROJECT_SCRIPT, str(home)))


def _tables(home: Path) -> dict[str, list]:
    with duckdb.connect(str(home / "warehouse.duckdb"), read_only=True) as con:
        return {t: sorted(con.execute(f"select {cols} from {t}").fetchall(), key=repr) for t, cols in CONTRACT.items()}


def _duplicate_events(home: Path) -> list:
    glob = str(home / "events" / "run=*" / "*" / "*.parquet")
    with duckdb.connect() as con:
        return con.execute(f"""select event_id, count(*) from read_parquet('{glob}', union_by_name=true)
                               group by 1 having count(*) > 1""").fetchall()


def _check_home(home: Path) -> dict:
    """What must hold after any kill: committed runs are whole, no event twice,
    the warehouse (if any) opens and is consistent."""
    glob = str(home / "events" / "run=*")
    with duckdb.connect() as con:
        # every article a committed run ingested has its extraction closed in that same run
        half = con.execute(f"""
            select count(*) from read_parquet('{glob}/article.ingested/*.parquet') i
            anti join read_parquet('{glob}/extraction.completed/*.parquet') c using (article_id, run_id)
        """).fetchone()[0]
    assert half == 0, f"{half} articles in committed runs without their extraction"
    assert _duplicate_events(home) == []
    out = {"runs": len(list((home / "events").glob("run=*")))}
    if (home / "warehouse.duckdb").exists():
        with duckdb.connect(str(home / "warehouse.duckdb"), read_only=True) as con:
            out["articles"] = con.execute("select count(*) from articles").fetchone()[0]
            out["applied"] = con.execute("select count(*) from _applied_runs").fetchone()[0]
            assert con.execute("select count(*) from attendees anti join meetings using (meeting_id)").fetchone()[0] == 0
    return out


def _wait_for(cond, p: subprocess.Popen, timeout: float) -> bool:
    """Poll cond() every 20 ms until it holds (True) or the process ends or time runs out (False)."""
    end = time.monotonic() + timeout
    while time.monotonic() < end and p.poll() is None:
        if cond():
            return True
        time.sleep(0.02)
    return False


# -- the shared baseline: one uninterrupted run, with a second run and readers during it --
@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    base = tmp_path_factory.mktemp("crash")
    folder = base / "input"
    folder.mkdir()
    _first_lines(N_LINES, folder / "corpus.jsonl")
    _write_hostile(folder)
    return {"base": base, "input": folder, "seed": _first_lines(N_SEEDED, base / "seed.jsonl")}


@pytest.fixture(scope="module")
def baseline(inputs):
    base, big, small = inputs["base"], inputs["input"], inputs["seed"]
    home = base / "baseline"
    _seed(home, small)
    old = _check_home(home)["articles"]
    result: dict = {"base": base, "input": big, "seed": small, "home": home, "old_articles": old}

    stop = threading.Event()
    reads = {"ok": 0, "failures": [], "counts": set(), "inconsistent": []}

    def read_loop() -> None:
        db = str(home / "warehouse.duckdb")
        while not stop.is_set():
            try:
                con = duckdb.connect(db, read_only=True)
                try:
                    n, orphans, strays, runs = con.execute("""
                        select (select count(*) from articles),
                               (select count(*) from attendees anti join meetings using (meeting_id)),
                               (select count(*) from quotes anti join articles using (article_id)),
                               (select count(*) from _applied_runs)""").fetchone()
                finally:
                    con.close()
                reads["ok"] += 1
                reads["counts"].add((runs, n))
                if orphans or strays:
                    reads["inconsistent"].append((n, orphans, strays))
            except Exception as e:  # noqa: BLE001 - counting is the point
                reads["failures"].append(repr(e))
            time.sleep(0.01)

    t0 = time.monotonic()
    p = _start(big, home, base / "prefect-baseline", base / "baseline.log")
    reader = threading.Thread(target=read_loop, daemon=True)
    reader.start()
    try:
        # a second run on the same home while the first holds the lock
        locked = _wait_for(lambda: f"pid {p.pid}" in _read(home / ".lock"), p, 120)
        second = _run(["run", str(small)], home, base / "prefect-second", timeout=120)
        result["second"], result["second_while_locked"] = second, locked and p.poll() is None
        p.wait(timeout=RUN_TIMEOUT)
    finally:
        if p.poll() is None:
            _killpg(p)
        stop.set()
        reader.join(timeout=30)
    result["rc"], result["log"] = p.returncode, (base / "baseline.log").read_text(errors="replace")
    result["seconds"], result["reads"] = time.monotonic() - t0, reads
    assert p.returncode == 0, result["log"][-3000:]
    result["tables"] = _tables(home)
    print(f"\nbaseline run: {result['seconds']:.0f} s, {len(result['tables']['articles'])} articles, "
          f"{reads['ok']} reader snapshots during it, {len(reads['failures'])} reader failures")
    return result


def _read(p: Path) -> str:
    try:
        return p.read_text()
    except OSError:
        return ""


# -- 1. kill -9 at chosen moments, then finish: same tables as the uninterrupted run --
def test_kill9_at_random_moments_loses_and_doubles_nothing(baseline, tmp_path):
    rng = random.Random(20261126)
    print(f"\nkill seed 20261126; input {N_LINES} lines, {N_SEEDED} already in the home")
    home = tmp_path / "killed"
    _seed(home, baseline["seed"])
    prefect_home = tmp_path / "prefect"
    staging = home / "events" / "_staging"

    # (moment, trigger(process, files before it started), extra seeded delay after the trigger)
    plan = [
        ("startup (Prefect server starting, lock held or not yet)", lambda p, old: True, rng.uniform(1.0, 12.0)),
        ("reading/extracting (this run's staging has parquet files)",
         lambda p, old: any(f not in old for f in staging.rglob("*.parquet")), rng.uniform(0.0, 1.5)),
        ("committed, before/during projection (run folder appeared)",
         lambda p, old: any(f not in old for f in (home / "events").glob("run=*")), 0.0),
        ("projecting (the spare being written in place, or this run's copy of the warehouse)",
         lambda p, old: (home / f".warehouse.duckdb.{p.pid}.tmp").exists()
         or any(home.glob(".warehouse.duckdb.?.wal")), rng.uniform(0.0, 0.2)),
    ]
    t_start, budget, done = time.monotonic(), 200.0, []
    for i, (moment, trigger, delay) in enumerate(plan):
        if time.monotonic() - t_start > budget:
            print(f"kill budget of {budget:.0f} s spent; skipping the rest")
            break
        old = set(staging.rglob("*.parquet")) | set((home / "events").glob("run=*"))
        p = _start(baseline["input"], home, prefect_home, tmp_path / f"kill{i}.log")
        t0 = time.monotonic()
        hit = _wait_for(lambda: trigger(p, old), p, RUN_TIMEOUT)
        if hit and delay:
            time.sleep(delay)
        finished = p.poll() is not None
        _killpg(p)
        state = _check_home(home)
        leftovers = [f.name for f in home.glob(".warehouse.duckdb.*")]
        done.append((moment, hit, finished))
        print(f"kill {i + 1}: {moment}: trigger {'hit' if hit else 'missed'}, +{delay:.2f} s, "
              f"killed at {time.monotonic() - t0:.1f} s{' (run had already ended)' if finished else ''}; "
              f"after: {state}, staging {'present' if staging.exists() else 'absent'}, leftovers {leftovers}")

    final = _run(["run", str(baseline["input"])], home, prefect_home)
    assert final.returncode == 0, final.stdout[-2000:] + final.stderr[-3000:]
    state = _check_home(home)
    print(f"completion run: rc 0, {state}; {time.monotonic() - t_start:.0f} s for kills + completion")
    assert sum(1 for _, hit, finished in done if hit and not finished) >= 3, done  # the kills really hit a run
    assert _duplicate_events(home) == []
    assert not staging.exists() or not any(staging.iterdir())
    assert not list(home.glob(".warehouse.duckdb.*.tmp*")), "a killed projection's copy was left behind"
    assert state["applied"] == state["runs"]
    got, want = _tables(home), baseline["tables"]
    for table in CONTRACT:
        assert got[table] == want[table], f"{table}: {len(got[table])} rows after kills, {len(want[table])} uninterrupted"


# -- 2. two runs at once ----------------------------------------------------
def test_second_concurrent_run_refuses_naming_the_lock(baseline):
    second = baseline["second"]
    assert baseline["second_while_locked"], "the first run ended before the second started: nothing was tested"
    print(f"second run: exit {second.returncode}: {second.stderr.strip()}")
    assert second.returncode == 2
    assert "is being written by newsledger pid" in second.stderr and "another --home" in second.stderr
    assert "Traceback" not in second.stderr
    assert baseline["rc"] == 0
    assert len(baseline["tables"]["articles"]) > baseline["old_articles"]
    assert _duplicate_events(baseline["home"]) == []


# -- 3. readers during a run -------------------------------------------------
def test_readers_during_a_run_are_never_locked_out(baseline):
    reads = baseline["reads"]
    new = len(baseline["tables"]["articles"])
    print(f"reader snapshots: {reads['ok']}, failures: {len(reads['failures'])}, (runs, articles) seen: "
          f"{sorted(reads['counts'])}")
    assert reads["failures"] == []
    assert reads["inconsistent"] == []
    assert reads["ok"] >= 20
    # each snapshot is the whole old state or the whole new one
    assert reads["counts"] == {(1, baseline["old_articles"]), (2, new)}


# -- 4. hostile input through the real CLI -----------------------------------
def _write_hostile(d: Path) -> None:
    """Bad input beside good: every kind of flaw the readers know, in one folder."""
    from flows.readers import MAX_TEXT_CHARS

    body = "The foreign minister met his counterpart in Paris on Monday to discuss trade."
    lines = [
        json.dumps({"id": "good-1", "title": "Good one", "published": "2019-07-10", "text": body}),
        '{"id": "broken", "text": "no closing brace"',
        json.dumps({"id": "no-text", "title": "Only a title"}),
        json.dumps({"id": "empty-text", "text": "   "}),
        json.dumps({"id": "huge", "text": "word " * (MAX_TEXT_CHARS // 5 + 1)}),
        json.dumps({"id": "bad-date", "published": "the day after Easter", "text": "Officials met in Rome on Friday."}),
        json.dumps({"id": "good-1", "text": "Same id, other text: the ministers met again in Berlin."}),
        json.dumps({"id": "good-2", "text": "Leaders gathered in Tokyo for a summit on Tuesday."}),
    ]
    (d / "mixed.jsonl").write_text("\n".join(lines) + "\n")
    (d / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (d / "latin1.txt").write_bytes("Caf\u00e9 talks\nThe Se\u00f1or met the ministre in Montr\u00e9al.\n".encode("latin-1"))
    (d / "plain.txt").write_text("A plain story\nDelegates met in Geneva on Wednesday.\n")
    (d / "broken.jsonl.gz").write_bytes(gzip.compress(b'{"id": "gz-1", "text": "Envoys met in Oslo."}\n')[:-12])


def test_hostile_input_through_the_cli(baseline, tmp_path):
    """The hostile files were part of the baseline run's input folder (and so of every killed run)."""
    from flows.readers import MAX_TEXT_CHARS

    missing = _run(["run", str(tmp_path / "no-such-file.jsonl")], tmp_path / "home", tmp_path / "prefect", timeout=120)
    print(f"missing path: exit {missing.returncode}: {missing.stderr.strip()}")
    assert missing.returncode == 2 and "no such file or folder" in missing.stderr, missing.stderr
    assert "Traceback" not in missing.stderr

    hostile = "origin not like '%/corpus.jsonl:%' and origin not like '%/seed.jsonl:%'"
    with duckdb.connect(str(baseline["home"] / "warehouse.duckdb"), read_only=True) as con:
        arts = dict(con.execute(f"select external_id, published from articles where {hostile}").fetchall())
        texts = dict(con.execute(f"select external_id, text from articles where {hostile}").fetchall())
        rej = con.execute("select source, reason from rejections where source not like '%/corpus.jsonl:%' "
                          "order by source").fetchall()
    print("hostile articles kept:", sorted(arts), "\nrejections:", *(f"  {s}: {r[:150]}" for s, r in rej), sep="\n")
    assert set(arts) == {"good-1", "good-2", "bad-date", "latin1", "plain"}  # the good ones beside the bad load
    assert arts["bad-date"] is None and str(arts["good-1"]) == "2019-07-10"
    assert "Señor" in texts["latin1"] and "Montréal" in texts["latin1"]
    assert "Berlin" not in texts["good-1"]
    reasons = {s.rsplit("/", 1)[-1]: r for s, r in rej}
    assert "not valid JSON" in reasons["mixed.jsonl:2"]
    assert "'text' is missing" in reasons["mixed.jsonl:3"]
    assert "'text' is empty" in reasons["mixed.jsonl:4"]
    assert "limit" in reasons["mixed.jsonl:5"] and f"{MAX_TEXT_CHARS:,}" in reasons["mixed.jsonl:5"]
    assert "already ingested with different text" in reasons["mixed.jsonl:7"]
    assert "binary" in reasons["binary.txt"]
    assert "could not read the file to its end" in reasons["broken.jsonl.gz"]
    assert len(rej) == 7
    # the kept article with an unreadable date is pointed out to the user
    assert "mixed.jsonl:6" in baseline["log"] and "not a date newsledger can read" in baseline["log"]


# -- 5. a read-only home, a full disk ----------------------------------------
def _mount(*args: str) -> bool:
    return subprocess.run(["mount", *args], capture_output=True).returncode == 0


def _umount(path: Path) -> None:
    if subprocess.run(["umount", str(path)], capture_output=True).returncode:
        subprocess.run(["umount", "-l", str(path)], capture_output=True)  # a file still open: detach now


def test_read_only_home_fails_clearly(inputs, tmp_path):
    src, ro = tmp_path / "src", tmp_path / "ro"
    _seed(src, inputs["seed"])
    (src / ".lock").touch()
    ro.mkdir()
    if not (_mount("--bind", str(src), str(ro)) and _mount("-o", "remount,bind,ro", str(ro))):
        _umount(ro)
        pytest.skip("cannot bind-mount read-only here (needs root/CAP_SYS_ADMIN); chmod does not stop root")
    try:
        before = _tables(ro)
        r = _run(["run", str(inputs["seed"])], ro, tmp_path / "prefect", timeout=120)
        print(f"read-only home: exit {r.returncode}: {r.stderr.strip()}")
        assert r.returncode == 1
        assert "read-only" in r.stderr and "writable" in r.stderr and "Traceback" not in r.stderr
        assert _tables(ro) == before
    finally:
        _umount(ro)


def test_full_disk_fails_clearly_and_keeps_the_warehouse(inputs, tmp_path):
    disk = tmp_path / "disk"
    disk.mkdir()
    if not _mount("-t", "tmpfs", "-o", "size=32m", "tmpfs", str(disk)):
        pytest.skip("cannot mount a tmpfs here to fill up")
    try:
        home = disk / "home"
        _seed(home, inputs["seed"])
        (home / ".lock").touch()
        before, wh_size = _tables(home), (home / "warehouse.duckdb").stat().st_size
        # room for the new run's log files, not for what the projection writes
        free = shutil.disk_usage(disk).free
        filler = disk / "filler"
        with open(filler, "wb") as fh:
            fh.write(b"\0" * max(0, free - 600_000))
        new = _first_lines(N_SEEDED + 30, tmp_path / "more.jsonl", start=N_SEEDED)
        print(f"tmpfs: warehouse {wh_size:,} bytes, {shutil.disk_usage(disk).free:,} bytes free")

        r = _run(["run", str(new)], home, tmp_path / "prefect")
        err = r.stderr
        print(f"full disk: exit {r.returncode}; newsledger said: "
              f"{[ln for ln in err.splitlines() if ln.startswith('newsledger:')]}")
        print(f"  its stderr: {len(err.splitlines())} lines, {err.count('Traceback')} tracebacks; the rest of it:",
              *[ln[:160] for ln in err.splitlines() if not ln.startswith("newsledger:")][:12], sep="\n    ")
        assert r.returncode == 1, r.stdout[-2000:] + err[-3000:]
        assert "newsledger: error: the disk is full" in err and "free some space" in err
        # Prefect's failure logs for this error carry no traceback of ours
        assert "shutil.py" not in err and "projection.py" not in err and "eventlog.py" not in err, err[-3000:]
        assert _tables(home) == before  # the previous warehouse is intact and readable
        assert not list(home.glob(".warehouse.duckdb.*.tmp*"))
        state = _check_home(home)
        print(f"after the failure: {state}")

        # space again: the next projection picks up the committed run
        filler.unlink()
        applied = _project(home)
        after = _check_home(home)
        print(f"space again: the projection applied {applied} pending run(s): {after}")
        assert after["applied"] == after["runs"] and after["articles"] >= state["articles"]
        if state["runs"] > state["applied"]:
            assert after["articles"] > len(before["articles"])
    finally:
        _umount(disk)


def test_full_disk_while_staging_leaves_no_visible_run(tmp_path):
    """The log's own writer on a full disk: OSError out (the CLI turns it into one line), nothing visible."""
    from flows.cli import environment_error
    from warehouse.eventlog import EventLog
    from warehouse.eventrows import EventBatch

    disk = tmp_path / "disk"
    disk.mkdir()
    if not _mount("-t", "tmpfs", "-o", "size=256k", "tmpfs", str(disk)):
        pytest.skip("cannot mount a tmpfs here to fill up")
    try:
        log = EventLog(disk / "events")
        batch = EventBatch("r1", datetime.now(UTC))
        from schemas.article import Article
        for i in range(400):
            batch.article(Article(external_id=f"a{i}", text=os.urandom(600).hex(), origin=f"x:{i}"))
        staged = log.stage("r1")
        with pytest.raises(OSError) as e:
            staged.write("article.ingested", batch.columns["article.ingested"], "0")
        msg = environment_error(e.value)
        print(f"staging on a full disk: {e.value!r} -> {msg}")
        assert msg and msg.startswith("the disk is full")
        assert log.runs() == [] and not list((disk / "events").glob("run=*"))
        del e  # its traceback holds the half-written file open
    finally:
        _umount(disk)
