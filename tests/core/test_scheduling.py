"""One grade, or a whole history, through SM-2 or FSRS-6 (notecards.core.scheduling)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from notecards.core.fsrs_model import DEFAULT_PARAMETERS, Model
from notecards.core.model import Schedule
from notecards.core.scheduling import (
    LoggedReview,
    Scheduler,
    SchedulerKind,
    grades,
    next_schedule,
    previews,
    quality_of,
    rating_of,
    replay,
)

DAY = date(2026, 1, 1)
FSRS = Scheduler(SchedulerKind.FSRS)


def test_grades_map_between_sm2_and_fsrs() -> None:
    assert [rating_of(quality) for quality in range(6)] == [1, 1, 1, 2, 3, 4]
    assert [quality_of(rating) for rating in (1, 2, 3, 4)] == [1, 3, 4, 5]
    assert all(rating_of(quality_of(rating)) == rating for rating in (1, 2, 3, 4))
    with pytest.raises(ValueError, match="0 to 5"):
        rating_of(6)
    with pytest.raises(ValueError, match="1 to 4"):
        quality_of(0)
    assert grades(Scheduler()) == (0, 1, 2, 3, 4, 5)
    assert grades(FSRS) == (1, 3, 4, 5)


def walk(scheduler: Scheduler, qualities: list[int]) -> list[Schedule]:
    """Each grade given on the day the card falls due."""
    schedule: Schedule | None = None
    day = DAY
    out = []
    for quality in qualities:
        schedule = next_schedule(scheduler, schedule, quality, day)
        out.append(schedule)
        assert schedule.due is not None
        day = schedule.due
    return out


def test_sm2_is_the_published_reference() -> None:
    schedules = walk(Scheduler(), [5, 5, 4, 3, 5, 2, 4, 5])
    assert [s.interval for s in schedules] == [1, 6, 17, 46, 118, 1, 1, 6]
    assert [s.easiness for s in schedules][-1] == Decimal("2.76")
    assert all(s.stability is None for s in schedules)


def test_fsrs_follows_the_model() -> None:
    model = Model(DEFAULT_PARAMETERS)
    first = next_schedule(FSRS, None, 4, DAY)  # Good on a new card
    good = model.outcomes(None, 0, 0.9)[2]
    assert first.interval == round(good.interval)
    assert first.stability == good.memory.stability
    assert first.difficulty == good.memory.difficulty
    assert first.due == DAY + timedelta(days=first.interval)
    # a review 10 days later counts 10 days elapsed (its due date less its interval)
    later = next_schedule(FSRS, first, 4, DAY + timedelta(days=10))
    assert first.stability is not None and first.difficulty is not None
    from notecards.core.fsrs_model import Memory

    expected = model.outcomes(Memory(first.stability, first.difficulty), 10, 0.9)[2]
    assert later.stability == expected.memory.stability
    assert later.repetitions == 2
    lapse = next_schedule(FSRS, later, 1, later.due or DAY)
    assert lapse.repetitions == 0 and lapse.interval >= 1
    assert lapse.easiness == Decimal("2.50")  # FSRS leaves SM-2's easiness alone


def test_fsrs_keeps_to_the_maximum_interval_and_asks_sooner_for_more_retention() -> None:
    capped = Scheduler(SchedulerKind.FSRS, maximum_interval=30)
    assert max(s.interval for s in walk(capped, [5] * 8)) == 30
    assert max(s.interval for s in walk(FSRS, [5] * 8)) > 30
    keen = Scheduler(SchedulerKind.FSRS, desired_retention=0.97)
    loose = [s.interval for s in walk(FSRS, [4] * 5)]
    tight = [s.interval for s in walk(keen, [4] * 5)]
    assert all(t <= n for t, n in zip(tight, loose, strict=True)) and tight != loose


def test_previews_are_what_each_grade_would_set() -> None:
    assert previews(FSRS, None, DAY) == {1: 1, 3: 1, 4: 2, 5: 8}
    assert previews(Scheduler(), None, DAY) == dict.fromkeys(range(6), 1)
    learned = walk(Scheduler(), [5, 5])[-1]
    assert previews(Scheduler(), learned, DAY)[5] == 17  # ceil(6 x 2.7)
    assert previews(Scheduler(), learned, DAY)[2] == 1


def test_replay_is_grading_one_by_one_and_skips_same_day_repeats() -> None:
    for scheduler in (Scheduler(), FSRS):
        schedules = walk(scheduler, [4, 2, 5, 3, 4])
        logged = []
        for quality, before in zip([4, 2, 5, 3, 4], [None, *schedules], strict=False):
            day = before.due if before is not None and before.due else DAY
            logged.append(LoggedReview(quality, day, True))
            if quality < 4:  # a repeat the same day: logged, scheduling nothing
                logged.append(LoggedReview(0, day, False))
        assert replay(scheduler, logged) == schedules[-1]
    assert replay(FSRS, []) is None


def test_a_suspension_survives_a_grade_and_a_burial_ends() -> None:
    before = Schedule(1, Decimal("2.5"), 1, DAY, suspended=True, buried_until=DAY)
    for scheduler in (Scheduler(), FSRS):
        after = next_schedule(scheduler, before, 4, DAY)
        assert after.suspended and after.buried_until is None


def test_scheduler_settings_are_checked_and_keyed() -> None:
    with pytest.raises(ValueError, match="desired_retention"):
        Scheduler(SchedulerKind.FSRS, desired_retention=1.0)
    with pytest.raises(ValueError, match="maximum_interval"):
        Scheduler(SchedulerKind.FSRS, maximum_interval=0)
    with pytest.raises(ValueError, match="21 finite parameters"):
        Scheduler(SchedulerKind.FSRS, parameters=(1.0,) * 20)
    assert Scheduler().key == "sm2" == Scheduler(desired_retention=0.8).key
    keys = {
        FSRS.key,
        Scheduler(SchedulerKind.FSRS, desired_retention=0.8).key,
        Scheduler(SchedulerKind.FSRS, maximum_interval=100).key,
        FSRS.with_parameters([*DEFAULT_PARAMETERS[:-1], 0.3]).key,
    }
    assert len(keys) == 4
    assert FSRS.with_parameters(None) == FSRS
