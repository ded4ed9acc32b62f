"""Queries a review session needs: what to ask today, what was done today, and undo.

Like ``repo``, every function takes a connection inside the caller's transaction and returns
``notecards.core.model`` values (or plain snapshots of rows, for undo).
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, Row, and_, delete, func, insert, or_, select, text

from notecards.core.model import Card, Schedule
from notecards.storage.listing import SCHEDULE_COLUMNS, in_deck, schedule_of_row, with_state
from notecards.storage.repo import as_utc, card_of
from notecards.storage.tables import CARDS as _CARDS
from notecards.storage.tables import REVIEWS as _REVIEWS
from notecards.storage.tables import STATES as _STATES

# a grade below this brings the card back the same day (SM-2's same-day rule)
SAME_DAY_PASS = 4


@dataclass(frozen=True, slots=True)
class QueuedCard:
    """A card to be asked, with its schedule for the profile (None: never graded)."""

    card_id: int
    card: Card
    root: str
    schedule: Schedule | None


@dataclass(frozen=True, slots=True)
class DayActivity:
    """What a profile did since the start of its day."""

    new_cards: frozenset[int]  # cards graded for the first time
    review_cards: frozenset[int]  # cards on a schedule that were graded
    repeats: tuple[int, ...]  # cards whose last grade today was below SAME_DAY_PASS

    def new_left(self, new_per_day: int) -> int:
        """How many new cards today's limit still allows."""
        return max(0, new_per_day - len(self.new_cards))

    def reviews_left(self, reviews_per_day: int) -> int:
        """How many scheduled reviews today's limit still allows."""
        return max(0, reviews_per_day - len(self.review_cards))


def _not_set_aside(today: date) -> Any:
    """On a schedule row: the card may be asked today (not suspended, buried, rejected, or
    waiting in the inbox)."""
    return and_(
        _STATES.c.suspended.is_(False),
        or_(_STATES.c.buried_until.is_(None), _STATES.c.buried_until <= today),
        _STATES.c.rejected.is_(False),
        _STATES.c.triaged.is_(True),
    )


def _queued(row: Row[Any], has_state: bool) -> QueuedCard:
    return QueuedCard(row.id, card_of(row), row.root, schedule_of_row(row) if has_state else None)


def due_cards(
    connection: Connection, profile: str, today: date, deck: str | None, limit: int
) -> list[QueuedCard]:
    """Cards scheduled for ``today`` or earlier, most overdue first."""
    if limit <= 0:
        return []
    query = (
        select(_CARDS, *SCHEDULE_COLUMNS)
        .select_from(_STATES.join(_CARDS, _CARDS.c.id == _STATES.c.card_id))
        .where(
            _STATES.c.profile == profile,
            _STATES.c.retired.is_(False),
            _STATES.c.due <= today,
            _not_set_aside(today),
        )
        .order_by(_STATES.c.due, _CARDS.c.id)
        .limit(limit)
    )
    if deck is not None:
        query = query.where(in_deck(_STATES.c.deck, deck))
    return [_queued(row, True) for row in connection.execute(query)]


def new_cards(
    connection: Connection, profile: str, today: date, deck: str | None, limit: int
) -> list[QueuedCard]:
    """Cards never graded, oldest first (a sync adds a folder's cards in note and line order)."""
    if limit <= 0:
        return []
    joined = with_state(profile)
    query = (
        select(_CARDS, _STATES.c.card_id.label("has_state"))
        .select_from(joined)
        .where(
            _CARDS.c.retired.is_(False),
            or_(
                _STATES.c.card_id.is_(None),
                and_(_STATES.c.due.is_(None), _not_set_aside(today)),
            ),
        )
        .order_by(_CARDS.c.id)
        .limit(limit)
    )
    if deck is not None:
        query = query.where(in_deck(_CARDS.c.deck, deck))
    return [_queued(row, False) for row in connection.execute(query)]


def cards_to_ask(
    connection: Connection,
    profile: str,
    today: date,
    ids: Sequence[int],
    deck: str | None = None,
) -> dict[int, QueuedCard]:
    """Those of ``ids`` (in ``deck`` and the decks under it, if given) that may still be
    asked today: not retired, suspended or buried."""
    if not ids:
        return {}
    joined = with_state(profile)
    query = (
        select(_CARDS, *SCHEDULE_COLUMNS, _STATES.c.card_id.label("has_state"))
        .select_from(joined)
        .where(
            _CARDS.c.id.in_(list(ids)),
            _CARDS.c.retired.is_(False),
            or_(_STATES.c.card_id.is_(None), _not_set_aside(today)),
        )
    )
    if deck is not None:
        query = query.where(in_deck(_CARDS.c.deck, deck))
    return {row.id: _queued(row, row.has_state is not None) for row in connection.execute(query)}


