"""What a session asks: new cards spread among the due ones, a reversed card asked from its
answer every other time."""

from __future__ import annotations

from decimal import Decimal

from notecards.core.model import Card, CardKind, Schedule
from notecards.storage.reviewing import QueuedCard
from notecards.study_items import interleave, item_of


def _queued(card_id: int, kind: CardKind = CardKind.BASIC, repetitions: int = 0) -> QueuedCard:
    card = Card(kind, f"question {card_id}", f"answer {card_id}", "deck", "note.md", card_id)
    schedule = (
        Schedule(repetitions=repetitions, easiness=Decimal("2.5"), interval=1, due=None)
        if repetitions
        else None
    )
    return QueuedCard(card_id, card, "/notes", schedule)


def test_new_cards_are_spread_evenly_among_the_due_ones_each_in_order() -> None:
    due = [_queued(number) for number in range(1, 7)]
    new = [_queued(number) for number in (101, 102)]
    order = [queued.card_id for queued in interleave(due, new)]
    assert order == [1, 2, 101, 3, 4, 5, 102, 6]
    assert [queued.card_id for queued in interleave([], new)] == [101, 102]


def test_a_reversed_card_is_asked_from_its_answer_every_other_time() -> None:
    first = item_of(_queued(1, CardKind.REVERSED))
    second = item_of(_queued(1, CardKind.REVERSED, repetitions=1))
    assert (first.reverse, second.reverse) == (False, True)
    assert second.faces.front == "answer 1"
    assert not item_of(_queued(2, CardKind.BASIC, repetitions=1)).reverse
    assert first.is_new and item_of(_queued(3), repeat=True).repeat
