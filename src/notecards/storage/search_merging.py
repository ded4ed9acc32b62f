"""Merging SQLite's search index in short steps, between a sync's write batches.

FTS5 keeps an index as segments, one more for every transaction that wrote to it, and
merges them as they pile up. Left to itself (``automerge``) it merges inside the writing
transaction, and when a large merge falls due, that transaction holds the write lock for a
fraction of a second: a grade waits as long. Migration 0006 turns automerge off on the
search tables; the sync, the only code that writes the cards' text, merges them instead,
after each write batch, in steps of bounded work (:data:`MERGE_PAGES`), each in a
transaction of its own, until no level holds enough segments to merge. Nothing to do on
PostgreSQL, nor where SQLite has no search tables (see :mod:`notecards.storage.searching`).
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager

from sqlalchemy import Connection

from notecards.storage.searching import indexed
from notecards.storage.tables import SEARCH_TABLES

# how many pages one merge step writes: a few milliseconds of the write lock
MERGE_PAGES = 64


def search_tables(connection: Connection) -> tuple[str, ...]:
    """The SQLite search tables this database has (none on PostgreSQL): migration 0004 makes
    all of them or none."""
    if connection.dialect.name != "sqlite" or not indexed(connection):
        return ()
    return SEARCH_TABLES


def merge_step(connection: Connection, table: str, pages: int = MERGE_PAGES) -> bool:
    """Merge about ``pages`` pages of ``table``'s segments, where a level holds enough of
    them to merge (FTS5's ``usermerge``); whether there was anything to merge."""
    before = _total_changes(connection)
    connection.exec_driver_sql(f"INSERT INTO {table}({table}, rank) VALUES ('merge', {pages})")
    # the command is one change; a merge that did some work made more
    return _total_changes(connection) - before > 1


def merge_all(
    transaction: Callable[[], AbstractContextManager[Connection]], tables: tuple[str, ...]
) -> int:
    """Merge ``tables`` step by step, each step in a transaction of its own, until there is
    nothing left to merge; how many steps did some work."""
    worked = 0
    for table in tables:
        while True:
            with transaction() as connection:
                if not merge_step(connection, table):
                    break
            worked += 1
    return worked


def _total_changes(connection: Connection) -> int:
    return int(connection.exec_driver_sql("SELECT total_changes()").scalar_one())
