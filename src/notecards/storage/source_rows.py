"""The note files a database knows: what each was when last synced (size, time, content
hash, extractor version), saved and read back in bulk by a sync."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, bindparam, insert, select, update

from notecards.storage.repo import chunks
from notecards.storage.tables import CARDS as _CARDS
from notecards.storage.tables import SOURCES as _SOURCES


@dataclass(frozen=True, slots=True)
class SourceRecord:
    """A note file as the database last saw it."""

    id: int
    root: str
    path: str
    size: int
    mtime_ns: int
    content_hash: str
    extractor_version: int  # the version of the rules its cards came from


_SOURCE_COLUMNS = (
    _SOURCES.c.id,
    _SOURCES.c.root,
    _SOURCES.c.path,
    _SOURCES.c.size,
    _SOURCES.c.mtime_ns,
    _SOURCES.c.content_hash,
    _SOURCES.c.extractor_version,
)


def sources(connection: Connection, roots: Sequence[str]) -> dict[tuple[str, str], SourceRecord]:
    """The note files known under ``roots``, by (root, path).

    Every sync reads this first, a row per note: only the columns it needs (no time to
    parse), each row made a record at once."""
    rows = connection.execute(select(*_SOURCE_COLUMNS).where(_SOURCES.c.root.in_(list(roots))))
    return {(row[1], row[2]): SourceRecord(*row) for row in rows}


def source_roots(connection: Connection) -> set[str]:
    """Every notes folder the database knows notes under."""
    return {str(root) for (root,) in connection.execute(select(_SOURCES.c.root).distinct())}


def move_root(connection: Connection, old: str, new: str) -> None:
    """File the notes (and cards) stored under folder ``old`` under ``new``."""
    for table in (_SOURCES, _CARDS):
        connection.execute(update(table).where(table.c.root == old).values(root=new))


def save_sources(
    connection: Connection,
    new: Sequence[tuple[str, str, int, int, str, int]],
    changed: Sequence[tuple[int, int, int, str, int]],
    now: datetime,
) -> None:
    """Insert ``(root, path, size, mtime_ns, hash, extractor version)`` rows; update
    ``(id, size, mtime_ns, hash, extractor version)``."""
    if new:
        connection.execute(
            insert(_SOURCES),
            [
                {
                    "root": root,
                    "path": path,
                    "size": size,
                    "mtime_ns": mtime,
                    "content_hash": digest,
                    "extractor_version": version,
                    "synced_at": now,
                }
                for root, path, size, mtime, digest, version in new
            ],
        )
    if changed:
        connection.execute(
            update(_SOURCES)
            .where(_SOURCES.c.id == bindparam("source_id"))
            .values(
                size=bindparam("new_size"),
                mtime_ns=bindparam("new_mtime"),
                content_hash=bindparam("new_hash"),
                extractor_version=bindparam("new_version"),
                synced_at=now,
            ),
            [
                {
                    "source_id": id_,
                    "new_size": size,
                    "new_mtime": mtime,
                    "new_hash": digest,
                    "new_version": version,
                }
                for id_, size, mtime, digest, version in changed
            ],
        )


def delete_sources(connection: Connection, ids: Sequence[int]) -> None:
    for chunk in chunks(list(ids)):
        connection.execute(_SOURCES.delete().where(_SOURCES.c.id.in_(list(chunk))))
