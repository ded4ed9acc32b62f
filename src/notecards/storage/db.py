"""Engine and sessions from a URL, created and migrated on first use.

SQLite files are created with mode 0600 (only when the caller allows it: a mistyped path must
not become a new empty database) and run in WAL mode with a busy timeout and foreign keys on;
any other SQLAlchemy URL (``postgresql+psycopg://...``) is used as given. The schema is
brought to the latest Alembic revision when a database is opened, so users never run
migrations by hand; when it is already current, that costs one small query. A database made
by a newer notecards (a revision unknown here) is refused, and so is a SQLite file holding
tables that are not notecards'.

A SQLite file is checked (``PRAGMA quick_check``) before anything is written to it, once per
opening, and a damaged file is never written; when it is opened after an unclean shutdown
(a write-ahead log or rollback journal left over that no other process has open) it is
checked at once, so that reading commands stop too. A clean file costs reading commands
nothing. Every error comes out as one of :mod:`notecards.storage.failures`' classes.
"""

from __future__ import annotations

import os
import re
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import (
    ArgumentError,
    DBAPIError,
    IntegrityError,
    OperationalError,
    ProgrammingError,
    SQLAlchemyError,
)

from notecards.redact import display_url, hide_passwords
from notecards.storage.failures import (
    DatabaseError,
    MissingDatabaseError,
    NewerDatabaseError,
    Place,
    damaged,
    explain,
)

__all__ = ["DatabaseError", "open_database"]

from notecards.storage.leftover_logs import unclean_shutdown
from notecards.storage.locks import write_turn

MIGRATIONS = Path(__file__).parent / "migrations"
HEAD_REVISION = "0006"
SQLITE_BUSY_TIMEOUT_MS = 10_000
_WRITES = "notecards_writes"
# statements that change the file: the first one of an opening is preceded by a quick_check
_WRITING_STATEMENT = re.compile(r"\s*(INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER)\b", re.I)


def _sqlite_file(url: str) -> Path | None:
    parsed = make_url(url)
    if not parsed.drivername.startswith("sqlite"):
        return None
    database = parsed.database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database)


