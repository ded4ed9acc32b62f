"""The ``notecards`` command line: each command parses its options and calls one service.

Heavy modules are imported inside the commands so that ``notecards --help`` stays quick.
"""

from __future__ import annotations

import gc
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from notecards import __version__, browse_commands
from notecards.backup_command import backup, daily_backup_before_sync
from notecards.boundary import EXIT_BAD_PATH, EXIT_FAILURE, Commands
from notecards.boundary import fail as _fail
from notecards.boundary import load_settings as _settings
from notecards.boundary import opened as _open
from notecards.browse_screen_command import browse
from notecards.completion import complete_deck
from notecards.export_command import export_app
from notecards.options import DatabaseOption, ProfileOption, SchedulerOption
from notecards.progress import counted_progress, progress
from notecards.remind_command import remind_app
from notecards.scheduler_command import evaluate, optimize, scheduler_for_review

if TYPE_CHECKING:
    from notecards.config import Settings
    from notecards.core.model import Card
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
    add_completion=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    cls=Commands,  # the error boundary: a database error anywhere is one line, status 1
)


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


@app.command()
def extract(
    paths: Annotated[
        list[Path],
        typer.Argument(
            help="Note files or folders (walked for *.md, *.markdown, *.txt; hidden "
            "folders such as .obsidian and .trash, node_modules, virtual environments and "
            "a repository's LICENSE.md, CONTRIBUTING.md ... are skipped).",
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
    with progress(len(files), "Reading notes") as advance:
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
    from notecards.extract_output import print_card_table, write_cards_json

    if as_json:
        write_cards_json(cards, sys.stdout)
        return
    print_card_table(cards, len(files))


def _require_existing(paths: list[Path]) -> None:
    """Stop with status 2, naming them, if any of the paths does not exist."""
    missing = [str(path) for path in paths if not path.exists()]
    if missing:
        raise _fail(f"no such file or folder: {', '.join(missing)}", EXIT_BAD_PATH)


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

    A database file named by --db (or NOTECARDS_DB, or the config) that does not exist yet
    is created, and said so; its folder must exist. The day's first sync first backs the
    database up (see notecards backup).
    """
    from notecards import config
    from notecards.sync import sync as run_sync

    settings = _settings(database, profile)
    if paths:
        _require_existing(paths)
        roots = list(paths)
        try:
            settings = config.remember_notes(settings, paths[0])
        except config.ConfigError as error:
            raise _fail(str(error), EXIT_FAILURE) from None
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
    with _open(settings, create=True) as db, counted_progress("Reading notes") as advance:
        if db.created and db.file is not None:
            typer.echo(f"created a new database: {db.file}", err=True)
        daily_backup_before_sync(db)
        report = run_sync(db, roots, progress=lambda phase, done, total: advance(done, total))
    for warning in report.warnings:
        typer.echo(f"{warning}", err=True)
    typer.echo(report.summary())


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
    *,
    deck: Annotated[
        str | None,
        typer.Option(
            "--deck",
            help="Start reviewing this deck (and the decks under it) at once, "
            "instead of choosing on the decks screen.",
            autocompletion=complete_deck,
        ),
    ] = None,
    no_sync: Annotated[
        bool, typer.Option("--no-sync", help="Do not sync the notes folders first.")
    ] = False,
    create: Annotated[
        bool,
        typer.Option(
            "--create",
            help="Create the database file named by --db if it does not exist yet (its "
            "folder must); without it, a database that is not there is an error.",
        ),
    ] = False,
    database: DatabaseOption = None,
    profile: ProfileOption = None,
    scheduler: SchedulerOption = None,
) -> None:
    """Review today's cards in the terminal.

    The notes are synced first, in the background (a status line shows progress). Then:
    the decks with their due and new counts (Enter studies one, t shows statistics); each
    card's question (Space shows the answer), graded 0-5 as in SM-2 (or 1-4, again, hard,
    good, easy, under FSRS: --scheduler fsrs), where below good brings the card back later
    today; u undoes, b buries until tomorrow, s suspends, e opens the
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

    with _open(settings, create=create) as db:
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
            scheduler=scheduler_for_review(db, settings, scheduler),
        )
        _run_screens(
            NotecardsApp(
                session,
                first_screen="review" if deck else "decks",
                deck=deck,
                sync_on_start=not no_sync,
                triage=settings.triage,
            )
        )


def _review_roots(paths: list[Path] | None, settings: Settings) -> list[Path]:
    if paths:
        _require_existing(paths)
        return [path.resolve() for path in paths]
    return list(settings.notes)


def _run_screens(screens: NotecardsApp) -> None:
    """Run the terminal screens with the cyclic collector on (see ``notecards.__main__``):
    a long session makes cycles. What start-up loaded is frozen out of its passes.

    A database error ends the screens; it is then said in one line, with status 1."""
    gc.freeze()
    gc.enable()
    screens.run()
    if screens.failure is not None:
        raise _fail(screens.failure, EXIT_FAILURE)


def _need_terminal(command: str) -> None:
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise _fail(f"{command} needs a terminal (standard input and output)", EXIT_FAILURE)


@app.command()
def stats(database: DatabaseOption = None, profile: ProfileOption = None) -> None:
    """Statistics in the terminal: a calendar of past reviews, the due forecast for the
    next 30 days, cards by state, retention (share of reviews graded 3+) per deck, and
    each deck's recall beside what your scheduler (SM-2 or FSRS) predicted. q quits."""
    settings = _settings(database, profile)
    _need_terminal("stats")
    from notecards.study import StudySession
    from notecards.tui.app import NotecardsApp

    with _open(settings) as db:
        scheduler = scheduler_for_review(db, settings, None)  # its forecast follows it
        session = StudySession(db, settings.profile, scheduler=scheduler)
        _run_screens(NotecardsApp(session, first_screen="stats", sync_on_start=False))


app.add_typer(export_app)  # notecards.export_command
app.add_typer(remind_app)  # notecards.remind_command


@app.command()
def due(
    as_json: Annotated[
        bool,
        typer.Option(
            "--json",
            help='Print {"due": n, "new": n, "repeats": n, "learning": n, "decks": '
            '[{"deck": d, "due": n, "new": n, "repeats": n}]}.',
        ),
    ] = False,
    database: DatabaseOption = None,
    profile: ProfileOption = None,
) -> None:
    """What today holds, in total and per deck: exactly what the decks screen shows.

    Due: reviews to do today, within reviews_per_day: cards scheduled for today or earlier,
    and cards graded below 4 earlier today that come back until graded 4 or 5. New: the new
    cards today's new_per_day still allows. Suspended, buried and retired cards count as
    neither. A deck's counts include its sub-decks.
    """
    from notecards import dashboard

    settings = _settings(database, profile)
    with _open(settings) as db:
        plan = dashboard.plan_of_settings(db, settings)
    listed = [row for row in plan.decks if row.total]
    if as_json:
        payload = {
            "due": plan.total.due,
            "new": plan.total.new,
            "repeats": plan.total.repeats,
            "learning": plan.total.learning,
            "decks": [
                {"deck": row.name, "due": row.due, "new": row.new, "repeats": row.repeats}
                for row in listed
            ],
        }
        typer.echo(json.dumps(payload, ensure_ascii=False))
        return
    typer.echo(f"{plan.total.due} due, {plan.total.new} new")
    for row in listed:
        indent = "  " * (row.depth + 1)
        typer.echo(f"{indent}{row.name.split('::')[-1]}: {row.due} due, {row.new} new")


app.command()(backup)  # notecards.backup_command
app.command()(optimize)  # notecards.scheduler_command
app.command()(evaluate)  # notecards.scheduler_command
browse_commands.register(app)  # cards, card, suspend, flag, reject, ...
app.command()(browse)  # notecards.browse_screen_command: the browser in the terminal
