"""How ``notecards extract`` prints the cards it finds: a JSON array (``--json``, keys id,
deck, kind, question, answer, context, tags, source, line), or a table on the terminal with
each card's context under its question and long answers clipped."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import IO

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from notecards.card_output import fit_source
from notecards.core.model import Card
from notecards.wording import plural


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


def write_cards_json(cards: Sequence[Card], out: IO[str]) -> None:
    """The cards as one JSON array, then a newline."""
    json.dump([card_json(card) for card in cards], out, ensure_ascii=False, indent=2)
    out.write("\n")


def print_card_table(cards: Sequence[Card], note_count: int) -> None:
    """The cards as a table on the terminal, answers clipped, and how many were found."""
    console = Console()
    found = f"{plural(len(cards), 'card')} from {plural(note_count, 'note')}"
    if not cards:
        console.print(f"no cards found in {plural(note_count, 'note')}")
        return
    sources = [f"{card.source}:{card.line}" for card in cards]
    source_width = min(max(map(len, sources)), max(12, console.width // 4))
    table = Table(show_lines=True, expand=True)
    table.add_column("Deck", overflow="fold", ratio=1)
    table.add_column("Question", overflow="fold", ratio=2)
    table.add_column("Answer", overflow="fold", ratio=4)
    table.add_column("Source", no_wrap=True, min_width=source_width)
    for card, source in zip(cards, sources, strict=True):
        question = escape(card.question)
        if card.context:
            question = f"{question}\n[dim]{escape(' › '.join(card.context))}[/dim]"
        table.add_row(
            escape(card.deck),
            question,
            escape(clip(card.answer)),
            escape(fit_source(source, source_width)),
        )
    console.print(table)
    console.print(found, style="bold")


def clip(text: str, lines: int = 8) -> str:
    """The first ``lines`` lines of an answer, and how many more there are."""
    kept = text.split("\n")
    clipped = "\n".join(kept[:lines])
    if len(kept) > lines:
        clipped += f"\n… ({len(kept) - lines} more lines)"
    return clipped
