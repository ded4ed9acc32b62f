"""Which scheduler moves a card, and how: SM-2 or FSRS-6, one grade at a time or a whole history.

- Grades are stored as SM-2 qualities (0-5) whichever scheduler gave them, so the review log
  means the same to both. FSRS reads them as ratings: 0-2 Again, 3 Hard, 4 Good, 5 Easy; its
  own Again, Hard, Good, Easy are stored as 1, 3, 4, 5 (so they read back unchanged).
- :func:`next_schedule` is one grade: SM-2 as published (:mod:`notecards.core.sm2`), or FSRS
  from the card's memory and the days since its last scheduling review (its due date less its
  interval), the interval rounded, at least a day and at most ``maximum_interval``. Under FSRS
  ``repetitions`` counts the passing grades since the last Again; ``easiness`` stays as it was.
- :func:`replay` is a card's whole history through one scheduler: the schedule the card would
  have if that scheduler had moved it from its first review. Grading live and replaying give
  the same schedule, so switching schedulers (and back) loses nothing: the log decides.
- A review schedules the card only when it is its first that day (a same-day repeat is logged
  and moves nothing), exactly as a review session does; the log records which ones did.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum

from notecards.core import sm2
from notecards.core.fsrs_model import DEFAULT_PARAMETERS, Memory, Model, check_parameters
from notecards.core.model import Schedule

DEFAULT_DESIRED_RETENTION = 0.90
DEFAULT_MAXIMUM_INTERVAL = 36_500
AGAIN, HARD, GOOD, EASY = 1, 2, 3, 4
RATING_NAMES = {AGAIN: "again", HARD: "hard", GOOD: "good", EASY: "easy"}
_QUALITY_OF_RATING = {AGAIN: 1, HARD: 3, GOOD: 4, EASY: 5}


class SchedulerKind(StrEnum):
    SM2 = "sm2"
    FSRS = "fsrs"


def rating_of(quality: int) -> int:
    """The FSRS rating an SM-2 quality counts as: 0-2 Again, 3 Hard, 4 Good, 5 Easy."""
    if quality not in sm2.QUALITIES:
        raise ValueError(f"an SM-2 quality is 0 to 5, not {quality}")
    return max(AGAIN, quality - 1)


def quality_of(rating: int) -> int:
    """The SM-2 quality an FSRS rating is stored as: Again 1, Hard 3, Good 4, Easy 5."""
    try:
        return _QUALITY_OF_RATING[rating]
    except KeyError:
        raise ValueError(f"an FSRS rating is 1 to 4, not {rating}") from None


@dataclass(frozen=True, slots=True)
class Scheduler:
    """The scheduler a profile uses, with FSRS's settings (ignored by SM-2)."""

    kind: SchedulerKind = SchedulerKind.SM2
    desired_retention: float = DEFAULT_DESIRED_RETENTION
    maximum_interval: int = DEFAULT_MAXIMUM_INTERVAL
    parameters: tuple[float, ...] = DEFAULT_PARAMETERS

    def __post_init__(self) -> None:
        if not 0.5 <= self.desired_retention <= 0.99:
            raise ValueError(
                f"desired_retention must be from 0.50 to 0.99, not {self.desired_retention}"
            )
        if not 1 <= self.maximum_interval <= sm2.MAXIMUM_INTERVAL:
            raise ValueError(
                f"maximum_interval must be from 1 to {sm2.MAXIMUM_INTERVAL} days, "
                f"not {self.maximum_interval}"
            )
        object.__setattr__(self, "parameters", check_parameters(self.parameters))

    @property
    def key(self) -> str:
        """What a profile's schedules were computed with: equal keys, equal schedules."""
        if self.kind is SchedulerKind.SM2:
            return "sm2"
        weights = json.dumps([round(value, 6) for value in self.parameters])
        digest = hashlib.sha256(weights.encode()).hexdigest()[:16]
        return f"fsrs r={self.desired_retention:.4f} max={self.maximum_interval} w={digest}"

    def with_parameters(self, parameters: Sequence[float] | None) -> Scheduler:
        """The same scheduler with fitted parameters (None: the defaults)."""
        return replace(self, parameters=tuple(parameters or DEFAULT_PARAMETERS))

    def model(self) -> Model:
        return _model(self.parameters)


