"""Run the extractor alone over the dev articles and score it (no Prefect, no warehouse).

    python benchmarks/eval_dev.py [--details] [--only quotes|figures|meetings]

Writes the predictions as JSONL (the scorer's --pred format) to a temp file
and calls ../shared/eval/score.py on them. The full pipeline is scored the
same way through the warehouse: see README.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared" / "eval"

from extract import extract  # noqa: E402


def predict(articles: Path) -> list[dict]:
    out = []
    for line in articles.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        a = json.loads(line)
        pub = date.fromisoformat(a["published"]) if a.get("published") else None
        ex = extract(a["text"], pub, a.get("title"))
        meetings = []
        for m in ex.meetings:
            d = m.start_date.isoformat() if m.start_date else None
            if d and m.date_precision == "month":
                d = d[:7]
            elif d and m.date_precision == "year":
                d = d[:4]
            meetings.append({"title": m.title, "location": m.location, "country": m.country_code, "date": d,
                             "participants": [{"name": p.name, "kind": p.kind, "title": p.title,
                                               "country_code": p.country_code, "host": p.is_host}
                                              for p in m.attendees]})
        out.append({"id": a["id"],
                    "quotes": [q.model_dump() for q in ex.quotes],
                    "figures": [f.model_dump() for f in ex.figures],
                    "meetings": meetings})
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", default=str(SHARED / "dev" / "articles.jsonl"))
    ap.add_argument("--gold", default=str(SHARED / "dev" / "gold.jsonl"))
    ap.add_argument("--details", action="store_true")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    preds = predict(Path(a.articles))
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as fh:
        for p in preds:
            fh.write(json.dumps(p, default=str) + "\n")
    cmd = [sys.executable, str(SHARED / "score.py"), "--gold", a.gold, "--pred", fh.name]
    cmd += ["--details"] if a.details else []
    cmd += ["--json"] if a.json else []
    return subprocess.call(cmd)


if __name__ == "__main__":
    sys.exit(main())
