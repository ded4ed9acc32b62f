"""Switching schedulers is lossless: the review log decides every card's schedule.

A profile reviews for weeks under SM-2 while a twin profile gives the same grades under FSRS;
switching the first to FSRS must give exactly the twin's schedules (memory included), and
switching back must give exactly the SM-2 schedules it had. On SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from notecards import schedulers
from notecards.core.scheduling import Scheduler, SchedulerKind
from notecards.storage import rescheduling
from notecards.storage.db import Database
from notecards.storage.tables import STATES
from notecards.study import StudySession
from notecards.sync import sync
from tests.conftest import Clock, local_time_zone, notes_folder

START = datetime(2026, 3, 2, 3, 0, tzinfo=UTC)
NOTES = {f"deck/note{n}.md": f"- Term {n}a: one\n- Term {n}b: two\n" for n in range(4)}
SM2 = Scheduler()
FSRS = Scheduler(SchedulerKind.FSRS)
# the grade each card gets, by the order it is asked: a mix of passes, lapses and repeats
GRADES_SM2 = (5, 4, 3, 2, 5, 1, 4, 0)


@pytest.fixture(autouse=True)
def seoul_time() -> Iterator[None]:
    with local_time_zone("Asia/Seoul"):
        yield


def states(database: Database, profile: str) -> list[tuple[Any, ...]]:
    """Every schedule column of the profile's cards (not who owns them)."""
    memory = [STATES.c.stability, STATES.c.difficulty]  # last: the tests below read them there
    columns = [c for c in STATES.c if c.name != "profile" and c not in memory] + memory
    with database.reading() as connection:
        rows = connection.execute(
            select(*columns).where(STATES.c.profile == profile).order_by(STATES.c.card_id)
        )
        return [tuple(row) for row in rows]


def study(database: Database, profile: str, scheduler: Scheduler, days: int) -> None:
    """``days`` days of reviews, every card asked each day graded by the rota above (under
    FSRS, 0-2 are Again and 3 Hard, stored as 1 and 3), repeats until passed."""
    clock = Clock(START)
    turn = 0
    for _ in range(days):
        session = StudySession(database, profile, clock=clock, scheduler=scheduler)
        session.start()
        while session.current is not None:
            quality = GRADES_SM2[turn % len(GRADES_SM2)]
            if session.current.repeat:
                quality = 4 if turn % 3 else 3  # a repeat is passed, or once more hard
            turn += 1
            if scheduler.kind is SchedulerKind.FSRS:
                quality = max(1, quality) if quality != 2 else 1
            session.reveal()
            session.grade(quality)
            clock.advance(minutes=1)
        clock.moment = clock.moment.replace(hour=3, minute=0)
        clock.advance(days=1)


def test_switching_to_fsrs_and_back_gives_exactly_the_schedules_grading_would(
    database: Database, tmp_path: Path
) -> None:
    sync(database, [notes_folder(tmp_path / "notes", NOTES)], now=START)
    study(database, "alice", SM2, days=30)
    sm2_states = states(database, "alice")
    assert all(row[-1] is None for row in sm2_states)  # no FSRS memory under SM-2

    # the twin gives alice's stored grades under FSRS, day by day: replay them through FSRS
    with database.transaction() as connection:
        assert rescheduling.needs_rescheduling(connection, "alice", FSRS)
    assert schedulers.align(database, "alice", FSRS) == len(sm2_states)
    fsrs_states = states(database, "alice")
    assert fsrs_states != sm2_states
    assert all(row[-1] is not None and row[-2] is not None for row in fsrs_states)
    assert schedulers.align(database, "alice", FSRS) is None  # already FSRS's: nothing to do

    assert schedulers.align(database, "alice", SM2) == len(sm2_states)
    assert states(database, "alice") == sm2_states  # back exactly where it was


def test_fsrs_grading_live_equals_replaying_its_log(database: Database, tmp_path: Path) -> None:
    sync(database, [notes_folder(tmp_path / "notes", NOTES)], now=START)
    study(database, "bob", FSRS, days=30)
    with database.transaction() as connection:
        rescheduling.store_scheduled_by(connection, "bob", FSRS)
    live = states(database, "bob")
    assert all(row[-1] is not None for row in live)
    assert schedulers.align(database, "bob", SM2) == len(live)
    sm2_view = states(database, "bob")
    assert schedulers.align(database, "bob", FSRS) == len(live)
    assert states(database, "bob") == live  # FSRS's replay gives what grading gave
    assert sm2_view != live


def test_other_fsrs_settings_or_parameters_reschedule(database: Database, tmp_path: Path) -> None:
    sync(database, [notes_folder(tmp_path / "notes", NOTES)], now=START)
    study(database, "carol", FSRS, days=10)
    with database.transaction() as connection:
        rescheduling.store_scheduled_by(connection, "carol", FSRS)
    keener = Scheduler(SchedulerKind.FSRS, desired_retention=0.97)
    before = states(database, "carol")
    assert schedulers.align(database, "carol", keener) == len(before)
    changed = [
        row for row, was in zip(states(database, "carol"), before, strict=True) if row != was
    ]
    assert changed  # a higher retention asks sooner
    assert all(new[5] <= old[5] for new, old in zip(states(database, "carol"), before, strict=True))


def test_a_card_graded_meanwhile_by_the_other_scheduler_is_replayed_before_grading(
    database: Database, tmp_path: Path
) -> None:
    """A session still open under SM-2 grades a card after the profile switched to FSRS:
    the next FSRS grade first replays that card's whole history, so FSRS never takes SM-2's
    schedule for its own."""
    sync(database, [notes_folder(tmp_path / "notes", NOTES)], now=START)
    study(database, "dan", SM2, days=5)
    clock = Clock(START + timedelta(days=5))
    old = StudySession(database, "dan", clock=clock, scheduler=SM2)
    old.start()
    assert schedulers.align(database, "dan", FSRS)  # meanwhile, a review under FSRS starts
    assert old.current is not None
    card = old.current.card_id
    old.reveal()
    old.grade(5)  # the old session's SM-2 grade: the card's memory is gone
    assert states_of(database, "dan", card)[-1] is None
    new = StudySession(database, "dan", clock=clock, scheduler=FSRS)
    new.start()
    assert new.current is not None and new.current.card_id != card  # graded today already
    while new.current is not None and new.current.card_id != card:
        new.reveal()
        new.grade(4)
    clock.advance(days=40)  # the card is due again: grade it under FSRS
    later = StudySession(database, "dan", clock=clock, scheduler=FSRS)
    later.start()
    while later.current is not None and later.current.card_id != card:
        later.reveal()
        later.grade(4)
    assert later.current is not None
    later.reveal()
    later.grade(4)
    graded = states_of(database, "dan", card)
    assert schedulers.align(database, "dan", SM2) and schedulers.align(database, "dan", FSRS)
    assert states_of(database, "dan", card) == graded  # what replaying the whole log gives


def states_of(database: Database, profile: str, card_id: int) -> tuple[Any, ...]:
    (row,) = [row for row in states(database, profile) if row[0] == card_id]
    return row
