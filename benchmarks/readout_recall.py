"""Attendee recall on the White House readouts, checked against their titles.

    python benchmarks/readout_recall.py [--corpus FILE.jsonl] [--misses N]

A readout's title names the person its text reports a call or meeting with
("Readout of President Biden's Call with Prime Minister Mario Draghi of
Italy"). The extractor reads the text alone (the title is withheld), and a
readout counts as found when some meeting's attendees include the person the
title names (any word of the name). It is weak gold: no one annotated it, and titles
naming a group ("... with Caribbean Leaders") are skipped; but it covers every
readout of the corpus, so it shows how rules generalise beyond the hand-made
gold sets. Prints found / checked and, with --misses, the first N misses.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DEFAULT = ROOT.parent / "shared" / "corpora" / "whitehouse-readouts.jsonl"

_TITLE = re.compile(r"^Readout of (?:the )?.+?['’]s? (?:Bilateral |Virtual |Video |Phone )?(?:Call|Meeting)s? [Ww]ith (.+)$")
# what the meeting was about ends the counterpart: "... with Speaker Pelosi on Afghanistan"
_TOPIC = re.compile(r"\s+(?:on|about|to discuss|regarding)\s+")
_GROUP = frozenset("Leadership Team Board Force Group Council Committee Caucus Sector Community Coalition Families Family "
                   "Member Executive Leader Advocate Expert Partner Ally Chair Democrat Republican Counterpart Company "
                   "Companies Student Provider User Allies Officials Official Attorneys Stakeholder".split())
_WORD = re.compile(r"[^\W\d_][\w'’.]*")


def counterpart(title: str) -> frozenset[str] | None:
    """The name words (lower case, hyphens cut) of the one person a readout's
    title names, or None when it names a group ("... with Caribbean Leaders")."""
    from extract.entities import _titles

    m = _TITLE.match(" ".join(title.split()))
    if not m:
        return None
    phrase = _TOPIC.split(m.group(1), maxsplit=1)[0]
    words = [w.rstrip(".") for w in _WORD.findall(phrase)]
    last = words[-1] if words else ""
    if not last[:1].isupper() or last.endswith("s") and not last.endswith(("ss", "us", "is")):
        return None   # a group: "Leaders", "Advocates", "the NGA"
    office = _titles()[1]
    # a group named by a plural office or a collective noun: "State Attorneys General",
    # "Congressional Leadership", "the National Security Advisors of Japan and ..."
    if any(w in _GROUP or w.endswith("s") and (w[:-1] in office or w[:-1] in _GROUP) for w in words):
        return None
    name = {p.lower() for w in words if w[:1].isupper() and w not in office and len(w) > 2
            for p in w.split("-")}
    return frozenset(name) or None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT)
    ap.add_argument("--misses", type=int, default=0, help="print the first N misses")
    a = ap.parse_args()
    from extract.meetings import find_meetings

    checked = found = none = 0
    misses = []
    with open(a.corpus, encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            key = counterpart(doc.get("title") or "")
            if key is None:
                continue
            checked += 1
            meetings = find_meetings(doc["text"], date.fromisoformat(doc["published"][:10]), None)
            names = {w.lower() for m in meetings for x in m.attendees if x.kind == "person"
                     for w in re.split(r"[\s-]+", x.name)}
            if key & names:
                found += 1
            else:
                none += not meetings
                misses.append((doc["id"], " ".join(sorted(key)), sorted({x.name for m in meetings for x in m.attendees})))
    print(f"{found}/{checked} readouts: the person the title names is an attendee "
          f"({found / max(checked, 1):.1%}); {none} with no meeting at all")
    for doc_id, key, names in misses[:a.misses]:
        print(f"  {doc_id}: {key} not in {names[:8]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
