"""A profile's schedules and reviews: grades, same-day repeats, setting cards aside."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from notecards.core.model import CardStatus
from notecards.storage import grading, listing
from notecards.storage.db import Database
from tests.storage.stocked import NOW, TODAY, card_id, summary


def test_two_profiles_keep_their_own_schedules(stocked: Database) -> None:
    stride = card_id(stocked, "Stride")
    with stocked.transaction() as connection:
        grading.record_grade(connection, "alice", stride, 5, when=NOW, today=TODAY)
        grading.record_grade(connection, "bob", stride, 1, when=NOW, today=TODAY)
        grading.set_aside(connection, "bob", card_id(stocked, "Padding"), suspended=True)
    with stocked.reading() as connection:
        alice = {i.card.question: i for i in listing.list_cards(connection, "alice", TODAY)}
        bob = {
            i.card.question: i
            for i in listing.list_cards(connection, "bob", TODAY, include_all=True)
        }
        assert alice["Stride"].schedule is not None
        assert alice["Stride"].schedule.easiness == Decimal("2.60")
        assert bob["Stride"].schedule is not None
        assert bob["Stride"].schedule.easiness == Decimal("2.50")
        assert alice["Padding"].status is CardStatus.NEW
        assert bob["Padding"].status is CardStatus.SUSPENDED
        assert grading.review_count(connection, "alice") == 1
        assert grading.review_count(connection, "bob") == 1
        assert grading.review_count(connection, "carol") == 0
        tomorrow = TODAY + timedelta(days=1)
        assert summary(connection, "alice", tomorrow).total.due == 1
        assert summary(connection, "bob", tomorrow).total.new == 3  # Padding is suspended
        assert summary(connection, "carol", tomorrow).total.new == 5


def test_same_day_repeat_logs_without_rescheduling(stocked: Database) -> None:
    stride = card_id(stocked, "Stride")
    with stocked.transaction() as connection:
        first = grading.record_grade(connection, "alice", stride, 2, when=NOW, today=TODAY)
        again = grading.record_grade(
            connection, "alice", stride, 5, when=NOW, today=TODAY, reschedule=False
        )
        assert again.after == first.after
        assert grading.review_count(connection, "alice", stride) == 2
