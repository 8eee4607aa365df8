"""Meetings and their attendees (placeholder until the rules land)."""
from __future__ import annotations

from datetime import date

from schemas.records import Meeting


def find_meetings(text: str, published: date | None) -> list[Meeting]:
    return []
