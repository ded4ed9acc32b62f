"""A profile's scheduler in the database: which one its schedules follow, its fitted FSRS
parameters, and rescheduling every card from the review log when the scheduler changes.

The review log is the source of truth. ``card_states`` holds what the profile's scheduler
(recorded in ``profile_schedulers.scheduled_by``) makes of it; when a review session starts
under another scheduler (SM-2 to FSRS, other FSRS settings or parameters, and back), every
card the profile graded is replayed through the new one (:func:`notecards.core.scheduling.replay`)
in one transaction, so an interrupted switch leaves the old schedules whole. Suspensions and
burials stay as they were.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, insert, select, update

from notecards.core.scheduling import LoggedReview, Scheduler, replay
from notecards.localday import local_date
from notecards.storage.repo import as_utc
from notecards.storage.tables import PROFILE_SCHEDULERS as _PROFILES
from notecards.storage.tables import REVIEWS as _REVIEWS
from notecards.storage.tables import STATES as _STATES

Progress = Callable[[int, int], None]  # (cards done, cards in all)


@dataclass(frozen=True, slots=True)
class Fitted:
    """FSRS parameters fitted to a profile's reviews."""

    parameters: tuple[float, ...]
    fitted_at: datetime
    reviews: int


@dataclass(frozen=True, slots=True)
class CardLog:
    """One card's reviews by one profile, oldest first, with their times."""

    card_id: int
    reviews: tuple[LoggedReview, ...]
    times: tuple[datetime, ...]


def _row(connection: Connection, profile: str) -> Any:
    return connection.execute(select(_PROFILES).where(_PROFILES.c.profile == profile)).first()


def scheduled_by(connection: Connection, profile: str) -> str | None:
    """The key of the scheduler the profile's schedules follow (None: never recorded)."""
    row = _row(connection, profile)
    return None if row is None else row.scheduled_by


def fitted(connection: Connection, profile: str) -> Fitted | None:
    """The FSRS parameters fitted to the profile's reviews, if ``optimize`` kept any."""
    row = _row(connection, profile)
    if row is None or row.parameters is None:
        return None
    return Fitted(tuple(json.loads(row.parameters)), as_utc(row.fitted_at), row.fitted_reviews)


def _store(connection: Connection, profile: str, values: dict[str, Any]) -> None:
    changed = connection.execute(
        update(_PROFILES).where(_PROFILES.c.profile == profile).values(values)
    )
    if changed.rowcount == 0:
        connection.execute(insert(_PROFILES).values(profile=profile, **values))


def store_fitted(connection: Connection, profile: str, fitted: Fitted | None) -> None:
    """Keep (None: forget) the profile's fitted parameters."""
    _store(
        connection,
        profile,
        {
            "parameters": None if fitted is None else json.dumps(list(fitted.parameters)),
            "fitted_at": None if fitted is None else as_utc(fitted.fitted_at),
            "fitted_reviews": None if fitted is None else fitted.reviews,
        },
    )


def logged(row: Any) -> LoggedReview:
    """A review row as the schedulers read it: its grade, its day and whether it scheduled
    the card. Its day is the one its schedule counted from (due less interval), which is the
    local day it was given on; a due date at the calendar's end falls back to the clock."""
    scheduled = row.before_due is None or row.after_due != row.before_due
    if row.after_due < date.max:
        day = row.after_due - timedelta(days=row.after_interval)
    else:
        day = local_date(as_utc(row.reviewed_at))
    return LoggedReview(row.quality, day, scheduled)


def card_logs(
    connection: Connection, profile: str, card_id: int | None = None
) -> Iterator[CardLog]:
    """Every card the profile graded (or only ``card_id``), with its reviews in the order
    they were given."""
    query = (
        select(
            _REVIEWS.c.card_id,
            _REVIEWS.c.reviewed_at,
            _REVIEWS.c.quality,
            _REVIEWS.c.before_due,
            _REVIEWS.c.after_due,
            _REVIEWS.c.after_interval,
        )
        .where(_REVIEWS.c.profile == profile)
        .order_by(_REVIEWS.c.card_id, _REVIEWS.c.reviewed_at, _REVIEWS.c.id)
    )
    if card_id is not None:
        query = query.where(_REVIEWS.c.card_id == card_id)
    rows = connection.execute(query)
    card: int | None = None
    reviews: list[LoggedReview] = []
    times: list[datetime] = []
    for row in rows:
        if row.card_id != card:
            if card is not None:
                yield CardLog(card, tuple(reviews), tuple(times))
            card, reviews, times = row.card_id, [], []
        reviews.append(logged(row))
        times.append(as_utc(row.reviewed_at))
    if card is not None:
        yield CardLog(card, tuple(reviews), tuple(times))


def reschedule(
    connection: Connection,
    profile: str,
    scheduler: Scheduler,
    progress: Progress | None = None,
) -> int:
    """Replay every card the profile graded through ``scheduler`` and record it as the
    profile's; returns how many cards were rescheduled. In the caller's transaction."""
    logs = list(card_logs(connection, profile))
    for done, log in enumerate(logs, 1):
        _replay(connection, profile, scheduler, log)
        if progress is not None and (done % 500 == 0 or done == len(logs)):
            progress(done, len(logs))
    store_scheduled_by(connection, profile, scheduler)
    return len(logs)


def _replay(connection: Connection, profile: str, scheduler: Scheduler, log: CardLog) -> None:
    schedule = replay(scheduler, log.reviews)
    if schedule is None:
        return
    connection.execute(
        update(_STATES)
        .where(_STATES.c.profile == profile, _STATES.c.card_id == log.card_id)
        .values(
            repetitions=schedule.repetitions,
            easiness_centi=int(schedule.easiness * 100),
            interval=schedule.interval,
            due=schedule.due,
            stability=schedule.stability,
            difficulty=schedule.difficulty,
        )
    )


def reschedule_card(
    connection: Connection, profile: str, card_id: int, scheduler: Scheduler
) -> None:
    """Replay one card's history through ``scheduler`` (a card another session graded with
    the other scheduler since the profile switched). In the caller's transaction."""
    for log in card_logs(connection, profile, card_id):
        _replay(connection, profile, scheduler, log)


def store_scheduled_by(connection: Connection, profile: str, scheduler: Scheduler) -> None:
    """Record that the profile's schedules are ``scheduler``'s."""
    _store(connection, profile, {"scheduled_by": scheduler.key})


def needs_rescheduling(connection: Connection, profile: str, scheduler: Scheduler) -> bool:
    """Whether the profile's schedules were made by another scheduler than ``scheduler``
    (schedules from before schedulers were recorded are SM-2's)."""
    return (scheduled_by(connection, profile) or "sm2") != scheduler.key
