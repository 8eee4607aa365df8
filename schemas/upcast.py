"""Upcasters: events written in an older shape are read in the current one.

Old files are never rewritten (the log is append-only); readers pass each
file's table through ``upcast`` (eventsourcing's ``upcast_v1_v2`` idea).
"""
from __future__ import annotations

from collections.abc import Callable

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from schemas.events import arrow_schema, version_of


def upcast_rejected_v1_v2(t: pa.Table) -> pa.Table:
    """v2 added ``line``: recover it from the "file:line" source of v1 events."""
    matched = pc.extract_regex(t.column("source").combine_chunks(), r":(?P<line>\d+)$")
    line = pc.cast(pc.struct_field(matched, "line"), pa.int64())
    return t.append_column("line", line)


def upcast_ingested_v1_v2(t: pa.Table) -> pa.Table:
    """v2 added ``text_sha256``: the hash of the stored text."""
    from schemas.article import text_sha256

    return t.append_column("text_sha256", pa.array([text_sha256(x) for x in t.column("text").to_pylist()],
                                                    pa.string()))


UPCASTERS: dict[tuple[str, int], Callable[[pa.Table], pa.Table]] = {
    ("article.rejected", 1): upcast_rejected_v1_v2,
    ("article.ingested", 1): upcast_ingested_v1_v2,
}


def file_version(source) -> int:
    """The schema version a file (path or open binary file) was written in."""
    return _version(pq.read_schema(source).metadata)


def _version(meta: dict | None) -> int:
    return int((meta or {}).get(b"newsledger.schema_version", b"1"))


def upcast(event_type: str, table: pa.Table, version: int) -> pa.Table:
    """Bring a table of ``event_type`` events from ``version`` to the current one."""
    current = version_of(event_type)
    if version > current:
        raise ValueError(f"{event_type} events of schema v{version} are newer than this newsledger (v{current}); "
                         "upgrade newsledger to read them")
    while version < current:
        try:
            step = UPCASTERS[(event_type, version)]
        except KeyError:
            raise ValueError(f"no upcaster for {event_type} v{version} -> v{version + 1}") from None
        table = step(table)
        version += 1
    schema = arrow_schema(event_type)
    table = table.set_column(table.schema.get_field_index("schema_version"), "schema_version",
                             pa.array([current] * table.num_rows, pa.int64()))
    return table.select(schema.names).cast(schema)


def read_current(source, event_type: str) -> pa.Table:
    """One event file (path or open binary file) in the current shape, whatever
    shape it was written in."""
    table = pq.read_table(source)
    return upcast(event_type, table, _version(table.schema.metadata))
