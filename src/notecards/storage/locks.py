"""Locks between processes: one sync at a time, and turns at SQLite's write lock.

A sync writes in many short transactions, so that grades can be stored between them.

- Two syncs interleaving their transactions could each take the other's half-written
  state for the truth, so a second sync waits for the first to finish, for as long as
  SQLite waits for a writer, then says another sync is running (:func:`sync_lock`).
- SQLite lets a waiting writer retry only now and then, and a sync that writes one short
  transaction after another would seldom leave it a gap: every other writer therefore takes
  a shared turn before it begins, and a sync takes an exclusive one before each of its
  transactions (:func:`write_turn`), so it waits for the writers already waiting, and they
  are woken the moment its transaction ends.

On SQLite the locks are advisory locks (``flock``) on files beside the database; on
PostgreSQL, where a grade never waits for a sync's inserts, the sync lock is a session
advisory lock scoped to the schema the tables are in, and there are no turns. Every lock
dies with the process holding it, even killed.
"""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, text

# the first half of the PostgreSQL advisory lock's two-part key: "nc" + "sy"
_LOCK_CLASS = 0x6E63_7379
# how long a sync waits for another one to finish (as long as SQLite waits for a writer)
SYNC_WAIT_SECONDS = 10.0
_POLL_SECONDS = 0.05


def lock_file(engine: Engine, suffix: str) -> Path | None:
    """The file beside a SQLite database whose lock stands for ``suffix`` (None: the
    database is not a SQLite file)."""
    url = engine.url
    name = url.database
    if engine.dialect.name != "sqlite" or not name or name == ":memory:":
        return None
    if name.startswith("file:"):
        return None
    return Path(f"{name}.{suffix}")


@contextmanager
def _lock_file_open(path: Path | None) -> Iterator[int | None]:
    """The lock file opened (and closed after, which releases any lock on it); None when
    there is none or it cannot be made (a read-only folder: there is nothing to write, so
    nothing to order)."""
    try:
        descriptor = None if path is None else os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError:
        descriptor = None
    if descriptor is None:
        yield None
        return
    try:
        yield descriptor
    finally:
        os.close(descriptor)


@contextmanager
def _flocked(path: Path | None, operation: int) -> Iterator[None]:
    with _lock_file_open(path) as descriptor:
        if descriptor is not None:
            fcntl.flock(descriptor, operation)
        yield


@contextmanager
def write_turn(engine: Engine, *, yielding: bool = False) -> Iterator[None]:
    """A turn at a SQLite database's write lock: shared for an ordinary writer, exclusive
    for one that lets the others go first (``yielding``: a sync's short transactions)."""
    with _flocked(lock_file(engine, "write-turn"), fcntl.LOCK_EX if yielding else fcntl.LOCK_SH):
        yield


def checkpoint(engine: Engine) -> None:
    """Copy a SQLite database's write-ahead log into the database now (as far as readers
    allow), so that a grade committed next need not do it on the sync's behalf: SQLite
    makes whichever commit finds the log long do it. It does not keep anyone waiting."""
    if engine.dialect.name != "sqlite":
        return
    with engine.connect() as connection:
        driver = connection.connection.dbapi_connection
        assert driver is not None
        driver.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()


@contextmanager
def sync_lock(engine: Engine) -> Iterator[None]:
    """Hold the database's sync lock, waiting up to :data:`SYNC_WAIT_SECONDS` for another
    sync to finish (then :class:`~notecards.storage.db.DatabaseError`)."""
    if engine.dialect.name == "postgresql":
        with _advisory_lock(engine):
            yield
        return
    # no lock file in a read-only folder: the sync cannot write anyway, and will say so
    with _lock_file_open(lock_file(engine, "sync-lock")) as descriptor:
        if descriptor is not None:
            _wait_for(lambda: _try_flock(descriptor))
        yield


def _try_flock(descriptor: int) -> bool:
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _wait_for(taken: Callable[[], bool]) -> None:
    deadline = time.monotonic() + SYNC_WAIT_SECONDS
    while not taken():
        if time.monotonic() > deadline:
            from notecards.storage.db import DatabaseError  # db imports this module

            raise DatabaseError(
                "another sync of this database is running; try again when it has finished"
            )
        time.sleep(_POLL_SECONDS)


@contextmanager
def _advisory_lock(engine: Engine) -> Iterator[None]:
    with engine.connect() as connection:
        key = {"kind": _LOCK_CLASS}
        schema = "hashtext(current_schema())"

        def taken() -> bool:
            query = text(f"SELECT pg_try_advisory_lock(:kind, {schema})")
            got = bool(connection.execute(query, key).scalar_one())
            connection.commit()  # the lock belongs to the session, not to a transaction
            return got

        _wait_for(taken)
        try:
            yield
        finally:
            connection.execute(text(f"SELECT pg_advisory_unlock(:kind, {schema})"), key)
            connection.commit()
