"""The options every command that uses the database takes: ``--db`` and ``--profile`` (and
``--scheduler``, for the commands that schedule)."""

from __future__ import annotations

from typing import Annotated

import typer

DatabaseOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="Database URL (default: NOTECARDS_DB or the URL in the file NOTECARDS_DB_FILE "
        "names, then config.toml, then a SQLite file in your data folder). Any SQLAlchemy "
        "URL, e.g. postgresql+psycopg://user@host/notecards.",
        show_default=False,
    ),
]
ProfileOption = Annotated[
    str | None,
    typer.Option(
        "--profile",
        help="Whose schedule to use (default: NOTECARDS_PROFILE, then config.toml, then your "
        "user name). Profiles sharing one database never touch each other's schedules.",
        show_default=False,
    ),
]
SchedulerOption = Annotated[
    str | None,
    typer.Option(
        "--scheduler",
        help="sm2 or fsrs (default: NOTECARDS_SCHEDULER, then scheduler in config.toml, for "
        "the profile, then sm2). Switching reschedules every card from its review history, "
        "so switching back gives exactly the schedules you had.",
        show_default=False,
        case_sensitive=False,
    ),
]
