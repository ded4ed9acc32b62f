"""Shared test fixtures: where the project and the shared seeds live, and card helpers."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from notecards.core.extract import extract_note
from notecards.core.model import Card

PROJECT = Path(__file__).resolve().parent.parent
DECKS = PROJECT / "decks"


def shared_dir() -> Path:
    """``../shared`` beside the project (or ``NOTECARDS_SHARED``)."""
    return Path(os.environ.get("NOTECARDS_SHARED", PROJECT.parent / "shared"))


@pytest.fixture(scope="session")
def seeds() -> Path:
    """The real notes in ``../shared/seeds``; their absence is a failure, never a skip."""
    path = shared_dir() / "seeds"
    if not path.is_dir():
        pytest.fail(f"the shared seeds are missing: {path} (set NOTECARDS_SHARED)")
    return path


def cards_of(text: str, source: str = "note.md") -> list[Card]:
    """The cards of a note, failing the test if extraction reported an internal error."""
    extraction = extract_note(text, source)
    assert not [w for w in extraction.warnings if "could not read" in w.message], extraction
    return list(extraction.cards)


def by_question(cards: list[Card]) -> dict[str, Card]:
    return {card.question: card for card in cards}
