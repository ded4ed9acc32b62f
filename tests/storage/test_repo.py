"""Queries and grades, per profile."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Connection

from notecards.core.day_plan import DayPlan
from notecards.core.model import CardStatus
from notecards.storage import planning, repo
from notecards.storage.db import Database
from notecards.sync import sync

TODAY = date(2026, 3, 1)
NOW = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def stocked(database: Database, tmp_path: Path) -> Database:
    notes = tmp_path / "notes"
    (notes / "ml").mkdir(parents=True)
    (notes / "ml" / "cnn.md").write_text(
        "- Stride: 필터의 보폭\n- Padding: 가장자리 채우기\n- Pooling: 크기 줄이기\n", "utf-8"
    )
    (notes / "math.md").write_text("- Supremum: 최소 상계\n- Infimum: 최대 하계\n", "utf-8")
    sync(database, [notes], now=NOW)
    return database


def card_id(database: Database, question: str) -> int:
    with database.reading() as connection:
        listing = next(
            item
            for item in repo.list_cards(connection, "alice", TODAY, include_all=True)
            if item.card.question == question
        )
        found = repo.card_id_of(connection, listing.card.key)
    assert found is not None
    return found


def summary(connection: Connection, profile: str, day: date) -> DayPlan:
    """What ``day`` holds for ``profile``, with no daily limit and nothing done that day."""
    start = datetime.combine(day, time(0), tzinfo=UTC)
    return planning.day_plan(
        connection, profile, day, start, new_per_day=10**6, reviews_per_day=10**6
    )


def test_two_profiles_keep_their_own_schedules(stocked: Database) -> None:
    stride = card_id(stocked, "Stride")
    with stocked.transaction() as connection:
        repo.record_grade(connection, "alice", stride, 5, when=NOW, today=TODAY)
        repo.record_grade(connection, "bob", stride, 1, when=NOW, today=TODAY)
        repo.set_aside(connection, "bob", card_id(stocked, "Padding"), suspended=True)
    with stocked.reading() as connection:
        alice = {i.card.question: i for i in repo.list_cards(connection, "alice", TODAY)}
        bob = {
            i.card.question: i for i in repo.list_cards(connection, "bob", TODAY, include_all=True)
        }
        assert alice["Stride"].schedule is not None
        assert alice["Stride"].schedule.easiness == Decimal("2.60")
        assert bob["Stride"].schedule is not None
        assert bob["Stride"].schedule.easiness == Decimal("2.50")
        assert alice["Padding"].status is CardStatus.NEW
        assert bob["Padding"].status is CardStatus.SUSPENDED
        assert repo.review_count(connection, "alice") == 1
        assert repo.review_count(connection, "bob") == 1
        assert repo.review_count(connection, "carol") == 0
        tomorrow = TODAY + timedelta(days=1)
        assert summary(connection, "alice", tomorrow).total.due == 1
        assert summary(connection, "bob", tomorrow).total.new == 3  # Padding is suspended
        assert summary(connection, "carol", tomorrow).total.new == 5


def test_day_counts_per_deck(stocked: Database) -> None:
    with stocked.transaction() as connection:
        repo.record_grade(connection, "alice", card_id(stocked, "Stride"), 4, when=NOW, today=TODAY)
        repo.set_aside(
            connection, "alice", card_id(stocked, "Pooling"), buried_until=TODAY + timedelta(1)
        )
    with stocked.reading() as connection:
        today = summary(connection, "alice", TODAY)
        assert (today.total.due, today.total.new) == (0, 3)
        later = summary(connection, "alice", TODAY + timedelta(days=1))
    assert later.total.due == 1 and later.total.new == 4  # the burial is over
    assert {(d.deck, d.due, d.new) for d in later.own} == {("ml", 1, 2), ("notes", 0, 2)}


def test_statuses(stocked: Database) -> None:
    stride, padding = card_id(stocked, "Stride"), card_id(stocked, "Padding")
    with stocked.transaction() as connection:
        for day in range(3):
            repo.record_grade(
                connection, "alice", stride, 5, when=NOW, today=TODAY + timedelta(days=day)
            )
        repo.record_grade(connection, "alice", padding, 5, when=NOW, today=TODAY)
    with stocked.reading() as connection:
        status = {
            item.card.question: item.status for item in repo.list_cards(connection, "alice", TODAY)
        }
    assert status["Stride"] is CardStatus.REVIEW
    assert status["Padding"] is CardStatus.LEARNING
    assert status["Supremum"] is CardStatus.NEW


def test_same_day_repeat_logs_without_rescheduling(stocked: Database) -> None:
    stride = card_id(stocked, "Stride")
    with stocked.transaction() as connection:
        first = repo.record_grade(connection, "alice", stride, 2, when=NOW, today=TODAY)
        again = repo.record_grade(
            connection, "alice", stride, 5, when=NOW, today=TODAY, reschedule=False
        )
        assert again.after == first.after
        assert repo.review_count(connection, "alice", stride) == 2


def test_list_filters(stocked: Database) -> None:
    with stocked.transaction() as connection:
        repo.set_aside(connection, "alice", card_id(stocked, "Stride"), suspended=True)
    with stocked.reading() as connection:
        assert {
            i.card.question for i in repo.list_cards(connection, "alice", TODAY, deck="ml")
        } == {
            "Padding",
            "Pooling",
        }
        everything = repo.list_cards(connection, "alice", TODAY, deck="ml", include_all=True)
        assert len(everything) == 3


def test_retired_reviewed_cards_leave_the_due_counts_and_revived_ones_return(
    stocked: Database, tmp_path: Path
) -> None:
    stride = card_id(stocked, "Stride")
    with stocked.transaction() as connection:
        repo.record_grade(connection, "alice", stride, 4, when=NOW, today=TODAY)
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
