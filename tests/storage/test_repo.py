"""Cards as a sync stores them, counted for a profile's day as they come and go."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from notecards.storage import grading
from notecards.storage.db import Database
from notecards.sync import sync
from tests.storage.stocked import NOW, TODAY, card_id, summary


def test_day_counts_per_deck(stocked: Database) -> None:
    with stocked.transaction() as connection:
        grading.record_grade(
            connection, "alice", card_id(stocked, "Stride"), 4, when=NOW, today=TODAY
        )
        grading.set_aside(
            connection, "alice", card_id(stocked, "Pooling"), buried_until=TODAY + timedelta(1)
        )
    with stocked.reading() as connection:
        today = summary(connection, "alice", TODAY)
        assert (today.total.due, today.total.new) == (0, 3)
        later = summary(connection, "alice", TODAY + timedelta(days=1))
    assert later.total.due == 1 and later.total.new == 4  # the burial is over
    assert {(d.deck, d.due, d.new) for d in later.own} == {("ml", 1, 2), ("notes", 0, 2)}


def test_retired_reviewed_cards_leave_the_due_counts_and_revived_ones_return(
    stocked: Database, tmp_path: Path
) -> None:
    stride = card_id(stocked, "Stride")
    with stocked.transaction() as connection:
        grading.record_grade(connection, "alice", stride, 4, when=NOW, today=TODAY)
    tomorrow = TODAY + timedelta(days=1)
    note = tmp_path / "notes" / "ml" / "cnn.md"
    original = note.read_text("utf-8")
    note.write_text(original.replace("- Stride: 필터의 보폭\n", ""), "utf-8")
    sync(stocked, [tmp_path / "notes"], now=NOW)
    with stocked.reading() as connection:
        assert summary(connection, "alice", tomorrow).total.due == 0
        assert summary(connection, "alice", tomorrow).total.new == 4
    note.write_text(original, "utf-8")
    sync(stocked, [tmp_path / "notes"], now=NOW)
    with stocked.reading() as connection:
        assert summary(connection, "alice", tomorrow).total.due == 1
        assert summary(connection, "alice", tomorrow).total.new == 4
