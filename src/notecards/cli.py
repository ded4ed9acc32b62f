"""The ``notecards`` command line: each command parses its options and calls one service.

Heavy modules are imported inside the commands so that ``notecards --help`` stays quick.
"""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from notecards import __version__

if TYPE_CHECKING:
    from notecards.core.model import Card

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

    missing = [str(path) for path in paths if not path.exists()]
    if missing:
        raise _fail(f"no such file or folder: {', '.join(missing)}", EXIT_BAD_PATH)
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
