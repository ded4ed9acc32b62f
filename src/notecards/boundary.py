"""The command line's error boundary: a failure is one line on standard error and an exit status.

Every command runs inside :class:`Commands`, the top command group, so that a database error
reaching it from anywhere (a command, the terminal screens) is printed as
``notecards: <what, which database, what to do>`` with status 1, never as a traceback. The
database a command opens (:func:`opened`) turns the driver's errors into such lines while it
still knows which file it is about. Nothing heavy is imported until an error happens.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import typer
from typer.core import TyperGroup

if TYPE_CHECKING:
    from notecards.config import Settings
    from notecards.storage.db import Database
    from notecards.storage.failures import DatabaseError

EXIT_FAILURE = 1
EXIT_BAD_PATH = 2  # a path given (notes, database, output) does not exist


def fail(message: str, code: int) -> typer.Exit:
    """Print ``notecards: message`` (passwords hidden) on standard error; the exit to raise."""
    from notecards.redact import hide_passwords

    typer.echo(f"notecards: {hide_passwords(message)}", err=True)
    return typer.Exit(code)


def exit_status(error: DatabaseError) -> int:
    from notecards.storage.failures import MissingDatabaseError

    return EXIT_BAD_PATH if isinstance(error, MissingDatabaseError) else EXIT_FAILURE


# the database last opened by a command, so that an error escaping it still names it
_last_opened: list[Database] = []


def as_database_error(error: BaseException, database: Database | None = None) -> Any:
    """``error`` as a one-line ``DatabaseError`` if it is a database's, else None."""
    from notecards.storage.failures import Place, explain

    database = database or (_last_opened[-1] if _last_opened else None)
    if database is not None:
        return database.explain(error)
    return explain(error, Place("(unknown)"))


class Commands(TyperGroup):
    """The top command group: database errors that reach it end the command cleanly."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except Exception as error:
            found = as_database_error(error)
            if found is None:
                raise
            raise fail(str(found), exit_status(found)) from None


def load_settings(database: str | None = None, profile: str | None = None) -> Settings:
    """The settings in effect; a config file that cannot be used is one line, status 2."""
    from notecards import config

    try:
        return config.load(database=database, profile=profile)
    except config.ConfigError as error:
        raise fail(str(error), EXIT_BAD_PATH) from None


def uses_default_database(settings: Settings) -> bool:
    from notecards import config

    return settings.database_url == config.default_database_url()


def _remember_triage(database: Database, settings: Settings) -> None:
    """Keep the profile's ``triage`` choice in the database, where every sync (whoever runs
    it) finds it; written only when it changed."""
    from notecards.storage import triage

    with database.reading() as connection:
        if triage.triage_on(connection, settings.profile) == settings.triage:
            return
    with database.transaction() as connection:
        triage.set_triage(connection, settings.profile, settings.triage)


@contextlib.contextmanager
def opened(settings: Settings, *, create: bool = False) -> Iterator[Database]:
    """The database in the settings, its errors turned into one clean line each.

    The default database (and its folder) is created on first use; any other SQLite file
    must exist, unless ``create`` (then its folder must).
    """
    from notecards.storage.db import open_database, place_of
    from notecards.storage.failures import DatabaseError

    file = place_of(settings.database_url).file
    default = file is not None and not file.exists() and uses_default_database(settings)
    try:
        database = open_database(
            settings.database_url, create=create or default, make_folder=default
        )
    except DatabaseError as error:
        raise fail(str(error), exit_status(error)) from None
    _last_opened[:] = [database]
    try:
        _remember_triage(database, settings)
        yield database
    except Exception as error:
        found = as_database_error(error, database)
        if found is None:
            raise
        raise fail(str(found), exit_status(found)) from None
    finally:
        database.close()
        _last_opened.clear()
