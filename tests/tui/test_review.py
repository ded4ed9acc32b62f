"""The review screen and its keys, over a real session and database."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Markdown

from notecards.storage import grading, listing
from notecards.study import StudySession
from notecards.tui.screens.decks import DecksScreen
from notecards.tui.screens.help import HelpScreen
from notecards.tui.screens.review import ReviewScreen
from notecards.tui.screens.summary import SummaryScreen
from notecards.tui.widgets.card_face import CardFace

from .conftest import Clock, make_app, on, text_of


def front(app_screen: object) -> str:
    assert isinstance(app_screen, ReviewScreen)
    return app_screen.query_one("#front", Markdown).source


def back(app_screen: object) -> str | None:
    assert isinstance(app_screen, ReviewScreen)
    widget = app_screen.query_one("#back", Markdown)
    return widget.source if widget.display else None


def reviews(session: StudySession) -> int:
    with session.database.reading() as connection:
        return grading.review_count(connection, session.profile)


async def test_space_reveals_and_digits_grade_only_after(session: StudySession) -> None:
    app = make_app(session, first_screen="review", deck="ml")
    async with app.run_test(size=(100, 30)) as pilot:
        screen = app.screen
        assert front(screen) == "NMS" and back(screen) is None
        assert "ml › Object detection" in text_of(screen.query_one("#crumb"))
        assert text_of(screen.query_one("#source")) == "ml/detection.md:2"
        await pilot.press("5")
        assert reviews(session) == 0 and back(screen) is None  # not before the reveal
        await pilot.press("space")
        assert back(screen) is not None and back(screen).startswith("여러 bounding box")  # type: ignore[union-attr]
        assert "5  perfect" in text_of(screen.query_one("#grades"))
        await pilot.press("5")
        assert reviews(session) == 1
        assert front(screen) == "RoI" and back(screen) is None
        assert text_of(screen.query_one("#counts")) == "1 done · 2 to go"
        await pilot.press("enter")  # Enter reveals too
        assert back(screen) == "Region of Interest"


async def test_low_grades_come_back_and_the_session_ends_with_a_summary(
    session: StudySession,
) -> None:
    app = make_app(session, first_screen="review", deck="ml")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("space", "2")  # NMS failed
        assert text_of(app.screen.query_one("#counts")) == "1 done · 3 to go"
        await pilot.press("space", "5", "space", "4")
        assert front(app.screen) == "NMS"
        assert "again today" in text_of(app.screen.query_one("#crumb"))
        await pilot.press("space", "4")
        assert on(app, SummaryScreen)
        shown = text_of(app.screen.query_one("#summary-text"))
        assert "3 cards reviewed (4 answers with repeats)" in shown
        assert "Session complete" in shown
        await pilot.press("enter")
        assert on(app, DecksScreen)
    assert reviews(session) == 4


async def test_undo_bury_and_suspend(session: StudySession) -> None:
    app = make_app(session, first_screen="review", deck="ml")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("space", "5")
        assert front(app.screen) == "RoI"
        await pilot.press("u")
        assert reviews(session) == 0
        assert front(app.screen) == "NMS" and back(app.screen) is None
        await pilot.press("b")
        assert front(app.screen) == "RoI"
        await pilot.press("s")
        assert front(app.screen) == "IoU"
        await pilot.press("u", "u")
        assert front(app.screen) == "NMS"
        with session.database.reading() as connection:
            listed = listing.list_cards(connection, "alice", session.today(), include_all=True)
        assert all(item.schedule is None for item in listed)  # burial and suspension undone


async def test_q_stops_with_a_summary_once_something_was_graded(session: StudySession) -> None:
    app = make_app(session, first_screen="review", deck="ml")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("space", "4", "q")
        assert on(app, SummaryScreen)
        assert "Session stopped" in text_of(app.screen.query_one("#summary-text"))
        assert "2 cards left for today" in text_of(app.screen.query_one("#summary-text"))


async def test_math_shows_as_symbols_and_m_shows_the_tex(session: StudySession) -> None:
    app = make_app(session, first_screen="review", deck="math")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("space")
        assert "α \\= sup E" in (back(app.screen) or "")
        await pilot.press("m")
        assert "$\\alpha = \\sup E$" in (back(app.screen) or "")
        await pilot.press("m")
        assert "α \\= sup E" in (back(app.screen) or "")


async def test_help_lists_the_grades(session: StudySession) -> None:
    app = make_app(session, first_screen="review", deck="ml")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("question_mark")
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen)
        assert ("0", "blackout: complete blackout") in help_screen.keys
        await pilot.press("escape")
        assert on(app, ReviewScreen)


async def test_e_edits_the_note_at_the_line_and_resyncs(
    session: StudySession, notes: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    commands: list[list[str]] = []

    def editor(command: list[str]) -> int:
        commands.append(command)
        note = Path(command[-1])
        note.write_text(
            note.read_text("utf-8").replace("Region of Interest", "관심 영역 (Region of Interest)"),
            "utf-8",
        )
        return 0

    monkeypatch.setenv("EDITOR", "vim")
    app = make_app(session, first_screen="review", deck="ml", run_editor=editor)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("space", "5", "e")
        assert commands == [["vim", "+3", str(notes / "ml" / "detection.md")]]
        await pilot.press("space")
        assert front(app.screen) == "RoI"
        assert back(app.screen) == "관심 영역 (Region of Interest)"


async def test_a_grade_is_stored_before_the_next_card_is_drawn(
    session: StudySession, clock: Clock
) -> None:
    app = make_app(session, first_screen="review", deck="ml")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("space")
        clock.advance(seconds=7)
        await pilot.press("4")
        assert front(app.screen) == "RoI"
        with session.database.reading() as connection:
            listed = {
                item.card.question: item.schedule
                for item in listing.list_cards(connection, "alice", session.today())
            }
        schedule = listed["NMS"]
        assert schedule is not None and schedule.interval == 1


async def test_long_answers_scroll(session: StudySession, notes: Path) -> None:
    lines = "\n".join(f"    - 설명 {number}: detail line {number}" for number in range(60))
    (notes / "ml" / "long.md").write_text(f"- Transformer\n{lines}\n", "utf-8")
    session.sync_notes()
    app = make_app(session, first_screen="review", deck="ml")
    async with app.run_test(size=(100, 30)) as pilot:
        while front(app.screen) != "Transformer":
            await pilot.press("b")
        await pilot.press("space")
        face = app.screen.query_one(CardFace)
        assert face.max_scroll_y > 0 and face.scroll_y == 0
        await pilot.press("pagedown")
        assert face.scroll_y > 0
        await pilot.press("end")
        assert face.scroll_y == face.max_scroll_y
