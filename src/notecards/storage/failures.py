"""Database failures, each as one clear line: what went wrong, with which database, what to do.

Errors from the drivers (``sqlite3``, ``psycopg``), bare or wrapped by SQLAlchemy, are told
apart by their codes (SQLite's result codes, PostgreSQL's SQLSTATE) rather than by their
wording, and become one of the :class:`DatabaseError` classes below. Messages name the SQLite
file, or the URL with its password hidden, and never hold a password.
"""

from __future__ import annotations

import sqlite3
import sys
from dataclasses import dataclass
from pathlib import Path

from notecards.redact import hide_passwords


class DatabaseError(Exception):
    """The database cannot be opened or used; the message is one line, without passwords."""


class DatabaseBusyError(DatabaseError):
    """Another program holds the database's lock; trying again later may work."""


class DamagedDatabaseError(DatabaseError):
    """The database file is damaged (SQLite's integrity check or a read found it so)."""


class ReadOnlyDatabaseError(DatabaseError):
    """The database may be read but not written."""


class NewerDatabaseError(DatabaseError):
    """The database was made or upgraded by a newer notecards: its schema is unknown here."""


class MissingDatabaseError(DatabaseError):
    """No database at the path given, and this command does not create one."""


@dataclass(frozen=True, slots=True)
class Place:
    """Which database a message is about."""

    shown: str  # the SQLite file, or the URL with its password hidden
    file: Path | None = None  # the SQLite file, if it is one
    url: str | None = None  # its password, in every form, is taken out of every message

    def clean(self, message: str) -> str:
        """The first line of a driver's message, without passwords (the one scrubber:
        :func:`notecards.redact.hide_passwords`)."""
        line = message.strip().splitlines()[0] if message.strip() else "unknown error"
        return hide_passwords(line, self.url) if self.url else hide_passwords(line)


# SQLite's primary result codes (https://sqlite.org/rescode.html)
_SQLITE_PERM = 3
_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6
_SQLITE_READONLY = 8
_SQLITE_IOERR = 10
_SQLITE_CORRUPT = 11
_SQLITE_FULL = 13
_SQLITE_CANTOPEN = 14
_SQLITE_NOTADB = 26

# PostgreSQL's SQLSTATEs (https://www.postgresql.org/docs/current/errcodes-appendix.html)
_PG_READ_ONLY = "25006"
_PG_BUSY = ("40001", "40P01", "55P03", "57014")  # serialization, deadlock, lock, timeout
_PG_DAMAGED = ("XX001", "XX002")  # data corrupted, index corrupted
_PG_NO_SPACE = "53"  # insufficient resources: disk full, out of memory, too many connections


def damaged(place: Place, detail: str) -> DamagedDatabaseError:
    """The message for a damaged database, naming the newest automatic backup if any."""
    what_to_do = "restore a backup of it, or move it aside and sync again to start afresh"
    if place.file is not None:
        from notecards.storage.backup import latest_backup

        latest = latest_backup(place.file)
        if latest is not None:
            what_to_do = f"restore the latest backup (copy {latest} over it)"
    return DamagedDatabaseError(f"the database {place.shown} is damaged ({detail}): {what_to_do}")


def _driver_error(error: BaseException) -> BaseException | None:
    """The driver's own error inside ``error`` (or ``error`` itself); None if not a database
    error at all."""
    sqlalchemy_exc = sys.modules.get("sqlalchemy.exc")
    if sqlalchemy_exc is not None and isinstance(error, sqlalchemy_exc.SQLAlchemyError):
        original = getattr(error, "orig", None)
        return original if isinstance(original, BaseException) else error
    if isinstance(error, sqlite3.Error):
        return error
    psycopg = sys.modules.get("psycopg")
    if psycopg is not None and isinstance(error, psycopg.Error):
        return error  # type: ignore[no-any-return]
    return None


def explain(error: BaseException, place: Place) -> DatabaseError | None:
    """``error`` as the :class:`DatabaseError` to show; None if it is not a database error."""
    if isinstance(error, DatabaseError):
        return error
    driver = _driver_error(error)
    if driver is None:
        return None
    detail = place.clean(str(driver))
    if isinstance(driver, sqlite3.Error):
        found = _explain_sqlite(driver, detail, place)
    else:
        found = _explain_postgres(driver, detail, place)
    return found or DatabaseError(f"database error in {place.shown}: {detail}")


def _explain_sqlite(error: sqlite3.Error, detail: str, place: Place) -> DatabaseError | None:
    code = getattr(error, "sqlite_errorcode", None)
    if code is None:
        return None
    code &= 0xFF
    shown = place.shown
    if code in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return DatabaseBusyError(
            f"the database {shown} is busy (another program is writing to it): "
            "try again in a moment"
        )
    if code == _SQLITE_READONLY:
        return ReadOnlyDatabaseError(
            f"cannot write to the database {shown}: it is read-only ({detail}); "
            "check the permissions of the file and of its folder"
        )
    if code in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return damaged(place, detail)
    if code == _SQLITE_FULL:
        return DatabaseError(
            f"cannot write to the database {shown}: the disk is full; free some space and try again"
        )
    if code in (_SQLITE_CANTOPEN, _SQLITE_PERM):
        return DatabaseError(
            f"cannot open the database {shown} ({detail}): check that the file and its "
            "folder may be read and written"
        )
    if code == _SQLITE_IOERR:
        return DatabaseError(
            f"cannot read or write the database {shown} ({detail}): check the disk it is on"
        )
    return None


def _explain_postgres(error: BaseException, detail: str, place: Place) -> DatabaseError | None:
    state = getattr(error, "sqlstate", None)
    shown = place.shown
    if state is None:
        connection_lost = type(error).__name__ == "OperationalError"
        if connection_lost:  # no SQLSTATE: the server was not reached, or the link broke
            return DatabaseError(f"cannot open {shown}: {detail}")
        return None
    if state == _PG_READ_ONLY:
        return ReadOnlyDatabaseError(
            f"cannot write to the database {shown}: it is read-only ({detail}); "
            "ask for write access, or use another database"
        )
    if state in _PG_BUSY:
        return DatabaseBusyError(f"the database {shown} is busy ({detail}): try again")
    if state in _PG_DAMAGED:
        return damaged(place, detail)
    if state.startswith(_PG_NO_SPACE):
        return DatabaseError(
            f"the database server of {shown} is out of resources ({detail}): ask its administrator"
        )
    if state.startswith("08"):  # connection exceptions
        return DatabaseError(f"cannot open {shown}: {detail}")
    return None
