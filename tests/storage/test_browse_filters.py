"""The browser's filters and sorts as SQL: each state finds its cards, an unknown state or
sort is refused, naming those there are."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from notecards.storage import browse_filters, grading, listing
from notecards.storage.browse_filters import Search
from notecards.storage.db import Database
from notecards.storage.tables import CARDS
from tests.storage.stocked import NOW, TODAY, card_id


def _questions(database: Database, search: Search) -> set[str]:
    with database.reading() as connection:
        query = (
            select(CARDS.c.question)
            .select_from(listing.with_state("alice"))
            .where(*browse_filters.conditions(connection, search, TODAY))
        )
        return {str(question) for (question,) in connection.execute(query)}


def test_each_state_finds_its_cards(stocked: Database) -> None:
    stride, padding = card_id(stocked, "Stride"), card_id(stocked, "Padding")
    pooling = card_id(stocked, "Pooling")
    with stocked.transaction() as connection:
        grading.record_grade(connection, "alice", stride, 5, when=NOW, today=TODAY)
        grading.set_aside(connection, "alice", padding, suspended=True)
        grading.set_aside(connection, "alice", pooling, buried_until=TODAY + timedelta(days=1))
    assert _questions(stocked, Search(states=("learning",))) == {"Stride"}
    assert _questions(stocked, Search(states=("suspended",))) == {"Padding"}
    assert _questions(stocked, Search(states=("buried",))) == {"Pooling"}
    assert _questions(stocked, Search(states=("new",))) == {"Supremum", "Infimum"}
    assert _questions(stocked, Search(decks=("ml",), states=("new", "learning"))) == {"Stride"}


def test_an_unknown_state_or_sort_is_refused_naming_the_known_ones(stocked: Database) -> None:
    with (
        stocked.reading() as connection,
        pytest.raises(ValueError, match=r"no state .sleepy.: one of rejected, retired, new"),
    ):
        browse_filters.conditions(connection, Search(states=("sleepy",)), TODAY)
    with pytest.raises(ValueError, match="cannot sort by 'colour'"):
        browse_filters.ordering(Search(sort="colour"), TODAY, None)
