"""Listings of a profile's cards and their statuses."""

from __future__ import annotations

from datetime import timedelta

from notecards.core.model import CardStatus
from notecards.storage import grading, listing
from notecards.storage.db import Database
from tests.storage.stocked import NOW, TODAY, card_id


def test_statuses(stocked: Database) -> None:
    stride, padding = card_id(stocked, "Stride"), card_id(stocked, "Padding")
    with stocked.transaction() as connection:
        for day in range(3):
            grading.record_grade(
                connection, "alice", stride, 5, when=NOW, today=TODAY + timedelta(days=day)
            )
        grading.record_grade(connection, "alice", padding, 5, when=NOW, today=TODAY)
    with stocked.reading() as connection:
        status = {
            item.card.question: item.status
            for item in listing.list_cards(connection, "alice", TODAY)
        }
    assert status["Stride"] is CardStatus.REVIEW
    assert status["Padding"] is CardStatus.LEARNING
    assert status["Supremum"] is CardStatus.NEW


def test_list_filters(stocked: Database) -> None:
    with stocked.transaction() as connection:
        grading.set_aside(connection, "alice", card_id(stocked, "Stride"), suspended=True)
    with stocked.reading() as connection:
        assert {
            i.card.question for i in listing.list_cards(connection, "alice", TODAY, deck="ml")
        } == {
            "Padding",
            "Pooling",
        }
        everything = listing.list_cards(connection, "alice", TODAY, deck="ml", include_all=True)
        assert len(everything) == 3
