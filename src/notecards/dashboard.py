"""What the decks and statistics screens, ``notecards due`` and the reminder show about a profile.

Each reads one consistent picture of the profile's day: the day plan (what is due, repeated,
learning and new today, per deck and within the daily limits: :mod:`notecards.core.day_plan`),
the next day with work when there is none today, and the statistics. No user interface here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from notecards.core.day_plan import DayPlan, DeckPlan
from notecards.core.model import CardStatus
from notecards.localday import day_start, local_zone
from notecards.storage import browsing, planning, reviewing, statistics
from notecards.storage.browsing import DeckTriage

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from notecards.config import Settings
    from notecards.storage.db import Database

HISTORY_DAYS = 371  # 53 weeks of past reviews for the heatmap
FORECAST_DAYS = 30


@dataclass(frozen=True, slots=True)
class Limits:
    new_per_day: int
    reviews_per_day: int


@dataclass(frozen=True, slots=True)
class Overview:
    """Every deck with what is to do in it today, and what comes next."""

    plan: DayPlan
    next_due: date | None  # the next day with something to do, when there is nothing today

    @property
    def total(self) -> DeckPlan:
        return self.plan.total

    @property
    def decks(self) -> tuple[DeckPlan, ...]:
        return self.plan.decks

    @property
    def new_left(self) -> int:
        return self.plan.new_left

    @property
    def reviews_left(self) -> int:
        return self.plan.reviews_left


@dataclass(frozen=True, slots=True)
class DeckRetention:
    deck: str
    reviews: int
    passed: int  # graded 3 or more

    @property
    def share(self) -> float:
        return self.passed / self.reviews if self.reviews else 0.0


@dataclass(frozen=True, slots=True)
class Stats:
    today: date
    daily_reviews: dict[date, int]  # every day of the last HISTORY_DAYS, today included
    forecast: dict[date, int]  # reviews on each of the next FORECAST_DAYS days (today: the plan)
    by_state: dict[CardStatus, int]
    retention: tuple[DeckRetention, ...]
    plan: DayPlan
    # per deck: cards accepted, rejected and waiting in the inbox (the extractor's precision)
    triage: tuple[DeckTriage, ...] = ()

    @property
    def judged(self) -> bool:
        """Whether the profile rejected a card or has some waiting in the inbox."""
        return any(row.rejected or row.untriaged for row in self.triage)


def day_plan(database: Database, profile: str, today: date, limits: Limits) -> DayPlan:
    """Today's plan for ``profile`` (``today`` is a local calendar day)."""
    with database.reading() as connection:
        return _plan(connection, profile, today, limits)


def plan_of_settings(database: Database, settings: Settings) -> DayPlan:
    """Today's plan for the settings' profile and limits, today being the local calendar day
    (as the decks screen, ``notecards due`` and the reminder show it)."""
    import datetime as dt

    from notecards.localday import local_date

    limits = Limits(settings.new_per_day, settings.reviews_per_day)
    return day_plan(database, settings.profile, local_date(dt.datetime.now(dt.UTC)), limits)


def _plan(connection: Connection, profile: str, today: date, limits: Limits) -> DayPlan:
    return planning.day_plan(
        connection,
        profile,
        today,
        day_start(today),
        new_per_day=limits.new_per_day,
        reviews_per_day=limits.reviews_per_day,
    )


def overview(database: Database, profile: str, today: date, limits: Limits) -> Overview:
    """Today's plan and, when there is nothing to do today, the next day there is."""
    with database.reading() as connection:
        plan = _plan(connection, profile, today, limits)
        scheduled = reviewing.next_due(connection, profile, today)
    if plan.total.total:
        return Overview(plan, None)
    candidates = [day for day in (scheduled,) if day is not None]
    if plan.waiting_new or plan.waiting_reviews:
        candidates.append(today + timedelta(days=1))
    return Overview(plan, min(candidates) if candidates else None)


def stats(database: Database, profile: str, today: date, limits: Limits) -> Stats:
    """The statistics screen's figures; today's forecast is today's plan."""
    first_day = today - timedelta(days=HISTORY_DAYS - 1)
    zone = local_zone()
    with database.reading() as connection:
        moments = statistics.review_times(connection, profile, day_start(first_day))
        forecast = statistics.forecast(connection, profile, today, FORECAST_DAYS)
        by_state = statistics.state_counts(connection, profile, today)
        retention = statistics.retention(connection, profile)
        plan = _plan(connection, profile, today, limits)
        triage = browsing.deck_triage(connection, profile)
    forecast[today] = plan.total.due
    daily = {first_day + timedelta(days=offset): 0 for offset in range(HISTORY_DAYS)}
    for moment in moments:
        day = moment.astimezone(zone).date()
        if day in daily:
            daily[day] += 1
    return Stats(
        today=today,
        daily_reviews=daily,
        forecast=forecast,
        by_state=by_state,
        retention=tuple(DeckRetention(*row) for row in retention),
        plan=plan,
        triage=tuple(triage),
    )
