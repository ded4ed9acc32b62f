"""``notecards remind``: what is to study today, printed or shown as a notification, and the
daily crontab entry that asks it (install, uninstall, status). Registered on the app by
:mod:`notecards.cli`."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import TYPE_CHECKING, Annotated

import typer

from notecards.boundary import EXIT_BAD_PATH, EXIT_FAILURE
from notecards.boundary import fail as _fail
from notecards.boundary import load_settings as _settings
from notecards.boundary import opened as _open
from notecards.options import DatabaseOption, ProfileOption

if TYPE_CHECKING:
    from notecards.config import Settings

remind_app = typer.Typer(
    name="remind",
    help="The daily reminder: what is due today, and a crontab entry that asks every day.",
    invoke_without_command=True,
    rich_markup_mode=None,
)
NotifyOption = Annotated[
    bool,
    typer.Option(
        "--notify",
        help="Show a desktop notification (notify-send) instead of printing; prints when "
        "no notification can be shown.",
    ),
]


@remind_app.callback()
def remind(
    context: typer.Context,
    notify: NotifyOption = False,
    database: DatabaseOption = None,
    profile: ProfileOption = None,
) -> None:
    """Print what is to study today: "N cards due (deck: n, ...), and M new", and how to start.

    The counts are those of the decks screen and `notecards due`; new cards alone are a reason
    to study. Prints nothing at all when there is nothing to study today, so that cron sends no
    mail. Subcommands
    install, uninstall and status manage the daily crontab entry.
    """
    if context.invoked_subcommand is not None:
        return
    from notecards import dashboard
    from notecards import remind as reminder

    settings = _settings(database, profile)
    with _open(settings) as db:
        plan = dashboard.plan_of_settings(db, settings)
    message = reminder.due_message(plan, "notecards review")
    if message is None:
        return
    if notify and reminder.notify(message):
        return
    typer.echo(message)


@contextlib.contextmanager
def _crontab_errors() -> Iterator[None]:
    """Crontab trouble (no cron, a refused table) as a clean message and status 1."""
    from notecards.remind import ReminderError

    try:
        yield
    except ReminderError as error:
        raise _fail(str(error), EXIT_FAILURE) from None


AllOption = Annotated[
    bool,
    typer.Option("--all", help="Every notecards reminder, whatever its database and profile."),
]


def _remind_settings(context: typer.Context, database: str | None, profile: str | None) -> Settings:
    """The settings a remind subcommand is for: its own --db and --profile, else those given
    before it (``notecards remind --db URL status``), else the environment, config, defaults."""
    given = context.parent.params if context.parent is not None else {}
    return _settings(database or given.get("database"), profile or given.get("profile"))


@remind_app.command("install")
def remind_install(
    context: typer.Context,
    at: Annotated[
        str, typer.Option("--at", help="When to remind, every day (HH:MM, local time).")
    ] = "09:00",
    notify: NotifyOption = False,
    database: DatabaseOption = None,
    profile: ProfileOption = None,
) -> None:
    """Add the daily reminder of this database and profile to your crontab (running it again
    replaces it; other profiles' reminders and your other crontab entries are left exactly as
    they are). A database password is kept in a private file, never in the crontab."""
    import datetime as dt

    from notecards import remind as reminder
    from notecards.redact import hide_passwords

    try:
        when = reminder.parse_at(at)
    except ValueError as error:
        raise _fail(str(error), EXIT_BAD_PATH) from None
    settings = _remind_settings(context, database, profile)
    with _crontab_errors():
        installed = reminder.install(
            reminder.notecards_command(),
            settings.database_url,
            settings.profile,
            when,
            notify=notify,
        )
    verb = "replaced" if installed.replaced else "installed"
    typer.echo(f"{verb}: {hide_passwords(installed.line, settings.database_url)}")
    next_time = reminder.next_run(when, dt.datetime.now().astimezone())
    typer.echo(f"next reminder: {next_time:%Y-%m-%d %H:%M}")


def _others(count: int) -> str:
    return f"{count} other{'s' if count != 1 else ''}: notecards remind status --all"


@remind_app.command("uninstall")
def remind_uninstall(
    context: typer.Context,
    every: AllOption = False,
    database: DatabaseOption = None,
    profile: ProfileOption = None,
) -> None:
    """Remove the daily reminder of this database and profile (--all: every notecards
    reminder) from your crontab, and nothing else."""
    from notecards import remind as reminder

    settings = None if every else _remind_settings(context, database, profile)
    key = None if settings is None else reminder.entry_key(settings.database_url, settings.profile)
    with _crontab_errors():
        done = reminder.uninstall(key)
    if done.removed:
        many = f"{done.removed} daily reminders" if done.removed > 1 else "the daily reminder"
        typer.echo(f"removed {many}")
    elif settings is None or not done.others:
        typer.echo("no reminder was installed")
    else:
        which = reminder.describe(settings.database_url, settings.profile)
        typer.echo(f"no reminder was installed for {which}; {_others(done.others)}")


@remind_app.command("status")
def remind_status(
    context: typer.Context,
    every: AllOption = False,
    database: DatabaseOption = None,
    profile: ProfileOption = None,
) -> None:
    """Show the reminder of this database and profile (--all: every notecards reminder), its
    database (password hidden) and when it runs next."""
    import datetime as dt

    from notecards import remind as reminder
    from notecards.redact import hide_passwords

    settings = None if every else _remind_settings(context, database, profile)
    known = () if settings is None else (settings.database_url,)
    with _crontab_errors():
        entries = reminder.entries()
    chosen = entries
    if settings is not None:
        key = reminder.entry_key(settings.database_url, settings.profile)
        chosen = [entry for entry in entries if entry.key == key]
    if not chosen:
        if settings is None or not entries:
            typer.echo("no reminder installed (notecards remind install)")
        else:
            which = reminder.describe(settings.database_url, settings.profile)
            typer.echo(
                f"no reminder for {which} (notecards remind install); {_others(len(entries))}"
            )
        return
    for entry in chosen:
        typer.echo(hide_passwords(entry.line, *known))
        database_line = reminder.database_line(entry)
        if database_line is not None:
            typer.echo(database_line)
        when = reminder.scheduled_time(entry.line)
        next_time = reminder.next_run(when, dt.datetime.now().astimezone())
        typer.echo(f"next reminder: {next_time:%Y-%m-%d %H:%M}")
