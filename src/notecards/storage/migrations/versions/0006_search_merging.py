"""The search index is merged by the sync, in short steps of its own.

FTS5 merges an index's segments inside the transaction that wrote them (``automerge``): a
large merge made one of a sync's short write batches hold the write lock for a fraction of
a second, and a grade waited that long. Automerge is turned off on SQLite's search tables;
the sync merges them between its batches (:mod:`notecards.storage.search_merging`). Nothing
changes on PostgreSQL, nor where SQLite has no search tables.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_FTS5_AUTOMERGE = 4  # FTS5's own default
_SEARCH_TABLES = ("cards_search", "cards_words")  # made by migration 0004, when SQLite can


def _set_automerge(value: int) -> None:
    connection = op.get_bind()
    if connection.dialect.name != "sqlite":
        return
    present = set(
        connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'").scalars()
    )
    for name in (name for name in _SEARCH_TABLES if name in present):
        connection.exec_driver_sql(
            f"INSERT INTO {name}({name}, rank) VALUES ('automerge', {value})"
        )


def upgrade() -> None:
    _set_automerge(0)


def downgrade() -> None:
    _set_automerge(_FTS5_AUTOMERGE)
