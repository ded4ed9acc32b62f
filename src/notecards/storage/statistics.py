"""Queries behind the statistics screen: past reviews, the due forecast, cards by state,
and retention per deck. Each takes a connection and a profile and returns plain values.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import Connection, Integer, and_, case, func, select

from notecards.core.model import CardStatus
from notecards.storage.repo import LEARNED_REPETITIONS, as_utc
from notecards.storage.tables import CARDS as _CARDS
from notecards.storage.tables import REVIEWS as _REVIEWS
from notecards.storage.tables import STATES as _STATES

PASSING_GRADE = 3


def review_times(connection: Connection, profile: str, since: datetime) -> list[datetime]:
    """When each review since ``since`` was given, in UTC (the caller buckets them by day)."""
    return [
        as_utc(moment)
        for (moment,) in connection.execute(
            select(_REVIEWS.c.reviewed_at).where(
                _REVIEWS.c.profile == profile, _REVIEWS.c.reviewed_at >= as_utc(since)
            )
        )
    ]


def forecast(connection: Connection, profile: str, today: date, days: int) -> dict[date, int]:
    """Cards coming due on each of the ``days`` days from ``today`` (overdue ones count today)."""
    last = today + timedelta(days=days - 1)
    rows = connection.execute(
        select(_STATES.c.due, func.count())
        .where(
            _STATES.c.profile == profile,
            _STATES.c.retired.is_(False),
            _STATES.c.suspended.is_(False),
            _STATES.c.rejected.is_(False),
            _STATES.c.due <= last,
        )
        .group_by(_STATES.c.due)
    )
    counts = {today + timedelta(days=offset): 0 for offset in range(days)}
    for due, count in rows:
        counts[max(due, today)] += int(count)
    return counts


def state_counts(connection: Connection, profile: str, today: date) -> dict[CardStatus, int]:
    """How many cards are in each state for the profile."""
    active, retired = (
        int(
            connection.execute(
                select(func.count()).select_from(_CARDS).where(_CARDS.c.retired.is_(flag))
            ).scalar_one()
        )
        for flag in (False, True)
    )
    buried = and_(_STATES.c.buried_until.is_not(None), _STATES.c.buried_until > today)
    status = case(
        (_STATES.c.rejected.is_(True), CardStatus.REJECTED.value),
        (_STATES.c.suspended.is_(True), CardStatus.SUSPENDED.value),
        (buried, CardStatus.BURIED.value),
        (_STATES.c.due.is_(None), CardStatus.NEW.value),
        (_STATES.c.repetitions < LEARNED_REPETITIONS, CardStatus.LEARNING.value),
        else_=CardStatus.REVIEW.value,
    )
    scheduled = {
        CardStatus(name): int(count)
        for name, count in connection.execute(
            select(status, func.count())
            .where(_STATES.c.profile == profile, _STATES.c.retired.is_(False))
            .group_by(status)
        )
    }
    counts = {state: scheduled.get(state, 0) for state in CardStatus}
    counts[CardStatus.NEW] += active - sum(scheduled.values())
    counts[CardStatus.RETIRED] = retired
    return counts


def retention(connection: Connection, profile: str) -> list[tuple[str, int, int]]:
    """Per deck: reviews given and how many of them were graded 3 or more."""
    passed = func.sum(case((_REVIEWS.c.quality >= PASSING_GRADE, 1), else_=0)).cast(Integer)
    rows = connection.execute(
        select(_STATES.c.deck, func.count(), passed)
        .select_from(
            _REVIEWS.join(
                _STATES,
                and_(
                    _STATES.c.profile == _REVIEWS.c.profile,
                    _STATES.c.card_id == _REVIEWS.c.card_id,
                ),
            )
        )
        .where(_REVIEWS.c.profile == profile, _STATES.c.rejected.is_(False))
        .group_by(_STATES.c.deck)
        .order_by(_STATES.c.deck)
    )
    return [(str(deck), int(total), int(good or 0)) for deck, total, good in rows]
