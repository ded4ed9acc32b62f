"""Counting a profile's day: due, learning, repeats and new cards per deck, on SQLite and
PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from notecards.storage import marking, planning, reviewing
from notecards.storage.db import Database
from notecards.study import StudySession
from notecards.sync import sync
from tests.conftest import notes_folder

NOTES = {
    "ml/cnn.md": "- Stride: 필터의 보폭\n- Padding: 가장자리를 채우기\n- Pooling: 크기 줄이기\n",
    "math/sets.md": "- Supremum: 최소 상계\n- Infimum: 최대 하계\n",
}


def test_cards_still_being_learnt_are_counted_among_the_due_ones_only(
    database: Database, tmp_path: Path
) -> None:
    """Three cards learnt yesterday are due today and still learning; a suspended one is
    neither due nor learning; the decks never studied are all new."""
    sync(database, [notes_folder(tmp_path / "notes", NOTES)])
    yesterday = datetime.now(UTC) - timedelta(days=1)
    session = StudySession(database, "me", new_per_day=3, clock=lambda: yesterday)
    session.start("ml")
    studied = []
    for _ in range(3):
        assert session.current is not None
        studied.append(session.current.card_id)
        session.reveal()
        session.grade(5)
    now = datetime.now(UTC)
    with database.transaction() as connection:
        marking.suspend(connection, "me", studied[:1], True)
    with database.reading() as connection:
        activity = reviewing.day_activity(connection, "me", now - timedelta(hours=1))
        work = {
            deck.deck: deck for deck in planning.deck_work(connection, "me", now.date(), activity)
        }
    assert (work["ml"].due, work["ml"].learning, work["ml"].new) == (2, 2, 0)
    assert (work["math"].due, work["math"].learning, work["math"].new) == (0, 0, 2)
