"""Throughput of the extractor alone (no Prefect, no warehouse), per part.

    python benchmarks/bench_extract.py [--corpus FILE.jsonl[.gz] ...] [--limit N] [--repeat R] [--only PART]

For each corpus prints MB/s (UTF-8 bytes of article text per second, one
core) of the whole extractor (``extract.extract``) and of each part
(``find_quotes``, ``find_figures``, ``find_meetings``). Lexicons are loaded
before timing starts: the one-off start-up cost is no part of the rate.
Time is the process's CPU time (``time.process_time``), not wall time, so
other jobs on a shared machine do not skew it; the best of R repeats is kept.

The rules memoise what depends on a few words only (a run of capitalised
words read into people, a unit's normal form): news repeats its names. Each
repeat starts with those memos empty, so a repeat is a first pass over the
corpus, as a run over new articles is; ``--warm`` keeps them (a second pass
over the same articles, an upper bound no real run reaches).
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
CORPORA = ROOT.parent / "shared" / "corpora"
DEFAULT = [CORPORA / "wikinews-2019-2020.jsonl", CORPORA / "whitehouse-readouts.jsonl",
           CORPORA / "whitehouse-briefing-room.jsonl.gz"]
# the briefing room is large (gzip JSONL): its first N docs make a fair sample
DEFAULT_LIMIT = {"whitehouse-briefing-room.jsonl.gz": 2000}


def load(path: Path, limit: int | None) -> list[tuple[str, date | None, str | None]]:
    out = []
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            a = json.loads(line)
            pub = date.fromisoformat(a["published"]) if a.get("published") else None
            out.append((a["text"], pub, a.get("title")))
            if limit and len(out) >= limit:
                break
    return out


def parts():
    from extract import extract
    from extract.figures import find_figures
    from extract.meetings import find_meetings
    from extract.quotes import find_quotes

    return {
        "extract": lambda t, p, h: extract(t, p, h),
        "quotes": lambda t, p, h: find_quotes(t),
        "figures": lambda t, p, h: find_figures(t),
        "meetings": lambda t, p, h: find_meetings(t, p, h),
    }


def clear_memos() -> int:
    """Empty every memo of the rules (``lru_cache`` wrappers bigger than one
    entry: the one-entry ones hold lexicons, loaded once per process).
    Returns how many were cleared."""
    n = 0
    for name, mod in list(sys.modules.items()):
        if not name.startswith("extract."):
            continue
        for obj in vars(mod).values():
            info = getattr(obj, "cache_info", None)
            if info is not None and callable(getattr(obj, "cache_clear", None)) and (info().maxsize or 2) > 1:
                obj.cache_clear()
                n += 1
    return n


def rate(fn, docs, nbytes: int, repeat: int, warm: bool = False) -> float:
    best = float("inf")
    for _ in range(repeat):
        if not warm:
            clear_memos()
        t = time.process_time()
        for text, pub, title in docs:
            fn(text, pub, title)
        best = min(best, time.process_time() - t)
    return nbytes / best / 1e6


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", action="append", type=Path)
    ap.add_argument("--limit", type=int)
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--only", choices=["extract", "quotes", "figures", "meetings"], action="append")
    ap.add_argument("--warm", action="store_true", help="keep the rules' memos between repeats (see above)")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    fns = parts()
    warm = "US Secretary of State John Kerry met British Foreign Secretary Philip Hammond in London on Thursday."
    for fn in fns.values():   # load every lexicon before the clock starts
        fn(warm, date(2015, 1, 22), "Remarks by President Biden Before Meeting With Prime Minister Kishida")
    results = {}
    for corpus in a.corpus or DEFAULT:
        docs = load(corpus, a.limit or DEFAULT_LIMIT.get(corpus.name))
        nbytes = sum(len(t.encode("utf-8")) for t, _, _ in docs)
        row = {"articles": len(docs), "mb": round(nbytes / 1e6, 3)}
        for name, fn in fns.items():
            if a.only and name not in a.only:
                continue
            row[name] = round(rate(fn, docs, nbytes, a.repeat, a.warm), 2)
        results[corpus.name] = row
        if not a.json:
            cols = "  ".join(f"{k}={v} MB/s" for k, v in row.items() if k not in ("articles", "mb"))
            print(f"{corpus.name:32s} {row['articles']:5d} articles {row['mb']:6.2f} MB  {cols}")
    if a.json:
        print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
