"""Browsing: a profile flags, rejects and triages cards; the cards' text gets a search index.

- ``card_states`` gains ``flagged`` ("fix this later"), ``rejected`` and ``rejected_at``
  ("this is not a card": never asked again) and ``triaged`` (False while a new card waits in
  the inbox); the schedules stored before are triaged. The due-count indexes take the new
  columns, so that due counts still read one index.
- ``ix_cards_tags``: the browser lists the tags there are from an index, not every card.
- ``profiles`` holds what a profile chose that every sync must know (``triage``).
- The search indexes over question, answer, context, tags and source path: on SQLite two
  FTS5 tables, one with the trigram tokenizer (which cards hold each run of three
  characters, Korean included), one of words with their one- and two-character prefixes,
  kept in step by triggers (left out, and searches read every card, when SQLite is older
  than 3.34 or built without FTS5); on PostgreSQL a ``pg_trgm`` GIN index over the same text joined,
  for ``ILIKE`` (left out, and searches scan, when the extension cannot be installed).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_COLUMNS = "question, answer, context, tags, source"
_NEW = ", ".join(f"new.{column}" for column in _COLUMNS.split(", "))
_OLD = ", ".join(f"old.{column}" for column in _COLUMNS.split(", "))
_CHANGED = " OR ".join(f"old.{column} IS NOT new.{column}" for column in _COLUMNS.split(", "))
# two indexes over the cards' text, both external-content FTS5 tables that only record
# which cards hold each token (detail=none, columnsize=0: a fraction of a full index's
# build time): every run of three characters (trigram), and every word with its first one
# and two characters (unicode61, prefix='1 2')
SEARCH_TABLES = {
    "cards_search": "tokenize='trigram'",
    "cards_words": "prefix='1 2'",
}
_INSERT = "".join(
    f"INSERT INTO {name}(rowid, {_COLUMNS}) VALUES (new.id, {_NEW}); " for name in SEARCH_TABLES
)
_DELETE = "".join(
    f"INSERT INTO {name}({name}, rowid, {_COLUMNS}) VALUES ('delete', old.id, {_OLD}); "
    for name in SEARCH_TABLES
)
SQLITE_SEARCH = (
    *(
        f"CREATE VIRTUAL TABLE {name} USING fts5({_COLUMNS}, content='cards', "
        f"content_rowid='id', {options}, detail=none, columnsize=0)"
        for name, options in SEARCH_TABLES.items()
    ),
    f"CREATE TRIGGER cards_search_insert AFTER INSERT ON cards BEGIN {_INSERT}END",
    f"CREATE TRIGGER cards_search_delete AFTER DELETE ON cards BEGIN {_DELETE}END",
    f"CREATE TRIGGER cards_search_update AFTER UPDATE OF {_COLUMNS} ON cards "
    f"WHEN {_CHANGED} BEGIN {_DELETE}{_INSERT}END",
    *(f"INSERT INTO {name}({name}) VALUES ('rebuild')" for name in SEARCH_TABLES),
)
# the text a PostgreSQL search reads (notecards.storage.searching builds the same)
POSTGRES_TEXT = "(question || ' ' || answer || ' ' || context || ' ' || tags || ' ' || source)"
_INDEXES = {
    "ix_card_states_due": [
        "profile", "due", "deck", "suspended", "buried_until", "retired", "rejected", "triaged",
    ],
    "ix_card_states_deck": [
        "profile", "deck", "retired", "due", "suspended", "buried_until", "rejected", "triaged",
    ],
}  # fmt: skip


def _trigram_schema(connection: sa.Connection) -> str | None:
    """The schema pg_trgm is installed in, installing it if it can be (None: it cannot)."""
    find = sa.text(
        "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
        "WHERE e.extname = 'pg_trgm'"
    )
    schema = connection.execute(find).scalar()
    if schema is not None:
        return str(schema)
    public = connection.execute(
        sa.text("SELECT count(*) FROM pg_namespace WHERE nspname = 'public'")
    ).scalar()
    where = " WITH SCHEMA public" if public else ""
    try:
        with connection.begin_nested():
            connection.execute(sa.text(f"CREATE EXTENSION IF NOT EXISTS pg_trgm{where}"))
    except sa.exc.DBAPIError:  # not allowed, not installed, or made by another at once
        pass
    found = connection.execute(find).scalar()
    return None if found is None else str(found)


def upgrade() -> None:
    connection = op.get_bind()
    for name, kind, default in (
        ("flagged", sa.Boolean(), sa.text("false")),
        ("rejected", sa.Boolean(), sa.text("false")),
        ("triaged", sa.Boolean(), sa.text("true")),
    ):
        op.add_column("card_states", sa.Column(name, kind, nullable=False, server_default=default))
    op.add_column(
        "card_states", sa.Column("rejected_at", sa.DateTime(timezone=True), nullable=True)
    )
    for name, columns in _INDEXES.items():
        op.drop_index(name, table_name="card_states")
        op.create_index(name, "card_states", columns)
    tagged = sa.text("tags <> ''")
    op.create_index(
        "ix_cards_tags", "cards", ["tags"], sqlite_where=tagged, postgresql_where=tagged
    )
    op.create_table(
        "profiles",
        sa.Column("profile", sa.String(128), nullable=False),
        sa.Column("triage", sa.Boolean(), nullable=False, server_default=sa.text("false")),
        sa.PrimaryKeyConstraint("profile", name="pk_profiles"),
    )
    if connection.dialect.name == "sqlite":
        try:
            with connection.begin_nested():
                for statement in SQLITE_SEARCH:
                    connection.exec_driver_sql(statement)
        except sa.exc.OperationalError:  # SQLite before 3.34 (no trigram) or without FTS5
            pass  # searches read every card (notecards.storage.searching.indexed)
    elif connection.dialect.name == "postgresql":
        schema = _trigram_schema(connection)
        if schema is not None:
            connection.exec_driver_sql(
                f'CREATE INDEX ix_cards_search ON cards USING gin ({POSTGRES_TEXT} "{schema}".'
                "gin_trgm_ops)"
            )


def downgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == "sqlite":
        for trigger in ("insert", "delete", "update"):
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS cards_search_{trigger}")
        for name in SEARCH_TABLES:
            connection.exec_driver_sql(f"DROP TABLE IF EXISTS {name}")
    elif connection.dialect.name == "postgresql":
        connection.exec_driver_sql("DROP INDEX IF EXISTS ix_cards_search")
    op.drop_table("profiles")
    op.drop_index("ix_cards_tags", table_name="cards")
    for name, columns in _INDEXES.items():
        op.drop_index(name, table_name="card_states")
        op.create_index(name, "card_states", columns[:6])
    with op.batch_alter_table("card_states") as batch:
        for name in ("flagged", "rejected", "rejected_at", "triaged"):
            batch.drop_column(name)
