"""Copies of a SQLite database: ``notecards backup``, and the daily ones a sync keeps.

Copies are made with SQLite's online backup API, so they are consistent even while another
session writes, and are written to a temporary file beside the target and renamed into
place: a backup is whole or absent. Files are readable by their owner only (0600).

The automatic backups live in a folder beside the database, ``<name>-backups/`` (for
``notecards.db``: ``notecards-backups/notecards-2026-05-01.db``), one per day, made before
the day's first sync changes anything; the newest :data:`KEEP_DAILY` are kept. A damaged
database is never backed up (it would push good backups out).
"""

from __future__ import annotations

import os
import re
import sqlite3
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from notecards.storage.failures import DatabaseError

if TYPE_CHECKING:
    from notecards.storage.db import Database

KEEP_DAILY = 7


class NotSQLiteError(DatabaseError):
    """Only SQLite files are backed up by notecards (PostgreSQL has pg_dump)."""


def backups_folder(file: Path) -> Path:
    """Where the backups of the database ``file`` go by default."""
    return file.parent / f"{file.stem}-backups"


def _daily_pattern(file: Path) -> re.Pattern[str]:
    return re.compile(re.escape(file.stem) + r"-\d{4}-\d{2}-\d{2}\.db")


def daily_backup_path(file: Path, day: date) -> Path:
    return backups_folder(file) / f"{file.stem}-{day.isoformat()}.db"


def manual_backup_path(file: Path, moment: datetime) -> Path:
    """The default file of ``notecards backup`` at ``moment`` (never pruned)."""
    return backups_folder(file) / f"{file.stem}-{moment:%Y-%m-%d-%H%M%S}.db"


def daily_backups(file: Path) -> list[Path]:
    """The automatic backups of ``file``, oldest first."""
    folder = backups_folder(file)
    if not folder.is_dir():
        return []
    pattern = _daily_pattern(file)
    return sorted(path for path in folder.iterdir() if pattern.fullmatch(path.name))


def latest_backup(file: Path) -> Path | None:
    """The newest backup in the default folder (automatic or not), if any."""
    folder = backups_folder(file)
    try:
        found = [path for path in folder.glob(f"{file.stem}-*.db") if path.is_file()]
    except OSError:
        return None
    return max(found, key=lambda path: path.stat().st_mtime, default=None)


def backup(database: Database, target: Path) -> None:
    """Copy the database, as it is now, to ``target`` (replaced if it exists).

    The database is checked first: a damaged one raises ``DamagedDatabaseError``. The
    target's folder must exist (an ``OSError`` otherwise).
    """
    if database.file is None:
        raise NotSQLiteError(f"{database.place.shown} is not a SQLite file")
    database.check_integrity()
    if target.resolve() == database.file.resolve():
        raise DatabaseError(f"{target} is the database itself: choose another file")
    temporary = target.with_name(f".{target.name}.partial")
    temporary.unlink(missing_ok=True)
    os.close(os.open(temporary, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    try:
        copy = sqlite3.connect(temporary)
        try:
            source = database.engine.raw_connection()
            try:
                source.dbapi_connection.backup(copy)  # type: ignore[union-attr]
                copy.execute("PRAGMA journal_mode = DELETE")  # one file, without a log
            except sqlite3.Error as error:
                raise database.explain(error) or error from None
            finally:
                source.close()
        finally:
            copy.close()
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)


def daily_backup(database: Database, today: date, keep: int = KEEP_DAILY) -> Path | None:
    """Back the database up as today's automatic backup, unless there is one already (or it
    is not a SQLite file, or was created just now); the oldest beyond ``keep`` go.

    Returns the backup made, if one was.
    """
    file = database.file
    if file is None or database.created:
        return None
    target = daily_backup_path(file, today)
    if target.exists():
        return None
    database.check_integrity()  # before anything is made: a damaged file is not backed up
    target.parent.mkdir(mode=0o700, exist_ok=True)
    backup(database, target)
    for old in daily_backups(file)[:-keep]:
        old.unlink(missing_ok=True)
    return target


def backup_advice(url: str) -> str:
    """What to do instead of ``notecards backup`` when the database is not a SQLite file:
    on PostgreSQL, the ``pg_dump`` command line (without the password)."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    only = "backup copies SQLite files only"
    try:
        parsed = make_url(url)
    except ArgumentError:
        return f"{only}, and the database URL is not valid"
    if not parsed.drivername.startswith("postgresql"):
        return f"{only}; back {parsed.drivername} databases up with their own tools"
    plain = parsed._replace(drivername="postgresql", password=None).render_as_string(False)
    return f"{only}; back a PostgreSQL database up with pg_dump: pg_dump '{plain}' > notecards.sql"
