"""Engine and sessions from a URL, created and migrated on first use.

SQLite files are created with mode 0600 and run in WAL mode with a busy timeout and
foreign keys on; any other SQLAlchemy URL (``postgresql+psycopg://...``) is used as given.
The schema is brought to the latest Alembic revision when a database is opened, so users
never run migrations by hand; when it is already current, that costs one small query.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError, ProgrammingError, SQLAlchemyError

from notecards.storage.locks import write_turn

MIGRATIONS = Path(__file__).parent / "migrations"
HEAD_REVISION = "0002"
SQLITE_BUSY_TIMEOUT_MS = 10_000
_WRITES = "notecards_writes"


class DatabaseError(Exception):
    """The database cannot be opened or used; the message never holds a password."""


def display_url(url: str) -> str:
    """The URL as it may be shown: the password replaced by ``***``."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return re.sub(r"(://[^:/@]+:)[^@]*@", r"\1***@", url)


def scrub(message: str, url: str) -> str:
    """An error message with the URL's password, if any, taken out."""
    try:
        password = make_url(url).password
    except ArgumentError:
        password = None
    if password:
        message = message.replace(str(password), "***")
    return message


def _sqlite_file(url: str) -> Path | None:
    parsed = make_url(url)
    if not parsed.drivername.startswith("sqlite"):
        return None
    database = parsed.database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database)


def _create_private_file(path: Path) -> None:
    """Create the database file readable and writable by its owner only."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        descriptor = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
        os.close(descriptor)


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # pysqlite must not begin transactions itself: we emit BEGIN (see _on_sqlite_begin)
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()


def _on_sqlite_begin(connection: Connection) -> None:
    # a writing transaction takes the write lock at BEGIN, so that two writers queue (up to
    # the busy timeout) instead of failing half-way; readers begin deferred and never wait
    immediate = connection.info.get(_WRITES, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


@dataclass
class Database:
    """An open database: its engine and the URL it was opened with."""

    url: str
    engine: Engine

    @contextmanager
    def transaction(self, *, yielding: bool = False) -> Iterator[Connection]:
        """A connection in one writing transaction: committed on success, else rolled back.

        ``yielding``: one of a long run of short transactions (a sync), which lets every
        writer already waiting go first (see :mod:`notecards.storage.locks`).
        """
        try:
            with writing(self.engine, yielding=yielding) as connection:
                yield connection
        except (OperationalError, ProgrammingError) as error:
            raise DatabaseError(scrub(str(error.orig or error), self.url)) from None

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        try:
            with self.engine.connect() as connection:
                yield connection
        except (OperationalError, ProgrammingError) as error:
            raise DatabaseError(scrub(str(error.orig or error), self.url)) from None

    def close(self) -> None:
        self.engine.dispose()


def open_database(url: str, *, migrate: bool = True) -> Database:
    """Open (creating and migrating as needed) the database at ``url``."""
    try:
        file = _sqlite_file(url)
        if file is not None:
            _create_private_file(file)
        engine = create_engine(url, future=True, pool_pre_ping=file is None)
    except (ArgumentError, OSError, ImportError, SQLAlchemyError) as error:
        raise DatabaseError(f"cannot open {display_url(url)}: {scrub(str(error), url)}") from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "begin", _on_sqlite_begin)
    database = Database(url, engine)
    if migrate:
        try:
            ensure_schema(database)
        except SQLAlchemyError as error:
            database.close()
            reason = scrub(str(getattr(error, "orig", None) or error), url)
            raise DatabaseError(f"cannot open {display_url(url)}: {reason}") from None
    return database


def current_revision(connection: Connection) -> str | None:
    try:
        row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
    except (OperationalError, ProgrammingError):
        connection.rollback()
        return None
    return None if row is None else str(row[0])


def ensure_schema(database: Database) -> None:
    """Upgrade the schema to the latest revision if it is not there yet."""
    with database.engine.connect() as connection:
        if current_revision(connection) == HEAD_REVISION:
            return
    upgrade(database)


def upgrade(database: Database, revision: str = "head") -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with writing(database.engine) as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


@contextmanager
def writing(engine: Engine, *, yielding: bool = False) -> Iterator[Connection]:
    """A connection in a transaction that will write (``BEGIN IMMEDIATE`` on SQLite, after
    taking a turn: see :mod:`notecards.storage.locks`)."""
    with write_turn(engine, yielding=yielding), engine.connect() as connection:
        # ``info`` belongs to the pooled DBAPI connection and outlives this checkout: the
        # mark must go, or a later read on this connection would take the write lock
        connection.info[_WRITES] = True
        try:
            with connection.begin():
                yield connection
        finally:
            connection.info.pop(_WRITES, None)
