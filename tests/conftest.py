from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = ROOT / "seeds" / "000_083e77faa7a2a924.txt"
DEV_ARTICLES = SHARED / "eval" / "dev" / "articles.jsonl"


@pytest.fixture
def seed_path() -> Path:
    return SEED