def place_of(url: str) -> Place:
    """The database as messages name it: the SQLite file, or the URL without its password."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return Place(display_url(url))
    file = _sqlite_file(url)
    shown = str(file) if file is not None else display_url(url)
    return Place(shown, file, url if parsed.password else None)


def _create_private_file(path: Path, *, make_folder: bool) -> bool:
    """Create the database file readable and writable by its owner only (and its folder, if
    ``make_folder``). True if it was created here."""
    if make_folder:
        path.parent.mkdir(parents=True, exist_ok=True)
    elif not path.parent.is_dir():
        raise MissingDatabaseError(
            f"no folder {path.parent} for the database {path}: check the path, or create "
            "the folder first"
        )
    try:
        descriptor = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
    except FileExistsError:
        return False
    os.close(descriptor)
    return True


# SQLite files this process has open, so that the leftover-log test below never touches the
# locks of a connection of our own (closing any descriptor of a file drops all of a
# process's POSIX locks on it)
_open_files: Counter[Path] = Counter()
_open_files_lock = threading.Lock()


_TABLES = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"


def _foreign(cursor: Any) -> bool:
    """Whether a SQLite file holds tables but no notecards schema (someone else's file)."""
    tables = {row[0] for row in cursor.execute(_TABLES)}
    return bool(tables) and "alembic_version" not in tables


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # pysqlite must not begin transactions itself: we emit BEGIN (see _on_sqlite_begin)
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
    if cursor.execute("PRAGMA journal_mode").fetchone()[0] != "wal" and not _foreign(cursor):
        cursor.execute("PRAGMA journal_mode = WAL")  # rewrites the header: ours only
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
    created: bool = False  # the file was created by this opening
    file: Path | None = None  # the SQLite file, if it is one
    _integrity: str | None = field(default=None, repr=False)  # "ok", or what quick_check said
    _closed: bool = field(default=False, repr=False)

    @property
    def place(self) -> Place:
        return place_of(self.url)

    def explain(self, error: BaseException) -> DatabaseError | None:
        """``error`` as the one-line :class:`DatabaseError` to show (None: not a database's)."""
        return explain(error, self.place)

    @contextmanager
    def transaction(self, *, yielding: bool = False) -> Iterator[Connection]:
        """A connection in one writing transaction: committed on success, else rolled back.

        Driver errors come out as :class:`DatabaseError` (a duplicate key as SQLAlchemy's
        ``IntegrityError``, which callers may expect). ``yielding``: one of a long run of
        short transactions (a sync), which lets every writer already waiting go first (see
        :mod:`notecards.storage.locks`).
        """
        try:
            with writing(self.engine, yielding=yielding) as connection:
                yield connection
        except DBAPIError as error:
            if isinstance(error, IntegrityError):
                raise
            raise self._explained(error) from None

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        try:
            with self.engine.connect() as connection:
                yield connection
        except DBAPIError as error:
            raise self._explained(error) from None

    def _explained(self, error: BaseException) -> DatabaseError:
        found = self.explain(error)
        assert found is not None
        return found

    def check_integrity(self) -> None:
        """Raise :class:`DamagedDatabaseError` if SQLite's quick_check finds the file damaged;
        checked once per opening (nothing to check on other databases)."""
        if self.file is None:
            return
        if self._integrity is None:
            try:
                with self.engine.connect() as connection:
                    self._integrity = _quick_check(connection.connection.dbapi_connection)
            except DBAPIError as error:
                raise self._explained(error) from None
        if self._integrity != "ok":
            raise damaged(self.place, f"quick_check: {self._integrity}")

    def close(self) -> None:
        self.engine.dispose()
        if self.file is not None and not self._closed:
            with _open_files_lock:
                _open_files[self.file] -= 1
                if _open_files[self.file] <= 0:
                    del _open_files[self.file]
        self._closed = True


def _quick_check(dbapi_connection: Any) -> str:
    """ "ok", or the first problem SQLite's quick_check reports."""
    import sqlite3

    try:
        rows = dbapi_connection.execute("PRAGMA quick_check(1)").fetchall()
    except sqlite3.DatabaseError as error:  # too damaged to check: that is the answer
        if getattr(error, "sqlite_errorcode", 0) & 0xFF in (11, 26):
            return str(error)
        raise
    report = str(rows[0][0]) if rows else "ok"
    lines = [line for line in report.splitlines() if not line.startswith("*** in database")]
    return lines[0] if lines else "ok"


def _check_before_writing(database: Database) -> None:
    """On the database's engine: the first statement that writes waits for a quick_check,
    and none is run on a file found damaged."""

    def before_execute(_connection: Any, cursor: Any, statement: str, *_rest: Any) -> None:
        if database._integrity == "ok" or not _WRITING_STATEMENT.match(statement):
            return
        if database._integrity is None:
            database._integrity = _quick_check(cursor.connection)
        if database._integrity != "ok":
            raise damaged(database.place, f"quick_check: {database._integrity}")

    event.listen(database.engine, "before_cursor_execute", before_execute)


def open_database(
    url: str, *, migrate: bool = True, create: bool = True, make_folder: bool = True
) -> Database:
    """Open (migrating as needed) the database at ``url``.

    A SQLite file that does not exist is created only with ``create`` (and its folder only
    with ``make_folder``); otherwise :class:`MissingDatabaseError` says so.
    """
    place = place_of(url)
    try:
        file = _sqlite_file(url)
        created = False
        if file is not None:
            file = file.expanduser().absolute()
            if not file.exists() and not create:
                raise MissingDatabaseError(
                    f"no database at {file}: check the path (--db, NOTECARDS_DB or the config "
                    "file), or let notecards sync create it"
                )
            created = _create_private_file(file, make_folder=make_folder)
        engine = create_engine(url, future=True, pool_pre_ping=file is None)
    except (ArgumentError, OSError, ImportError, SQLAlchemyError) as error:
        reason = hide_passwords(str(error), url)
        raise DatabaseError(f"cannot open {display_url(url)}: {reason}") from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "begin", _on_sqlite_begin)
    database = Database(url, engine, created=created, file=file)
    if file is not None:
        with _open_files_lock:
            crashed = _open_files[file] == 0 and unclean_shutdown(file)
            _open_files[file] += 1
        _check_before_writing(database)
    try:
        if file is not None and crashed:
            database.check_integrity()
        if migrate:
            ensure_schema(database)
    except DatabaseError:
        database.close()
        raise
    except SQLAlchemyError as error:
        database.close()
        found = explain(error, place)
        assert found is not None
        if type(found) is DatabaseError and isinstance(error, OperationalError):
            found = DatabaseError(f"cannot open {place.shown}: {place.clean(str(error.orig))}")
        raise found from None
    return database


def current_revision(connection: Connection) -> str | None:
    try:
        row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
    except (OperationalError, ProgrammingError):
        connection.rollback()
        return None
    return None if row is None else str(row[0])


def _known_revision(revision: str) -> bool:
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    try:
        return ScriptDirectory.from_config(config).get_revision(revision) is not None
    except CommandError:
        return False


def _foreign_tables(connection: Connection) -> list[str]:
    """A SQLite file's tables, when it holds some but no notecards schema."""
    tables = sorted(str(row[0]) for row in connection.execute(text(_TABLES)))
    return [] if "alembic_version" in tables else tables


def ensure_schema(database: Database) -> None:
    """Upgrade the schema to the latest revision if it is not there yet.

    Refuses (:class:`NewerDatabaseError`) a revision this notecards does not know, and a
    SQLite file whose tables are someone else's (:class:`DatabaseError`)."""
    with database.engine.connect() as connection:
        revision = current_revision(connection)
        if revision == HEAD_REVISION:
            return
        foreign = _foreign_tables(connection) if revision is None and database.file else []
    shown = database.place.shown
    if revision is not None and not _known_revision(revision):
        raise NewerDatabaseError(
            f"the database {shown} was made by a newer notecards (schema revision {revision}; "
            f"this one knows up to {HEAD_REVISION}): upgrade notecards to use it"
        )
    if foreign:
        raise DatabaseError(
            f"{shown} is not a notecards database (it holds the tables {', '.join(foreign)}): "
            "check the path (--db, NOTECARDS_DB or the config file)"
        )
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
