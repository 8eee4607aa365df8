"""Records and articles into event rows (column dicts) for the log.

Ids come from a record's identity in its article, never from the extractor
version, so a person's correction keyed by id survives re-extraction; the
event id adds the version, so each version's events stay apart in the log.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from schemas.article import Article, Rejection
import re

from schemas.events import event_id, stable_id, version_of
from schemas.records import Extraction


def _rejection_identity(r: Rejection) -> str:
    return f"{r.source}\x1f{r.reason}"


def rejection_event_id(r: Rejection) -> str:
    """The same bad input rejected again gets the same id, so re-runs add nothing."""
    return event_id("article.rejected", None, None, _rejection_identity(r))


def source_key(article_id: str, source: str | None, url: str | None) -> str:
    """Where a text was published: the identity of an article.sourced event."""
    return f"{article_id}\x1f{source}\x1f{url}"


def sourced_identity(a: Article) -> str:
    return source_key(a.article_id, a.source, a.url)


class EventBatch:
    """Column-wise event rows per event type, ready for ``StagedRun.write``."""

    def __init__(self, run_id: str, recorded_at: datetime) -> None:
        self.run_id = run_id
        self.recorded_at = recorded_at
        self.columns: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))

    def add(self, event_type: str, identity: str, article_id: str | None, version: str | None, **payload) -> None:
        cols = self.columns[event_type]
        cols["event_id"].append(event_id(event_type, article_id, version, identity))
        cols["event_type"].append(event_type)
        cols["article_id"].append(article_id)
        cols["run_id"].append(self.run_id)
        cols["extractor_version"].append(version)
        cols["recorded_at"].append(self.recorded_at)
        cols["schema_version"].append(version_of(event_type))
        for k, v in payload.items():
            cols[k].append(v)

    def article(self, a: Article) -> None:
        self.add("article.ingested", a.article_id, a.article_id, None,
                 external_id=a.external_id, title=a.title, published=a.published, source=a.source,
                 url=a.url, license=a.license, origin=a.origin, text=a.text, text_sha256=a.text_sha256)

    def sourced(self, a: Article) -> None:
        """Another source of a known text; the same source seen again gets the same id."""
        self.add("article.sourced", sourced_identity(a), a.article_id, None, external_id=a.external_id,
                 source=a.source, url=a.url, origin=a.origin)

    def rejection(self, r: Rejection) -> None:
        m = re.search(r":(\d+)$", r.source)
        self.add("article.rejected", _rejection_identity(r), None, None, source=r.source, reason=r.reason,
                 line=int(m.group(1)) if m else None)

    def extraction(self, article_id: str, version: str, ex: Extraction) -> None:
        meeting_ids = {m.key: stable_id(article_id, "meeting", m.key) for m in ex.meetings}
        # a rule that reports one span twice must not double a row
        emitted: dict[str, set[str]] = defaultdict(set)

        def first(kind: str, rid: str) -> bool:
            if rid in emitted[kind]:
                return False
            emitted[kind].add(rid)
            return True

        for m in ex.meetings:
            mid = meeting_ids[m.key]
            if not first("meetings", mid):
                continue
            self.add("meeting.extracted", mid, article_id, version, meeting_id=mid, title=m.title, kind=m.kind,
                     location=m.location, country_code=m.country_code, start_date=m.start_date,
                     date_precision=m.date_precision, char_start=m.char_start, char_end=m.char_end)
            for p in m.attendees:
                aid = stable_id(mid, p.kind, p.name)
                if first("attendees", aid):
                    self.add("attendee.extracted", aid, article_id, version, attendee_id=aid, meeting_id=mid,
                             name=p.name, kind=p.kind, title=p.title, country_code=p.country_code,
                             is_host=p.is_host)
        for q in ex.quotes:
            qid = stable_id(article_id, "quote", q.char_start, q.char_end)
            if first("quotes", qid):
                self.add("quote.extracted", qid, article_id, version, quote_id=qid,
                         meeting_id=meeting_ids.get(q.meeting_key), text=q.text, speaker=q.speaker,
                         speaker_title=q.speaker_title, via=q.via, char_start=q.char_start, char_end=q.char_end)
        for f in ex.figures:
            fid = stable_id(article_id, "figure", f.char_start, f.char_end)
            if first("figures", fid):
                self.add("figure.extracted", fid, article_id, version, figure_id=fid,
                         meeting_id=meeting_ids.get(f.meeting_key), value=f.value, kind=f.kind, unit=f.unit,
                         text=f.text, qualifier=f.qualifier, char_start=f.char_start, char_end=f.char_end)
        self.add("extraction.completed", article_id, article_id, version,
                 **{k: len(emitted[k]) for k in ("meetings", "attendees", "quotes", "figures")})

    def correction(self, record_type: str, record_id: str, action: str, author: str, field: str | None = None,
                   value: str | None = None, reason: str | None = None) -> None:
        """A person's fix; its id includes the time, so the same fix made twice is two corrections."""
        cid = stable_id("correction", record_type, record_id, action, field, value, author, self.recorded_at.isoformat())
        self.add("record.corrected", cid, None, None, correction_id=cid, record_type=record_type,
                 record_id=record_id, action=action, field=field, value=value, author=author, reason=reason)

    def counts(self) -> dict[str, int]:
        return {t: len(c["event_id"]) for t, c in self.columns.items()}
