"""The review session without a screen: queue, limits, grading, same-day repeats, undo."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from notecards.core.model import CardStatus
from notecards.core.scheduling import Scheduler, SchedulerKind
from notecards.storage import grading, listing
from notecards.storage.db import Database, open_database
from notecards.storage.tables import CardState, Review
from notecards.study import REQUEUE_GAP, StudyError, StudySession
from notecards.study_items import StudyItem
from notecards.sync import sync
from tests.conftest import Clock as SharedClock
from tests.conftest import local_time_zone, notes_folder

START = datetime(2026, 3, 2, 3, 0, tzinfo=UTC)  # noon in Seoul, early morning in Europe
NOTES = {
    "ml/cnn.md": "- Stride: 필터의 보폭\n- Padding: 가장자리를 채우기\n- Pooling: 크기 줄이기\n",
    "ml/basics.md": "- Epoch: 전체 데이터를 한 번 보는 것\n- Batch: 한 번에 보는 묶음\n",
    "math/analysis.md": "- Supremum: 최소 상계\n- Infimum: 최대 하계\n- Bijection ::: 전단사\n",
}


class Clock(SharedClock):
    def __init__(self, moment: datetime = START) -> None:
        super().__init__(moment)


# every test here runs under each scheduler: both must queue, grade, repeat and undo alike
SCHEDULERS = {"sm2": Scheduler(), "fsrs": Scheduler(SchedulerKind.FSRS)}
_in_use = {"scheduler": SCHEDULERS["sm2"]}


@pytest.fixture(autouse=True, params=sorted(SCHEDULERS))
def scheduler(request: pytest.FixtureRequest) -> Iterator[Scheduler]:
    _in_use["scheduler"] = SCHEDULERS[request.param]
    yield _in_use["scheduler"]
    _in_use["scheduler"] = SCHEDULERS["sm2"]


# for tests of SM-2's own intervals (a new card graded 5 is due tomorrow, and so on)
SM2_ONLY = pytest.mark.parametrize("scheduler", ["sm2"], indirect=True)


def fsrs_grade(quality: int) -> int:
    """The grade an FSRS user gives where an SM-2 user gives ``quality`` (0-2: again)."""
    return {0: 1, 1: 1, 2: 1}.get(quality, quality)


@pytest.fixture(autouse=True)
def seoul_time() -> Iterator[None]:
    """Local days are Seoul days: nine hours off UTC, so day boundaries are tested for real."""
    with local_time_zone("Asia/Seoul"):
        yield


@pytest.fixture
def notes(tmp_path: Path) -> Path:
    return notes_folder(tmp_path / "notes", NOTES)


@pytest.fixture
def stocked(database: Database, notes: Path) -> Database:
    sync(database, [notes], now=START)
    return database


def session(
    database: Database, clock: Clock | None = None, *, new_per_day: int = 20
) -> StudySession:
    return StudySession(
        database,
        "alice",
        clock=clock or Clock(),
        new_per_day=new_per_day,
        scheduler=_in_use["scheduler"],
    )


def asking(study: StudySession) -> StudyItem | None:
    """The current card (a call, so that type checkers do not carry narrowing past a grade)."""
    return study.current


def answer(study: StudySession, quality: int, seconds: float = 0) -> str:
    """Reveal and grade the current card; the question it had."""
    assert study.current is not None
    question = study.current.queued.card.question
    if seconds and isinstance(study.clock, Clock):
        study.clock.advance(seconds=seconds)
    study.reveal()
    fsrs = study.scheduler.kind is SchedulerKind.FSRS
    study.grade(fsrs_grade(quality) if fsrs else quality)
    return question


def history(database: Database) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """Every schedule row and review row, exactly as stored."""
    with database.reading() as connection:
        states = connection.execute(
            select(CardState.__table__).order_by(text("profile, card_id"))
        ).all()
        reviews = connection.execute(select(Review.__table__).order_by(text("id"))).all()
    return [tuple(row) for row in states], [tuple(row) for row in reviews]


def test_queue_holds_new_cards_in_note_order_within_the_daily_limit(stocked: Database) -> None:
    study = session(stocked, new_per_day=3)
    study.start()
    assert study.remaining == 3
    asked = [answer(study, 5) for _ in range(3)]
    assert asked == ["Supremum", "Infimum", "Bijection"]  # deck "math" sorts before "ml"
    assert study.current is None
    again = session(stocked, new_per_day=3)
    again.start()
    assert again.current is None  # the day's new cards are used up
    overview = again.overview()
    assert (overview.total.due, overview.total.new) == (0, 0)
    assert overview.next_due == date(2026, 3, 3)  # tomorrow: reviews and fresh new cards


def test_a_deck_includes_the_decks_under_it(stocked: Database) -> None:
    study = session(stocked)
    study.start("ml")
    seen = set()
    while study.current is not None:
        seen.add(study.current.queued.card.deck)
        answer(study, 5)
    assert seen == {"ml"}
    overview = session(stocked).overview()
    assert {row.name: (row.due, row.new) for row in overview.decks} == {
        "math": (0, 3),
        "ml": (0, 0),
    }


@SM2_ONLY
def test_due_reviews_come_first_by_due_date_and_new_ones_are_spread_among_them(
    stocked: Database,
) -> None:
    clock = Clock()
    first = session(stocked, clock)
    first.start("ml")
    for _ in range(5):
        answer(first, 4)
    clock.advance(days=1)
    second = session(stocked, clock, new_per_day=2)
    second.start()
    order = []
    while second.current is not None:
        order.append(("new" if second.current.is_new else "due", second.current.card_id))
        answer(second, 5)
    kinds = [kind for kind, _ in order]
    assert kinds.count("due") == 5 and kinds.count("new") == 2
    assert kinds[0] == "due" and kinds[-1] == "due"  # new cards spread, not bunched
    assert kinds != sorted(kinds)


def test_grading_needs_the_answer_shown_and_a_grade_from_0_to_5(stocked: Database) -> None:
    study = session(stocked)
    study.start()
    with pytest.raises(StudyError, match="show the answer"):
        study.grade(5)
    study.reveal()
    with pytest.raises(ValueError, match=r"0 to 5|1, 3, 4 or 5"):
        study.grade(6)
    if study.scheduler.kind is SchedulerKind.FSRS:
        with pytest.raises(ValueError, match=r"1, 3, 4 or 5"):
            study.grade(2)  # no SM-2 "almost" under FSRS
    with stocked.reading() as connection:
        assert grading.review_count(connection, "alice") == 0


def test_cards_below_4_come_back_the_same_day_without_rescheduling(stocked: Database) -> None:
    clock = Clock()
    study = session(stocked, clock)
    study.start("math")
    failed = answer(study, 2)
    assert study.remaining == 3  # the failed card is queued again
    failed_id = card_id(stocked, failed)
    with stocked.reading() as connection:
        after_fail = grading.schedule_of(connection, "alice", failed_id)
    assert after_fail is not None and after_fail.due == date(2026, 3, 3)
    asked = [answer(study, 5) for _ in range(2)]
    assert failed not in asked
    assert study.current is not None and study.current.queued.card.question == failed
    assert study.current.repeat
    answer(study, 3)  # still below 4: once more
    assert study.current is not None and study.current.queued.card.question == failed
    answer(study, 4)
    assert asking(study) is None
    with stocked.reading() as connection:
        assert grading.schedule_of(connection, "alice", failed_id) == after_fail
        assert grading.review_count(connection, "alice", failed_id) == 3


def test_requeued_card_waits_for_others(stocked: Database) -> None:
    study = session(stocked)
    study.start()
    failed = answer(study, 0)
    for _ in range(REQUEUE_GAP):
        assert study.current is not None
        assert study.current.queued.card.question != failed
        answer(study, 5)
    assert study.current is not None and study.current.queued.card.question == failed


def test_a_later_session_the_same_day_asks_the_failed_cards_again(stocked: Database) -> None:
    clock = Clock()
    first = session(stocked, clock)
    first.start("math")
    failed = answer(first, 3)
    clock.advance(hours=2)
    elsewhere = session(stocked, clock)
    elsewhere.start("ml")  # the failed card is in math: not repeated here
    assert elsewhere.current is not None and not elsewhere.current.repeat
    second = session(stocked, clock)
    second.start("math")
    assert second.current is not None
    assert second.current.queued.card.question == failed and second.current.repeat
    with stocked.reading() as connection:
        before = grading.schedule_of(connection, "alice", card_id(stocked, failed))
    answer(second, 5)
    with stocked.reading() as connection:
        assert grading.schedule_of(connection, "alice", card_id(stocked, failed)) == before
    clock.advance(hours=12)  # past midnight in Seoul: a new day, no repeats pending
    third = session(stocked, clock)
    third.start("math")
    assert all(not item.repeat for item in [third.current] if item is not None)


@SM2_ONLY
def test_the_day_is_the_local_day(stocked: Database) -> None:
    clock = Clock(datetime(2026, 3, 2, 14, 30, tzinfo=UTC))  # 23:30 in Seoul
    study = session(stocked, clock, new_per_day=1)
    study.start()
    answer(study, 5)
    clock.advance(hours=1)  # 00:30 in Seoul, the next day; still 2 March in UTC
    later = session(stocked, clock, new_per_day=1)
    assert later.today() == date(2026, 3, 3)
    later.start()
    kinds = []
    while later.current is not None:
        kinds.append("new" if later.current.is_new else "due")
        answer(later, 5)
    assert sorted(kinds) == ["due", "new"]  # yesterday's card is due; a fresh day's new card


def test_undo_restores_schedules_and_history_exactly_several_levels_deep(
    stocked: Database,
) -> None:
    clock = Clock()
    warmup = session(stocked, clock)
    warmup.start("math")
    answer(warmup, 4)  # Supremum gets a schedule, so undo must restore a real row too
    clock.advance(days=1)
    study = session(stocked, clock)
    study.start()
    initial = history(stocked)
    first_moment = clock.moment
    first = study.current
    queue = (study.remaining, study.current)
    answer(study, 5, seconds=4)
    after_one = history(stocked)
    answer(study, 1, seconds=9)
    study.bury()
    study.suspend()
    assert study.done == 2
    clock.moment = first_moment  # so that grading again takes the same time
    assert [study.undo() for _ in range(4)] == ["suspend", "bury", "grade", "grade"]
    assert history(stocked) == initial
    assert (study.remaining, study.current) == queue
    assert study.current == first and not study.revealed
    assert study.done == 0 and study.summary().answers == 0
    with pytest.raises(StudyError, match="nothing to undo"):
        study.undo()
    answer(study, 5, seconds=4)  # the same grade again gives the same rows (new ids aside)
    states, reviews = history(stocked)
    assert states == after_one[0]
    assert [row[1:] for row in reviews] == [row[1:] for row in after_one[1]]


def test_undo_refuses_when_another_session_changed_the_card(stocked: Database) -> None:
    clock = Clock()
    study = session(stocked, clock)
    study.start("math")
    graded = answer(study, 4)
    other = session(stocked, clock)
    other.start("math")
    while other.current is not None and other.current.queued.card.question != graded:
        other.bury()
    other_ids = [card_id(stocked, graded)]
    with stocked.transaction() as connection:
        grading.record_grade(connection, "alice", other_ids[0], 5, when=START, today=START.date())
    before = history(stocked)
    with pytest.raises(StudyError, match="changed elsewhere"):
        study.undo()
    assert history(stocked) == before


def test_bury_and_suspend_set_the_card_aside(stocked: Database) -> None:
    clock = Clock()
    study = session(stocked, clock)
    study.start("math")
    buried = study.current
    study.bury()
    suspended = study.current
    study.suspend()
    assert buried is not None and suspended is not None
    assert study.remaining == 1
    with stocked.reading() as connection:
        listed = {
            item.card.question: item.status
            for item in listing.list_cards(connection, "alice", study.today(), include_all=True)
        }
    assert listed[buried.queued.card.question] is CardStatus.BURIED
    assert listed[suspended.queued.card.question] is CardStatus.SUSPENDED
    clock.advance(days=1)
    tomorrow = session(stocked, clock)
    tomorrow.start("math")
    ids = set()
    while tomorrow.current is not None:
        ids.add(tomorrow.current.card_id)
        answer(tomorrow, 5)
    assert buried.card_id in ids and suspended.card_id not in ids


@SM2_ONLY
def test_summary_counts_grades_and_time(stocked: Database) -> None:
    study = session(stocked)
    study.start("math")
    answer(study, 5, seconds=12)
    answer(study, 2, seconds=20)
    answer(study, 4, seconds=8)
    answer(study, 4, seconds=10)  # the repeat of the failed card
    summary = study.summary()
    assert summary.reviewed == 3 and summary.answers == 4
    assert summary.grades == (0, 0, 1, 0, 2, 1)
    assert summary.seconds == pytest.approx(50)
    assert summary.next_due == date(2026, 3, 3)


def test_a_card_left_on_screen_counts_five_minutes_at_most(stocked: Database) -> None:
    study = session(stocked)
    study.start("math")
    answer(study, 5, seconds=3600)
    assert study.summary().seconds == 300


@SM2_ONLY
def test_reversed_cards_are_asked_both_ways(stocked: Database) -> None:
    clock = Clock()
    study = session(stocked, clock)
    study.start("math")
    while study.current is not None and study.current.queued.card.question != "Bijection":
        study.bury()
    assert study.current is not None
    assert study.current.faces.front == "Bijection" and not study.current.reverse
    answer(study, 5)
    clock.advance(days=1)
    later = session(stocked, clock)
    later.start("math")
    while later.current is not None and later.current.queued.card.question != "Bijection":
        later.bury()
    assert later.current is not None
    assert later.current.reverse and later.current.faces.front == "전단사"
    assert later.current.faces.back == "Bijection"


def test_overview_counts_parents_and_respects_limits(database: Database, tmp_path: Path) -> None:
    root = tmp_path / "vault"
    for name in ("ml/cnn/a.md", "ml/rnn/b.md", "ml/c.md"):
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("- One: 하나\n- Two: 둘\n", "utf-8")
    sync(database, [root], now=START)
    overview = session(database, new_per_day=3).overview()
    rows = {row.name: (row.depth, row.new) for row in overview.decks}
    assert rows == {"ml": (0, 3), "ml::cnn": (1, 2), "ml::rnn": (1, 2)}
    assert overview.total.new == 3 and overview.new_left == 3


@SM2_ONLY
def test_nothing_to_do_says_when_the_next_card_is_due(stocked: Database) -> None:
    clock = Clock()
    study = session(stocked, clock)
    study.start()
    while study.current is not None:
        answer(study, 5)
    overview = session(stocked, clock).overview()
    assert (overview.total.due, overview.total.new) == (0, 0)
    assert overview.next_due == date(2026, 3, 3)
    assert study.summary().next_due == date(2026, 3, 3)


@SM2_ONLY
def test_stats(stocked: Database) -> None:
    clock = Clock(datetime(2026, 3, 1, 16, 0, tzinfo=UTC))  # 2 March, 01:00 in Seoul
    study = session(stocked, clock)
    study.start("math")
    answer(study, 5)
    answer(study, 2)
    clock.advance(days=1)
    later = session(stocked, clock)
    later.start("ml")
    answer(later, 4)
    stats = later.stats()
    assert stats.today == date(2026, 3, 3)
    assert stats.daily_reviews[date(2026, 3, 2)] == 2  # local days, though UTC says 1 March
    assert stats.daily_reviews[date(2026, 3, 3)] == 1
    assert sum(stats.daily_reviews.values()) == 3
    assert len(stats.forecast) == 30
    assert stats.forecast[date(2026, 3, 3)] == 2  # yesterday's two math cards
    assert stats.forecast[date(2026, 3, 4)] == 1  # the ml card
    assert stats.by_state[CardStatus.LEARNING] == 3
    assert stats.by_state[CardStatus.NEW] == 5
    assert sum(stats.by_state.values()) == 8
    retention = {row.deck: (row.reviews, row.passed) for row in stats.retention}
    assert retention == {"math": (2, 1), "ml": (1, 1)}


def test_resync_after_editing_the_note(stocked: Database, notes: Path) -> None:
    study = session(stocked)
    study.start("math")
    assert study.current is not None
    assert study.current.queued.card.question == "Supremum"
    note = study.current.note_path
    assert note == notes / "math" / "analysis.md"
    note.write_text(
        "- Supremum: 가장 작은 상계 (least upper bound)\n- Bijection ::: 전단사\n", "utf-8"
    )
    report = study.resync_current()
    # Supremum's answer changed and Bijection moved up a line; Infimum is gone
    assert report is not None and report.cards_updated == 2 and report.cards_retired == 1
    assert study.current is not None
    assert study.current.queued.card.answer == "가장 작은 상계 (least upper bound)"
    assert study.remaining == 2  # Infimum is gone from the note, so from the queue
    note.write_text("- Bijection ::: 전단사\n", "utf-8")
    study.resync_current()
    assert study.current is not None and study.current.queued.card.question == "Bijection"


GRADER = textwrap.dedent(
    """
    import sys
    from notecards.storage.db import open_database
    from notecards.study import StudySession
    database = open_database(sys.argv[1])
    study = StudySession(database, "alice")
    study.start()
    print("ready", study.remaining, flush=True)
    sys.stdin.readline()  # both sessions hold their queue before either grades
    while study.current is not None:
        study.reveal()
        study.grade(5)
    print("done")
    """
)


def test_two_sessions_of_one_profile_keep_every_grade(notes: Path, database_url: str) -> None:
    """Two sessions grading the same new cards at once: on PostgreSQL their schedule inserts
    collided (IntegrityError) and a grade read a schedule the other was replacing."""
    url = database_url
    database = open_database(url)
    sync(database, [notes])
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", GRADER, url],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for _ in range(2)
    ]
    for process in processes:
        assert process.stdout is not None
        assert process.stdout.readline().decode().split() == ["ready", "8"]
    for process in processes:  # both go at once
        assert process.stdin is not None
        process.stdin.write(b"go\n")
        process.stdin.flush()
    for process in processes:
        out, err = process.communicate(timeout=60)
        assert process.returncode == 0, err.decode()
        assert out.decode().strip() == "done"
    with database.reading() as connection:
        assert grading.review_count(connection, "alice") == 16  # 8 cards, graded by both
        schedules = [
            item.schedule
            for item in listing.list_cards(connection, "alice", datetime.now(UTC).date())
        ]
    assert all(s is not None and s.repetitions == 2 for s in schedules)  # both grades count
    database.close()


def card_id(database: Database, question: str) -> int:
    with database.reading() as connection:
        for item in listing.list_cards(connection, "alice", START.date(), include_all=True):
            if item.card.question == question:
                found = grading.card_id_of(connection, item.card.key)
                assert found is not None
                return found
    raise AssertionError(question)