_MODELS: dict[tuple[float, ...], Model] = {}


def _model(parameters: tuple[float, ...]) -> Model:
    model = _MODELS.get(parameters)
    if model is None:
        model = _MODELS[parameters] = Model(parameters)
    return model


def grades(scheduler: Scheduler) -> tuple[int, ...]:
    """The SM-2 qualities a user can give under ``scheduler``, in key order."""
    if scheduler.kind is SchedulerKind.SM2:
        return tuple(sm2.QUALITIES)
    return tuple(quality_of(rating) for rating in RATING_NAMES)


def _graded(before: Schedule | None) -> Schedule | None:
    return before if before is not None and before.due is not None else None


def next_schedule(
    scheduler: Scheduler, before: Schedule | None, quality: int, today: date
) -> Schedule:
    """The schedule after grading a card ``quality`` on ``today`` (``before``: its schedule,
    None or undated for a card never graded). A suspension is kept; a burial ends."""
    graded = _graded(before)
    if scheduler.kind is SchedulerKind.SM2:
        state = None
        if graded is not None:
            assert graded.due is not None
            state = sm2.SM2State(graded.repetitions, graded.easiness, graded.interval, graded.due)
        new = sm2.review(state, quality, today)
        after = Schedule(new.repetitions, new.easiness, new.interval, new.due)
    else:
        after = _fsrs_schedule(scheduler, graded, rating_of(quality), today)
    if before is None:
        return after
    return replace(after, suspended=before.suspended)


def _fsrs_schedule(
    scheduler: Scheduler, graded: Schedule | None, rating: int, today: date
) -> Schedule:
    memory, elapsed = _memory(graded, today)
    outcome = scheduler.model().outcomes(memory, elapsed, scheduler.desired_retention)[rating - 1]
    interval = max(1, min(scheduler.maximum_interval, round(outcome.interval)))
    repetitions = 0 if rating == AGAIN else (graded.repetitions if graded else 0) + 1
    easiness = graded.easiness if graded is not None else sm2.INITIAL_EASINESS
    return Schedule(
        repetitions,
        easiness,
        interval,
        _due(today, interval),
        stability=outcome.memory.stability,
        difficulty=outcome.memory.difficulty,
    )


def _memory(graded: Schedule | None, today: date) -> tuple[Memory | None, int]:
    """The card's FSRS memory and the days since its last scheduling review."""
    if graded is None or graded.stability is None or graded.difficulty is None:
        return None, 0  # never graded (or never by FSRS: then its replay gives the memory)
    assert graded.due is not None
    last = graded.due - timedelta(days=graded.interval)
    return Memory(graded.stability, graded.difficulty), max(0, (today - last).days)


def previews(scheduler: Scheduler, before: Schedule | None, today: date) -> dict[int, int]:
    """The interval in days each grade the user can give would set, by SM-2 quality."""
    return {
        quality: next_schedule(scheduler, before, quality, today).interval
        for quality in grades(scheduler)
    }


@dataclass(frozen=True, slots=True)
class LoggedReview:
    """A review as the log holds it: the grade, the day it scheduled the card for (its
    date), and whether it scheduled the card (False: a same-day repeat)."""

    quality: int
    day: date
    scheduled: bool


def replay(scheduler: Scheduler, reviews: Iterable[LoggedReview]) -> Schedule | None:
    """The schedule ``scheduler`` gives a card with these reviews, oldest first (None: none
    of them scheduled it)."""
    schedule: Schedule | None = None
    for review in reviews:
        if review.scheduled or schedule is None:
            schedule = next_schedule(scheduler, schedule, review.quality, review.day)
    return schedule


def _due(today: date, interval: int) -> date:
    if (date.max - today).days < interval:
        return date.max
    return today + timedelta(days=interval)
