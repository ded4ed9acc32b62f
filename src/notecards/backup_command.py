"""``notecards backup``, and the automatic backup before the day's first sync.

The copying itself (SQLite's online backup API, the daily folder and how many are kept) is
:mod:`notecards.storage.backup`; this is what the command line says and does around it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from notecards.boundary import EXIT_BAD_PATH, EXIT_FAILURE, fail, load_settings, opened
from notecards.options import DatabaseOption

if TYPE_CHECKING:
    from notecards.storage.db import Database


def backup(
    file: Annotated[
        Path | None,
        typer.Argument(
            help="Where to write the copy (replaced if it exists; its folder must exist). "
            "Default: DATABASE-backups/DATABASE-DATE-TIME.db beside the database.",
            metavar="FILE",
            show_default=False,
        ),
    ] = None,
    database: DatabaseOption = None,
) -> None:
    """Copy the SQLite database, as it is now, to FILE (readable by you only).

    The copy is consistent even while a review or sync runs (SQLite's online backup), and
    a damaged database is not copied. Besides, the day's first sync keeps an automatic
    backup in DATABASE-backups/ (the last 7 days). On PostgreSQL, use pg_dump: this
    command says how.
    """
    from notecards.storage import backup as backups
    from notecards.storage.db import place_of

    chosen = load_settings(database)
    if place_of(chosen.database_url).file is None:
        raise fail(backups.backup_advice(chosen.database_url), EXIT_FAILURE)
    with opened(chosen) as db:
        assert db.file is not None
        target = file or backups.manual_backup_path(db.file, dt.datetime.now())
        if file is None:
            target.parent.mkdir(mode=0o700, exist_ok=True)
        elif not target.parent.is_dir():
            raise fail(
                f"no folder {target.parent} to write {target.name} in: create it first",
                EXIT_BAD_PATH,
            )
        try:
            backups.backup(db, target)
        except OSError as error:
            raise fail(f"cannot write {target}: {error.strerror or error}", EXIT_FAILURE) from None
    typer.echo(f"backed up {db.file} to {target}")


def daily_backup_before_sync(db: Database) -> None:
    """Today's automatic backup, before the day's first sync changes anything; a backup that
    cannot be written is said, and the sync goes on."""
    from notecards.localday import local_date
    from notecards.storage.backup import daily_backup

    try:
        daily_backup(db, local_date(dt.datetime.now(dt.UTC)))
    except OSError as error:
        typer.echo(
            f"notecards: cannot make today's backup of {db.file}: {error.strerror or error}; "
            "syncing all the same",
            err=True,
        )
