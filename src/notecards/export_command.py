"""``notecards export anki``: the cards as an Anki package, with the checks on where it goes
made before anything is read. Registered on the app by :mod:`notecards.cli`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from notecards.boundary import EXIT_BAD_PATH, EXIT_FAILURE
from notecards.boundary import fail as _fail
from notecards.boundary import load_settings as _settings
from notecards.boundary import opened as _open
from notecards.completion import complete_deck
from notecards.options import DatabaseOption, ProfileOption
from notecards.progress import counted_progress

if TYPE_CHECKING:
    from notecards.storage.db import Database

export_app = typer.Typer(
    name="export",
    help="Export the cards to other tools.",
    no_args_is_help=True,
    rich_markup_mode=None,
)


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
        typer.Option(
            "--deck", help="Only this deck and the decks under it.", autocompletion=complete_deck
        ),
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
    if not out.parent.is_dir():
        raise _fail(
            f"no folder {out.parent} to write {out.name} in: create it first", EXIT_BAD_PATH
        )
    settings = _settings(database, profile)
    with _open(settings) as db, counted_progress("Exporting") as progress:
        if deck is not None:
            _require_deck(db, deck)
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


def _require_deck(db: Database, deck: str) -> None:
    """Stop with status 2, naming the decks there are, if ``deck`` is not one of them."""
    from notecards.storage.exporting import deck_names

    with db.reading() as connection:
        names = deck_names(connection)
    if any(name == deck or name.startswith(f"{deck}::") for name in names):
        return
    there = f"the decks are {', '.join(names)}" if names else "there are no cards yet"
    raise _fail(f"no deck {deck}: {there}", EXIT_BAD_PATH)
