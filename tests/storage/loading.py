"""Database fixtures opened as a user would have them: a SQLite file's revision, and its rows
loaded into a PostgreSQL schema at that revision (for the upgrade tests on PostgreSQL)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import MetaData, create_engine, insert, select, text

from notecards.storage import db

TABLES = ("sources", "cards", "card_states", "reviews")


def revision_of(file: Path) -> str:
    """The schema revision a SQLite fixture is at."""
    with sqlite3.connect(f"file:{file}?mode=ro", uri=True) as connection:
        (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    connection.close()
    return str(revision)


def load_into_postgres(fixture: Path, url: str, revision: str) -> None:
    """A PostgreSQL schema at ``revision`` holding the fixture's rows."""
    database = db.open_database(url, migrate=False)
    db.upgrade(database, revision)
    source = create_engine(f"sqlite:///file:{fixture}?mode=ro&uri=true")
    metadata, target = MetaData(), MetaData()
    metadata.reflect(source, only=list(TABLES))
    target.reflect(database.engine, only=list(TABLES))
    with source.connect() as reading, database.engine.begin() as writing:
        for name in TABLES:  # in foreign key order
            rows = [dict(row._mapping) for row in reading.execute(select(metadata.tables[name]))]
            if rows:
                writing.execute(insert(target.tables[name]), rows)
        for name in ("sources", "cards", "reviews"):  # ids go on after the loaded ones
            writing.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                    f"(SELECT max(id) FROM {name}))"
                )
            )
    source.dispose()
    database.close()
