"""A profile's schedule for a card and its reviews: reading and saving a schedule,
recording a grade with its log entry, suspending or burying a card, counting reviews."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import Connection, func, insert, select, update

from notecards.core.model import Schedule
from notecards.storage.listing import schedule_of_row
from notecards.storage.repo import as_utc, centi, from_centi
from notecards.storage.tables import CARDS as _CARDS
from notecards.storage.tables import REVIEWS as _REVIEWS
from notecards.storage.tables import STATES as _STATES

if TYPE_CHECKING:
    from notecards.core.scheduling import Scheduler


@dataclass(frozen=True, slots=True)
class Graded:
    """A grade as recorded: the review's id and the schedule before and after it."""

    review_id: int
    before: Schedule | None
    after: Schedule


def card_id_of(connection: Connection, key: str) -> int | None:
    row = connection.execute(select(_CARDS.c.id).where(_CARDS.c.key == key)).first()
    return None if row is None else int(row[0])


def schedule_of(connection: Connection, profile: str, card_id: int) -> Schedule | None:
    row = connection.execute(
        select(_STATES).where(_STATES.c.profile == profile, _STATES.c.card_id == card_id)
    ).first()
    return None if row is None else schedule_of_row(row)


def _state_values(schedule: Schedule) -> dict[str, object]:
    return {
        "repetitions": schedule.repetitions,
        "easiness_centi": centi(schedule.easiness),
        "interval": schedule.interval,
        "due": schedule.due,
        "suspended": schedule.suspended,
        "buried_until": schedule.buried_until,
        "stability": schedule.stability,
        "difficulty": schedule.difficulty,
    }


def save_schedule(
    connection: Connection,
    profile: str,
    card_id: int,
    schedule: Schedule,
    *,
    reviewed_at: datetime | None = None,
) -> None:
    """Create or replace a profile's schedule for a card."""
    values = _state_values(schedule)
    if reviewed_at is not None:
        values["last_reviewed_at"] = reviewed_at
    updated = connection.execute(
        update(_STATES)
        .where(_STATES.c.profile == profile, _STATES.c.card_id == card_id)
        .values(values)
    )
    if updated.rowcount == 0:
        deck, retired = connection.execute(
            select(_CARDS.c.deck, _CARDS.c.retired).where(_CARDS.c.id == card_id)
        ).one()
        connection.execute(
            insert(_STATES).values(
                profile=profile, card_id=card_id, deck=deck, retired=retired, **values
            )
        )


def record_grade(
    connection: Connection,
    profile: str,
    card_id: int,
    quality: int,
    *,
    when: datetime,
    today: date,
    duration_ms: int = 0,
    reschedule: bool = True,
    scheduler: Scheduler | None = None,
) -> Graded:
    """Grade a card: its new schedule (by ``scheduler``: SM-2 unless told) and a review log
    entry, in the caller's transaction.

    With ``reschedule=False`` (a same-day repeat) the log gets the grade but the schedule
    stays as it was.
    """
    from notecards.core.scheduling import Scheduler, next_schedule

    when = as_utc(when)
    before = schedule_of(connection, profile, card_id)
    if reschedule:
        after = next_schedule(scheduler or Scheduler(), before, quality, today)
        save_schedule(connection, profile, card_id, after, reviewed_at=when)
    else:
        if before is None or before.due is None:
            raise ValueError("a same-day repeat needs a card that was graded already")
        after = before
    due = after.due
    assert due is not None
    review_id = connection.execute(
        insert(_REVIEWS)
        .values(
            profile=profile,
            card_id=card_id,
            reviewed_at=when,
            quality=quality,
            duration_ms=duration_ms,
            before_repetitions=before.repetitions if before and before.due else None,
            before_easiness_centi=centi(before.easiness) if before and before.due else None,
            before_interval=before.interval if before and before.due else None,
            before_due=before.due if before else None,
            after_repetitions=after.repetitions,
            after_easiness_centi=centi(after.easiness),
            after_interval=after.interval,
            after_due=due,
        )
        .returning(_REVIEWS.c.id)
    ).scalar_one()
    return Graded(int(review_id), before, after)


def set_aside(
    connection: Connection,
    profile: str,
    card_id: int,
    *,
    suspended: bool | None = None,
    buried_until: date | None = None,
) -> Schedule:
    """Suspend/unsuspend or bury a card for a profile (a new card gets a schedule row)."""
    current = schedule_of(connection, profile, card_id) or Schedule(
        repetitions=0, easiness=from_centi(250), interval=0, due=None
    )
    changed = replace(
        current,
        suspended=current.suspended if suspended is None else suspended,
        buried_until=buried_until or current.buried_until,
    )
    save_schedule(connection, profile, card_id, changed)
    return changed


def review_count(connection: Connection, profile: str, card_id: int | None = None) -> int:
    query = select(func.count()).select_from(_REVIEWS).where(_REVIEWS.c.profile == profile)
    if card_id is not None:
        query = query.where(_REVIEWS.c.card_id == card_id)
    return int(connection.execute(query).scalar_one())
