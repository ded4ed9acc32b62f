"""The scheduler in effect for a profile, and bringing its schedules in line with it.

The settings say which scheduler (``sm2`` or ``fsrs``) and FSRS's desired retention and
maximum interval; the database holds the FSRS parameters fitted to the profile's reviews
(``notecards optimize``; the defaults until then). When the profile's schedules were made by
another scheduler, :func:`align` replays the review log through this one (see
:mod:`notecards.storage.rescheduling`): that is all switching takes, either way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from notecards.core.scheduling import Scheduler, SchedulerKind
from notecards.storage import rescheduling

if TYPE_CHECKING:
    from notecards.config import Settings
    from notecards.storage.db import Database
    from notecards.storage.rescheduling import Progress


def in_effect(database: Database, settings: Settings, kind: str | None = None) -> Scheduler:
    """The profile's scheduler: ``kind`` (else the settings' one), with its fitted FSRS
    parameters when ``optimize`` kept some."""
    scheduler = Scheduler(
        SchedulerKind(kind or settings.scheduler),
        settings.desired_retention,
        settings.maximum_interval,
    )
    if scheduler.kind is SchedulerKind.SM2:
        return scheduler
    with database.reading() as connection:
        fitted = rescheduling.fitted(connection, settings.profile)
    return scheduler.with_parameters(None if fitted is None else fitted.parameters)


def align(
    database: Database, profile: str, scheduler: Scheduler, progress: Progress | None = None
) -> int | None:
    """Reschedule the profile's cards from its review log if they follow another scheduler;
    how many cards were rescheduled (None: they already follow this one)."""
    with database.reading() as connection:
        if not rescheduling.needs_rescheduling(connection, profile, scheduler):
            return None
    with database.transaction() as connection:
        if not rescheduling.needs_rescheduling(connection, profile, scheduler):
            return None
        return rescheduling.reschedule(connection, profile, scheduler, progress)
