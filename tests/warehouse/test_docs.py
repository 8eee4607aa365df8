"""docs/warehouse.md against DESCRIBE of a freshly built warehouse, both ways:
a column in the database that the doc does not describe fails, and so does a
documented column (or type) the database does not have."""
from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pytest

from warehouse.export import public_relations

DOC = Path(__file__).resolve().parents[2] / "docs" / "warehouse.md"
SECTION = re.compile(r"^### `(\w+)`\s*$")
ROW = re.compile(r"^\|\s*`(\w+)`\s*\|\s*([^|]+?)\s*\|\s*(.*?)\s*\|\s*$")


def documented(text: str) -> dict[str, dict[str, tuple[str, str]]]:
    """relation -> column -> (type, meaning), from the doc's `### `name`` sections."""
    out: dict[str, dict[str, tuple[str, str]]] = {}
    current = None
    for line in text.splitlines():
        if m := SECTION.match(line):
            current = out.setdefault(m.group(1), {})
        elif line.startswith("## "):
            current = None
        elif current is not None and (m := ROW.match(line)):
            assert m.group(1) not in current, f"column {m.group(1)} documented twice"
            current[m.group(1)] = (m.group(2), m.group(3))
    return out


@pytest.fixture(scope="module")
def described(seeds_warehouse) -> dict[str, dict[str, str]]:
    with duckdb.connect(str(seeds_warehouse / "warehouse.duckdb"), read_only=True) as con:
        return {name: {r[0]: r[1] for r in con.execute(f'describe "{name}"').fetchall()}
                for name, _ in public_relations(con)}


def test_parser_reads_sections_and_rows():
    doc = documented("## Tables\n### `t`\n| column | type | meaning |\n| --- | --- | --- |\n"
                     "| `a` | DATE | when |\n| `b` | TIMESTAMP WITH TIME ZONE | x |\n## Other\n| `c` | INT | no |\n")
    assert doc == {"t": {"a": ("DATE", "when"), "b": ("TIMESTAMP WITH TIME ZONE", "x")}}


def test_every_table_and_view_is_documented_and_nothing_else(described):
    doc = documented(DOC.read_text(encoding="utf-8"))
    assert sorted(doc) == sorted(described), "docs/warehouse.md sections differ from the warehouse's tables and views"
    for view in ("meeting_participants", "quotes_by_speaker", "figures_by_kind"):
        assert view in described


def test_every_column_is_documented_with_its_type_and_meaning(described):
    doc = documented(DOC.read_text(encoding="utf-8"))
    problems = []
    for name, columns in described.items():
        for col, typ in columns.items():
            if col not in doc.get(name, {}):
                problems.append(f"{name}.{col} ({typ}) is in the warehouse but not in docs/warehouse.md")
            elif doc[name][col][0] != typ:
                problems.append(f"{name}.{col} is {typ} in the warehouse, {doc[name][col][0]} in the doc")
            elif not doc[name][col][1]:
                problems.append(f"{name}.{col} has no meaning in the doc")
        for col in doc.get(name, {}):
            if col not in columns:
                problems.append(f"{name}.{col} is documented but the warehouse has no such column")
    assert problems == []
