"""Golden corpora with a metric floor: the extractor scored by ../shared/eval/score.py.

The floors are issue 3's targets on the dev gold, and a little under today's
scores on the repo's tuning sets, so a rule change that breaks extraction
fails here. (tests/fixtures/blind is scored the same way but has no floor:
it is the blind estimate, reported in notes, never tuned to.)
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
SCORE = ROOT.parent / "shared" / "eval" / "score.py"
DEV = ROOT.parent / "shared" / "eval" / "dev"
FIX = ROOT / "tests" / "fixtures"

# (articles, gold, {metric: floor}); metrics are score.py's F1 keys
FLOORS = [
    (DEV / "articles.jsonl", DEV / "gold.jsonl",
     {"quotes": 0.95, "quotes_with_speaker": 0.85, "figures": 0.90, "meetings": 0.80, "attendees": 0.85}),
    (FIX / "heldout" / "articles.jsonl", FIX / "heldout" / "gold.jsonl",
     {"quotes": 0.90, "quotes_with_speaker": 0.85, "figures": 0.90, "meetings": 0.85, "attendees": 0.85}),
    (FIX / "tuning2" / "articles.jsonl", FIX / "tuning2" / "gold.jsonl", {"meetings": 0.85, "attendees": 0.84}),
    (FIX / "tuning3" / "articles.jsonl", FIX / "tuning3" / "gold.jsonl", {"quotes": 0.95, "quotes_with_speaker": 0.90}),
    (FIX / "tuning4" / "articles.jsonl", FIX / "tuning4" / "gold.jsonl",
     {"quotes": 0.95, "quotes_with_speaker": 0.95, "figures": 0.90, "meetings": 0.90, "attendees": 0.90}),
    # annotated blind to the extractor; harder readouts and trips: the floor is today's level, not a target
    (FIX / "tuning5" / "articles.jsonl", FIX / "tuning5" / "gold.jsonl",
     {"quotes": 0.95, "quotes_with_speaker": 0.85, "figures": 0.95, "meetings": 0.78, "attendees": 0.80}),
    # a seeded random sample annotated blind to the extractor (read at rules-0.3.10, then tuned to)
    (FIX / "tuning6" / "articles.jsonl", FIX / "tuning6" / "gold.jsonl",
     {"quotes": 0.95, "quotes_with_speaker": 0.95, "figures": 0.92, "meetings": 0.88, "attendees": 0.92}),
    # the same, seed 20261128 (read at rules-0.3.27, then tuned to); meetings .88 -> .83 at rules-0.3.46,
    # when a title's meeting and the body's of the day before became one: the extra one had matched an
    # unrelated gold meeting (the HLED relaunch) by its country
    (FIX / "tuning7" / "articles.jsonl", FIX / "tuning7" / "gold.jsonl",
     {"quotes": 0.95, "quotes_with_speaker": 0.95, "figures": 0.92, "meetings": 0.80, "attendees": 0.82}),
    # the same, seed 20261129 (read at rules-0.3.33, then tuned to)
    (FIX / "tuning8" / "articles.jsonl", FIX / "tuning8" / "gold.jsonl",
     {"quotes": 0.95, "quotes_with_speaker": 0.88, "figures": 0.92, "meetings": 0.90, "attendees": 0.80}),
    # the same, seed 20261130 (read at rules-0.3.36, then tuned to)
    (FIX / "tuning9" / "articles.jsonl", FIX / "tuning9" / "gold.jsonl",
     {"quotes": 0.95, "quotes_with_speaker": 0.90, "figures": 0.90, "meetings": 0.80, "attendees": 0.70}),
    # the same, seed 20261131, Wikinews only (read at rules-0.3.41, then tuned to)
    (FIX / "tuning10" / "articles.jsonl", FIX / "tuning10" / "gold.jsonl",
     {"quotes": 0.95, "quotes_with_speaker": 0.85, "figures": 0.86}),
    # the same, seed 20261127: quote-rich Wikinews, readouts, statements (read at rules-0.3.44, then tuned to)
    (FIX / "tuning11" / "articles.jsonl", FIX / "tuning11" / "gold.jsonl",
     {"quotes": 0.93, "quotes_with_speaker": 0.93, "figures": 0.93, "meetings": 0.93, "attendees": 0.93}),
    # the same, seed 20261201 (read at rules-0.3.46, then tuned to)
    (FIX / "tuning12" / "articles.jsonl", FIX / "tuning12" / "gold.jsonl",
     {"quotes": 0.95, "quotes_with_speaker": 0.85, "figures": 0.90, "meetings": 0.87, "attendees": 0.93}),
    # the same, seed 20261202 (read at rules-0.3.49, then tuned to)
    (FIX / "tuning13" / "articles.jsonl", FIX / "tuning13" / "gold.jsonl",
     {"quotes": 0.95, "quotes_with_speaker": 0.72, "figures": 0.88, "meetings": 0.76, "attendees": 0.70}),
    # the same, seed 20261203 (read at rules-0.3.54, then tuned to)
    (FIX / "tuning14" / "articles.jsonl", FIX / "tuning14" / "gold.jsonl",
     {"quotes": 0.95, "quotes_with_speaker": 0.95, "figures": 0.92, "meetings": 0.87, "attendees": 0.92}),
    # the same, seed 20261204 (read at rules-0.3.54, kept unread until rules-0.3.61, then tuned to)
    (FIX / "tuning15" / "articles.jsonl", FIX / "tuning15" / "gold.jsonl",
     {"quotes": 0.95, "quotes_with_speaker": 0.90, "figures": 0.90, "meetings": 0.82, "attendees": 0.80}),
    # the same with the dev set's mix (8 Wikinews, 5 readouts, 1 statement), seeds 20261205 and
    # 20261206 (read at rules-0.3.57, then tuned to)
    (FIX / "tuning16" / "articles.jsonl", FIX / "tuning16" / "gold.jsonl",
     {"quotes": 0.95, "quotes_with_speaker": 0.84, "figures": 0.84, "meetings": 0.82, "attendees": 0.80}),
    (FIX / "tuning17" / "articles.jsonl", FIX / "tuning17" / "gold.jsonl",
     {"quotes": 0.95, "quotes_with_speaker": 0.89, "figures": 0.94, "meetings": 0.75, "attendees": 0.75}),
]


@pytest.fixture(scope="module")
def scorer():
    if not SCORE.exists():
        pytest.skip(f"{SCORE} not found: the scorer lives in the workplace's shared/eval")
    spec = importlib.util.spec_from_file_location("nl_score", SCORE)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize("articles,gold,floors", FLOORS, ids=["dev", "heldout", "tuning2", "tuning3", "tuning4", "tuning5", "tuning6", "tuning7", "tuning8", "tuning9", "tuning10", "tuning11", "tuning12",
                                                          "tuning13", "tuning14", "tuning15", "tuning16", "tuning17"])
def test_scores_stay_above_floor(scorer, articles, gold, floors):
    if not articles.exists():
        pytest.skip(f"{articles} not found")
    from eval_dev import predict

    pred = {p["id"]: p for p in predict(articles)}
    result = scorer.score(scorer.load_jsonl(str(gold)), pred)
    low = {k: result[k]["f1"] for k, floor in floors.items() if result[k]["f1"] < floor}
    assert not low, f"below floor on {articles.parent.name}: {low}"