def day_activity(connection: Connection, profile: str, since: datetime) -> DayActivity:
    """New cards seen, scheduled cards reviewed and cards still to repeat, since ``since``."""
    rows = connection.execute(
        select(_REVIEWS.c.card_id, _REVIEWS.c.before_due, _REVIEWS.c.quality)
        .where(_REVIEWS.c.profile == profile, _REVIEWS.c.reviewed_at >= as_utc(since))
        .order_by(_REVIEWS.c.reviewed_at, _REVIEWS.c.id)
    )
    new: set[int] = set()
    reviewed: set[int] = set()
    last_grade: dict[int, int] = {}
    for card_id, before_due, quality in rows:
        (new if before_due is None else reviewed).add(card_id)
        last_grade[card_id] = quality
    repeats = tuple(card for card, grade in last_grade.items() if grade < SAME_DAY_PASS)
    return DayActivity(frozenset(new), frozenset(reviewed - new), repeats)


def next_due(connection: Connection, profile: str, today: date) -> date | None:
    """The first day after ``today`` on which a scheduled card comes due (or is unburied)."""
    scheduled = connection.execute(
        select(func.min(_STATES.c.due)).where(
            _STATES.c.profile == profile,
            _STATES.c.retired.is_(False),
            _STATES.c.suspended.is_(False),
            _STATES.c.rejected.is_(False),
            _STATES.c.due > today,
        )
    ).scalar_one()
    unburied = connection.execute(
        select(func.min(_STATES.c.buried_until)).where(
            _STATES.c.profile == profile,
            _STATES.c.retired.is_(False),
            _STATES.c.suspended.is_(False),
            _STATES.c.rejected.is_(False),
            _STATES.c.due.is_not(None),
            _STATES.c.buried_until > today,
        )
    ).scalar_one()
    days = [day for day in (scheduled, unburied) if day is not None]
    return min(days) if days else None


# --- one card at a time -------------------------------------------------------------------------


def hold_card(connection: Connection, profile: str, card_id: int) -> None:
    """Make other sessions of ``profile`` that grade, bury or undo this card wait until the
    caller's transaction ends, so that each reads the schedule the other wrote.

    On SQLite a writing transaction holds the database's write lock from its start already.
    On PostgreSQL two sessions could otherwise both find no schedule row for a new card and
    both insert one (the second failing with a duplicate key), or both update from the same
    old schedule (one grade lost); a row lock cannot help when the row does not exist yet, so
    this takes a transaction-level advisory lock on (profile, card).
    """
    if connection.dialect.name != "postgresql":
        return
    profile_key = zlib.crc32(profile.encode("utf-8"))
    if profile_key >= 2**31:  # the lock takes two signed 32-bit keys
        profile_key -= 2**32
    connection.execute(
        text("SELECT pg_advisory_xact_lock(:profile, :card)"),
        {"profile": profile_key, "card": card_id},
    )


# --- undo ---------------------------------------------------------------------------------------

StateSnapshot = dict[str, Any]


def state_snapshot(connection: Connection, profile: str, card_id: int) -> StateSnapshot | None:
    """Every column of a profile's schedule row for a card, exactly as stored."""
    row = connection.execute(
        select(_STATES).where(_STATES.c.profile == profile, _STATES.c.card_id == card_id)
    ).first()
    return None if row is None else dict(row._mapping)


def restore_state(
    connection: Connection, profile: str, card_id: int, snapshot: StateSnapshot | None
) -> None:
    """Put a schedule row back exactly as ``snapshot`` holds it (None: no row at all)."""
    connection.execute(
        delete(_STATES).where(_STATES.c.profile == profile, _STATES.c.card_id == card_id)
    )
    if snapshot is not None:
        connection.execute(insert(_STATES).values(snapshot))


def delete_review(connection: Connection, profile: str, review_id: int) -> bool:
    """Remove one review from the log; False if it was not there."""
    result = connection.execute(
        delete(_REVIEWS).where(_REVIEWS.c.id == review_id, _REVIEWS.c.profile == profile)
    )
    return bool(result.rowcount)
