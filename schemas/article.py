"""The article as newsledger ingests it, whatever the input format."""
from __future__ import annotations

import hashlib
import unicodedata
from functools import cached_property
from datetime import date

from pydantic import BaseModel, ConfigDict, Field


def content_id(text: str) -> str:
    """The article's id: a hash of its text with white space folded, so the
    same story read twice (or from two files) is one article."""
    folded = " ".join((text if text.isascii() else unicodedata.normalize("NFC", text)).split())
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()[:20]


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


class Article(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    external_id: str = Field(min_length=1, description="the input's own id: JSONL `id`, else the file stem")
    title: str | None = None
    published: date | None = None
    source: str | None = None
    url: str | None = None
    license: str | None = None
    text: str = Field(min_length=1)
    origin: str = Field(description="where it was read: file, or file:line")

    @cached_property
    def article_id(self) -> str:
        return content_id(self.text)

    @cached_property
    def text_sha256(self) -> str:
        """The text's hash as given, white space and all: cheap to take, and
        equal for a byte-identical copy (``article_id`` folds white space first)."""
        return text_sha256(self.text)


class Rejection(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    source: str = Field(description="file, or file:line")
    reason: str = Field(description="what was wrong, in words a user can act on")
