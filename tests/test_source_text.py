"""The code and lexicons hold no control characters: a "\\b" typed into a
non-raw string (or written by a tool) becomes a backspace, and an expression
holding one silently never matches. One did, from the first rules of this extractor until it was found."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FILES = sorted(p for d in ("extract", "flows", "warehouse", "schemas", "benchmarks", "tests")
               for p in (ROOT / d).rglob("*") if p.suffix in (".py", ".tsv", ".txt", ".sql"))
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@pytest.mark.parametrize("path", FILES, ids=[str(p.relative_to(ROOT)) for p in FILES])
def test_no_control_characters(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    bad = [(text.count("\n", 0, m.start()) + 1, repr(m.group(0))) for m in CONTROL.finditer(text)]
    assert not bad, f"{path.relative_to(ROOT)}: control characters at (line, char) {bad}"
