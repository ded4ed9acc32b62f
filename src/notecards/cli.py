"""The ``notecards`` command line: each command parses its options and calls one service.

Heavy modules are imported inside the commands so that ``notecards --help`` stays quick.
"""

from __future__ import annotations

import contextlib
import gc
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from notecards import __version__

if TYPE_CHECKING:
    from notecards.config import Settings
    from notecards.core.model import Card, CardListing
    from notecards.storage.db import Database
    from notecards.tui.app import NotecardsApp

app = typer.Typer(
    name="notecards",
    help=(
        "Spaced-repetition flashcards from your own markdown study notes.\n\n"
        "notecards reads your notes (never writes them), turns term/definition bullets, "
        "terms with nested explanations, headings with lists and explicit Q :: A / cloze "
        "markup into cards."
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)

EXIT_BAD_PATH = 2
EXIT_FAILURE = 1

DatabaseOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="Database URL (default: NOTECARDS_DB, then config.toml, then a SQLite file in "
        "your data folder). Any SQLAlchemy URL, e.g. postgresql+psycopg://user@host/notecards.",
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
_PROGRESS_THRESHOLD = 20


def _version(value: bool) -> None:
    if value:
        typer.echo(f"notecards {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    """Spaced-repetition flashcards from your own markdown study notes."""


def _fail(message: str, code: int) -> typer.Exit:
    typer.echo(f"notecards: {message}", err=True)
    return typer.Exit(code)


def card_json(card: Card) -> dict[str, object]:
    """A card as the JSON object of ``notecards extract --json``."""
    return {
        "id": card.key,
        "deck": card.deck,
        "kind": card.kind.value,
        "question": card.question,
        "answer": card.answer,
        "context": list(card.context),
        "tags": list(card.tags),
        "source": card.source,
        "line": card.line,
    }


@app.command()
def extract(
    paths: Annotated[
        list[Path],
        typer.Argument(
            help="Note files or folders (walked for *.md, *.markdown, *.txt; hidden "
            "folders such as .obsidian and .trash are skipped).",
            show_default=False,
        ),
    ],
    as_json: Annotated[
        bool,
        typer.Option(
            "--json",
            help="Print a JSON array of cards with keys id, deck, kind, question, answer, "
            "context, tags, source, line.",
        ),
    ] = False,
) -> None:
    """Show the cards notecards finds in notes, without storing anything.

    Warnings (mis-decoded text that was repaired, broken front matter, unreadable files)
    go to standard error as PATH:LINE: MESSAGE. Exit status: 0 on success, warnings
    included; 2 when a PATH does not exist.
    """
    from notecards import notes
    from notecards.core import identity

    _require_existing(paths)
    files = [(path, note) for path in paths for note in notes.find_notes(path)]
    cards: list[Card] = []
    warnings: list[str] = []
    with _progress(len(files), "Reading notes") as advance:
        for given, note in files:
            extraction = notes.read_note(note)
            shown = given.as_posix() if given.is_file() else (given / note.source).as_posix()
            warnings.extend(
                f"{shown}:{warning.line}: {warning.message}" for warning in extraction.warnings
            )
            cards.extend(extraction.cards)
            advance()
    for warning in warnings:
        typer.echo(warning, err=True)
    cards = identity.assign_keys(cards)
    if as_json:
        json.dump([card_json(card) for card in cards], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return
    _print_card_table(cards, len(files))


def _print_card_table(cards: list[Card], note_count: int) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    console = Console()
    table = Table(show_lines=True, expand=True)
    table.add_column("Deck", overflow="fold", ratio=1)
    table.add_column("Question", overflow="fold", ratio=2)
    table.add_column("Answer", overflow="fold", ratio=4)
    table.add_column("Source", overflow="fold", ratio=1)
    for card in cards:
        question = escape(card.question)
        if card.context:
            question = f"{question}\n[dim]{escape(' › '.join(card.context))}[/dim]"
        table.add_row(
            escape(card.deck),
            question,
            escape(_clip(card.answer)),
            escape(f"{card.source}:{card.line}"),
        )
    console.print(table)
    console.print(f"{len(cards)} cards from {note_count} notes", style="bold")


def _clip(text: str, lines: int = 8) -> str:
    kept = text.split("\n")
    clipped = "\n".join(kept[:lines])
    if len(kept) > lines:
        clipped += f"\n… ({len(kept) - lines} more lines)"
    return clipped


def _require_existing(paths: list[Path]) -> None:
    """Stop with status 2, naming them, if any of the paths does not exist."""
    missing = [str(path) for path in paths if not path.exists()]
    if missing:
        raise _fail(f"no such file or folder: {', '.join(missing)}", EXIT_BAD_PATH)


@contextlib.contextmanager
def _progress(total: int, label: str) -> Iterator[Callable[[], None]]:
    """A progress bar on standard error when it is a terminal and the work is long."""
    if total < _PROGRESS_THRESHOLD or not sys.stderr.isatty():
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task(label, total=total)
        yield lambda: progress.advance(task)


def _settings(database: str | None = None, profile: str | None = None) -> Settings:
    from notecards import config

    try:
        return config.load(database=database, profile=profile)
    except config.ConfigError as error:
        raise _fail(str(error), EXIT_BAD_PATH) from None


@contextlib.contextmanager
def _open(settings: Settings) -> Iterator[Database]:
    """The database in the settings, with its errors turned into clean messages."""
    from notecards.storage.db import DatabaseError, open_database

    try:
        database = open_database(settings.database_url)
    except DatabaseError as error:
        raise _fail(str(error), EXIT_FAILURE) from None
    try:
        yield database
    except DatabaseError as error:
        raise _fail(f"database error: {error}", EXIT_FAILURE) from None
    finally:
        database.close()


@app.command()
def sync(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Notes folders (or files) to sync. The first one is remembered, so that "
            "plain `notecards sync` (and `notecards review`) sync it again later.",
            show_default=False,
        ),
    ] = None,
    database: DatabaseOption = None,
    profile: ProfileOption = None,
) -> None:
    """Bring the database up to date with your notes.

    Only notes whose size, time or content changed are read again. Cards keep their
    identity (and your review history) through answer edits, small question edits,
    reordering, moving and renaming notes; cards whose text is gone are retired with their
    history kept, and come back with it if the text does. Cards are written in short
    transactions, each note whole, so grades are stored while a sync runs; an interrupted
    sync leaves some notes done and the rest as they were, for the next sync to finish.
    """
    from notecards import config
    from notecards.sync import sync as run_sync

    settings = _settings(database, profile)
    if paths:
        _require_existing(paths)
        roots = list(paths)
        settings = config.remember_notes(settings, paths[0])
    elif settings.notes:
        roots = list(settings.notes)
        missing = [str(path) for path in roots if not path.exists()]
        if missing:
            raise _fail(
                f"the remembered notes folder is gone: {', '.join(missing)}; "
                "pass the folder to sync (notecards sync PATH)",
                EXIT_BAD_PATH,
            )
    else:
        raise _fail(
            "no notes folder yet: pass one (notecards sync ~/notes); it will be remembered",
            EXIT_BAD_PATH,
        )
    with _open(settings) as db, _counted_progress("Reading notes") as advance:
        report = run_sync(db, roots, progress=lambda phase, done, total: advance(done, total))
    for warning in report.warnings:
        typer.echo(f"{warning}", err=True)
    typer.echo(report.summary())


def _listing_json(listing: CardListing) -> dict[str, object]:
    card, schedule = listing.card, listing.schedule
    return {
        "id": listing.identity,
        "deck": card.deck,
        "kind": card.kind.value,
        "question": card.question,
        "answer": card.answer,
        "state": listing.status.value,
        "due": schedule.due.isoformat() if schedule and schedule.due else None,
        "repetitions": schedule.repetitions if schedule else 0,
        "easiness": float(schedule.easiness) if schedule else 2.5,
        "interval": schedule.interval if schedule else 0,
        "source": card.source,
        "line": card.line,
    }


@app.command()
def cards(
    deck: Annotated[
        str | None,
        typer.Option("--deck", help="Only this deck and the decks under it (a::b is under a)."),
    ] = None,
    show_all: Annotated[
        bool, typer.Option("--all", help="Include retired and suspended cards.")
    ] = False,
    as_json: Annotated[
        bool,
        typer.Option(
            "--json",
            help="Print a JSON array; keys: id, deck, kind, question, answer, state (new, "
            "learning, review, suspended, buried, retired), due, repetitions, easiness, "
            "interval, source, line.",
        ),
    ] = False,
    database: DatabaseOption = None,
    profile: ProfileOption = None,
) -> None:
    """List the stored cards, one row each, with their state for your profile."""
    import datetime as dt

    from notecards.storage import repo

    settings = _settings(database, profile)
    with _open(settings) as db, db.reading() as connection:
        listings = repo.list_cards(
            connection, settings.profile, dt.date.today(), deck=deck, include_all=show_all
        )
    if as_json:
        json.dump([_listing_json(item) for item in listings], sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
        return
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    table = Table(expand=True)
    for column, ratio in (("Deck", 1), ("Question", 3), ("State", 1), ("Due", 1), ("Source", 2)):
        table.add_column(column, overflow="fold", ratio=ratio)
    for item in listings:
        due = item.schedule.due.isoformat() if item.schedule and item.schedule.due else ""
        table.add_row(
            escape(item.card.deck),
            escape(item.card.question),
            item.status.value,
            due,
            escape(f"{item.card.source}:{item.card.line}"),
        )
    console = Console()
    console.print(table)
    console.print(f"{len(listings)} cards", style="bold")


NotesArgument = Annotated[
    list[Path] | None,
    typer.Argument(
        help="Notes folders to sync and review this time (default: the remembered ones, "
        "see `notecards sync`). Not remembered.",
        show_default=False,
    ),
]


@app.command()
def review(
    paths: NotesArgument = None,
    deck: Annotated[
        str | None,
        typer.Option(
            "--deck",
            help="Start reviewing this deck (and the decks under it) at once, "
            "instead of choosing on the decks screen.",
        ),
    ] = None,
    no_sync: Annotated[
        bool, typer.Option("--no-sync", help="Do not sync the notes folders first.")
    ] = False,
    database: DatabaseOption = None,
    profile: ProfileOption = None,
) -> None:
    """Review today's cards in the terminal.

    The notes are synced first, in the background (a status line shows progress). Then:
    the decks with their due and new counts (Enter studies one, t shows statistics); each
    card's question (Space shows the answer), graded 0-5 as in SM-2, where below 4 brings
    the card back later today; u undoes, b buries until tomorrow, s suspends, e opens the
    note at the card's line in $EDITOR, m shows math as TeX, ? lists the keys, q goes back.
    Every grade is saved before the next card is shown. Daily limits: new_per_day and
    reviews_per_day in the config (20 and 200 by default).
    """
    settings = _settings(database, profile)
    roots = _review_roots(paths, settings)
    _need_terminal("review")
    from notecards.storage import repo
    from notecards.study import StudySession
    from notecards.tui.app import NotecardsApp

    with _open(settings) as db:
        if not roots:
            with db.reading() as connection:
                if not repo.has_cards(connection):
                    raise _fail(
                        "no cards yet: point notecards at your notes first "
                        "(notecards sync ~/notes, or notecards review ~/notes)",
                        EXIT_BAD_PATH,
                    )
        session = StudySession(
            db,
            settings.profile,
            new_per_day=settings.new_per_day,
            reviews_per_day=settings.reviews_per_day,
            notes=roots,
        )
        _run_screens(
            NotecardsApp(
                session,
                first_screen="review" if deck else "decks",
                deck=deck,
                sync_on_start=not no_sync,
            )
        )


def _review_roots(paths: list[Path] | None, settings: Settings) -> list[Path]:
    if paths:
        _require_existing(paths)
        return [path.resolve() for path in paths]
    return list(settings.notes)


def _run_screens(screens: NotecardsApp) -> None:
    """Run the terminal screens with the cyclic collector on (see ``notecards.__main__``):
    a long session makes cycles. What start-up loaded is frozen out of its passes."""
    gc.freeze()
    gc.enable()
    screens.run()


def _need_terminal(command: str) -> None:
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise _fail(f"{command} needs a terminal (standard input and output)", EXIT_FAILURE)


@app.command()
def stats(database: DatabaseOption = None, profile: ProfileOption = None) -> None:
    """Statistics in the terminal: a calendar of past reviews, the due forecast for the
    next 30 days, cards by state, and retention (share of reviews graded 3+) per deck.
    q quits."""
    settings = _settings(database, profile)
    _need_terminal("stats")
    from notecards.study import StudySession
    from notecards.tui.app import NotecardsApp

    with _open(settings) as db:
        session = StudySession(db, settings.profile)
        _run_screens(NotecardsApp(session, first_screen="stats", sync_on_start=False))


export_app = typer.Typer(
    name="export",
    help="Export the cards to other tools.",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(export_app)


@export_app.command("anki")
def export_anki(
    out: Annotated[
        Path,
        typer.Argument(
            help="The Anki package to write (.apkg); replaced if it exists.",
            metavar="OUT.apkg",
            show_default=False,
        ),
    ],
    deck: Annotated[
        str | None,
        typer.Option("--deck", help="Only this deck and the decks under it."),
    ] = None,
    include_suspended: Annotated[
        bool,
        typer.Option("--include-suspended", help="Include the cards you suspended."),
    ] = False,
    database: DatabaseOption = None,
    profile: ProfileOption = None,
) -> None:
    """Write the cards as an Anki package (.apkg) to import in Anki (File > Import).

    Notes keep the deck hierarchy (a::b) and get the deck and the card's tags as tags.
    Markdown becomes HTML, math becomes MathJax (\\(...\\) and \\[...\\]), code stays
    code, and the HTML is sanitised. Images inside the notes folder are packed; others are
    left out with a warning. Importing a newer export updates the notes in place: no
    duplicates, and Anki keeps its own scheduling. Retired cards are never exported.
    """
    from notecards.export.anki import export_anki as run_export

    if out.suffix.lower() != ".apkg":
        raise _fail(f"{out}: the file name must end in .apkg", EXIT_BAD_PATH)
    if out.exists() and out.is_dir():
        raise _fail(f"{out} is a folder", EXIT_BAD_PATH)
    settings = _settings(database, profile)
    with _open(settings) as db, _counted_progress("Exporting") as progress:
        try:
            report = run_export(
                db,
                settings.profile,
                out,
                deck=deck,
                include_suspended=include_suspended,
                progress=progress,
            )
        except OSError as error:
            raise _fail(f"cannot write {out}: {error.strerror or error}", EXIT_FAILURE) from None
    for warning in report.warnings:
        typer.echo(str(warning), err=True)
    if report.notes == 0:
        where = f" in deck {deck}" if deck else ""
        typer.echo(f"no cards{where} to export (run notecards sync first?)", err=True)
    typer.echo(report.summary(out))


@contextlib.contextmanager
def _counted_progress(label: str) -> Iterator[Callable[[int, int], None]]:
    """A progress bar for long work, on a terminal only; called with (done, total)."""
    if not sys.stderr.isatty():
        yield lambda done, total: None
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task(label, total=None)

        def update(done: int, total: int) -> None:
            if done == total or done % 100 == 0:
                progress.update(task, completed=done, total=total)

        yield update


remind_app = typer.Typer(
    name="remind",
    help="The daily reminder: what is due today, and a crontab entry that asks every day.",
    invoke_without_command=True,
    rich_markup_mode=None,
)
app.add_typer(remind_app)
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
    """Print what is due today: "N cards due (deck: n, ...)" and the command to start.

    Prints nothing at all when nothing is due, so that cron sends no mail. Subcommands
    install, uninstall and status manage the daily crontab entry.
    """
    if context.invoked_subcommand is not None:
        return
    import datetime as dt

    from notecards import remind as reminder

    settings = _settings(database, profile)
    with _open(settings) as db:
        message = reminder.due_message(
            db,
            settings.profile,
            dt.date.today(),
            "notecards review",
            new_per_day=settings.new_per_day,
        )
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


@remind_app.command("install")
def remind_install(
    at: Annotated[
        str, typer.Option("--at", help="When to remind, every day (HH:MM, local time).")
    ] = "09:00",
    notify: NotifyOption = False,
    database: DatabaseOption = None,
    profile: ProfileOption = None,
) -> None:
    """Add the daily reminder to your crontab (running it again replaces it; your other
    crontab entries are left exactly as they are)."""
    import datetime as dt

    from notecards import remind as reminder

    try:
        when = reminder.parse_at(at)
    except ValueError as error:
        raise _fail(str(error), EXIT_BAD_PATH) from None
    settings = _settings(database, profile)
    command = reminder.reminder_command(
        reminder.notecards_command(), settings.database_url, settings.profile, notify=notify
    )
    with _crontab_errors():
        installed = reminder.install(command, when)
    from notecards.config import hide_passwords

    verb = "replaced" if installed.replaced else "installed"
    typer.echo(f"{verb}: {hide_passwords(installed.line)}")
    next_time = reminder.next_run(when, dt.datetime.now().astimezone())
    typer.echo(f"next reminder: {next_time:%Y-%m-%d %H:%M}")


@remind_app.command("uninstall")
def remind_uninstall() -> None:
    """Remove the daily reminder from your crontab (and nothing else)."""
    from notecards import remind as reminder

    with _crontab_errors():
        removed = reminder.uninstall()
    typer.echo("removed the daily reminder" if removed else "no reminder was installed")


@remind_app.command("status")
def remind_status() -> None:
    """Show the installed reminder line and when it runs next."""
    import datetime as dt

    from notecards import remind as reminder
    from notecards.config import hide_passwords

    with _crontab_errors():
        lines = reminder.installed_lines()
    if not lines:
        typer.echo("no reminder installed (notecards remind install)")
        return
    for line in lines:
        typer.echo(hide_passwords(line))
        when = reminder.scheduled_time(line)
        next_time = reminder.next_run(when, dt.datetime.now().astimezone())
        typer.echo(f"next reminder: {next_time:%Y-%m-%d %H:%M}")


@app.command()
def due(
    as_json: Annotated[
        bool,
        typer.Option(
            "--json",
            help='Print {"due": n, "new": n, "decks": [{"deck": d, "due": n, "new": n}]}.',
        ),
    ] = False,
    database: DatabaseOption = None,
    profile: ProfileOption = None,
) -> None:
    """How many cards are due today and how many are new, in total and per deck.

    Due cards are those scheduled for today or earlier; new cards have never been graded.
    Suspended, buried and retired cards are not counted.
    """
    import datetime as dt

    from notecards.storage import repo

    settings = _settings(database, profile)
    with _open(settings) as db, db.reading() as connection:
        summary = repo.due_summary(connection, settings.profile, dt.date.today())
    if as_json:
        payload = {
            "due": summary.due,
            "new": summary.new,
            "decks": [{"deck": d.deck, "due": d.due, "new": d.new} for d in summary.decks],
        }
        typer.echo(json.dumps(payload, ensure_ascii=False))
        return
    typer.echo(f"{summary.due} due, {summary.new} new")
    for counts in summary.decks:
        typer.echo(f"  {counts.deck}: {counts.due} due, {counts.new} new")
