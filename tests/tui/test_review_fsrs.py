"""The review screen under FSRS: again/hard/good/easy on 1-4, each with the interval it would
give drawn under it (and SM-2's intervals under its six grades), undo as under SM-2."""

from __future__ import annotations

from pathlib import Path

from notecards.core.scheduling import Scheduler, SchedulerKind
from notecards.storage import grading, listing
from notecards.storage.db import Database
from notecards.study import StudySession
from notecards.tui.screens.help import HelpScreen

from .conftest import Clock, make_app, screen_text, text_of


def fsrs_session(sqlite_db: Database, notes: Path, clock: Clock) -> StudySession:
    scheduler = Scheduler(SchedulerKind.FSRS)
    return StudySession(sqlite_db, "alice", clock=clock, notes=[notes], scheduler=scheduler)


def grade_lines(app_screen: str) -> list[str]:
    lines = app_screen.splitlines()
    at = next(index for index, line in enumerate(lines) if " again " in f" {line} ")
    return [" ".join(lines[at].split()), " ".join(lines[at + 1].split())]


async def test_fsrs_grades_and_their_intervals_are_drawn(
    sqlite_db: Database, notes: Path, clock: Clock
) -> None:
    session = fsrs_session(sqlite_db, notes, clock)
    app = make_app(session, first_screen="review", deck="ml")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("space")
        await pilot.pause()
        grades, intervals = grade_lines(screen_text(app))
        assert grades == "1 again 2 hard 3 good 4 easy"
        # a new card under FSRS-6's default parameters: Again and Hard a day, Good 2, Easy 8
        assert intervals == "1d 1d 2d 8d"
        assert "perfect" not in text_of(app.screen.query_one("#grades"))
        await pilot.press("5")  # not an FSRS grade: nothing stored
        await pilot.press("0")
        with sqlite_db.reading() as connection:
            assert grading.review_count(connection, "alice") == 0
        await pilot.press("4")  # easy, stored as SM-2's 5
        with sqlite_db.reading() as connection:
            assert grading.review_count(connection, "alice") == 1
            (graded,) = [
                s for s in listing.list_cards(connection, "alice", clock().date()) if s.schedule
            ]
        assert graded.schedule is not None and graded.schedule.interval == 8
        assert graded.schedule.stability is not None
        await pilot.press("u")  # undo, exactly as under SM-2
        await pilot.pause()
        with sqlite_db.reading() as connection:
            assert grading.review_count(connection, "alice") == 0
            assert (
                grading.schedule_of(
                    connection, "alice", grading.card_id_of(connection, graded.card.key) or 0
                )
                is None
            )
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        assert ("1", "again: forgotten (asked again later today)") in app.screen.keys


async def test_sm2_intervals_are_drawn_under_its_grades(session: StudySession) -> None:
    app = make_app(session, first_screen="review", deck="ml")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("space")
        await pilot.pause()
        lines = screen_text(app).splitlines()
        at = next(index for index, line in enumerate(lines) if "5  perfect" in line)
        assert lines[at + 1].split() == ["1d"] * 6  # a new card: every SM-2 grade gives a day


async def test_the_summary_counts_fsrs_grades_by_name(
    sqlite_db: Database, notes: Path, clock: Clock
) -> None:
    session = fsrs_session(sqlite_db, notes, clock)
    app = make_app(session, first_screen="review", deck="ml")
    async with app.run_test(size=(100, 30)) as pilot:
        for key in ("3", "1"):
            await pilot.press("space", key)
        await pilot.press("q")
        await pilot.pause()
        table = [
            line.split() for line in text_of(app.screen.query_one("#grades-table")).splitlines()
        ]
        assert [row[:2] for row in table] == [
            ["4", "easy"],
            ["3", "good"],
            ["2", "hard"],
            ["1", "again"],
        ]
        assert [row[-1] for row in table] == ["0", "1", "0", "1"]
