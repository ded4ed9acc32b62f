"""The author's text is drawn as written: nothing in it is taken for HTML or Textual markup."""

from __future__ import annotations

from pathlib import Path

import pytest

from notecards.storage.db import Database
from notecards.storage.failures import DatabaseBusyError
from notecards.study import StudySession

from .conftest import Clock, make_app, notifications, screen_text, squeezed

HTML_LOOKING = (
    "- Vec<T>: a growable array\n"
    "- Generics: List<String> holds strings\n"
    "- Line break: upper half<br>lower half\n"
    "- XSS: <script>alert(1)</script> plain words\n"
)


async def review_screens(session: StudySession, deck: str, cards: int) -> str:
    """The terminal with each card of ``deck`` revealed, one after another."""
    app = make_app(session, first_screen="review", deck=deck)
    screens: list[str] = []
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        for _ in range(cards):
            await pilot.press("space")
            await pilot.pause()
            screens.append(screen_text(app))
            await pilot.press("5")
    return "\n".join(screens)


async def test_text_that_looks_like_html_shows_as_written(
    session: StudySession, notes: Path
) -> None:
    (notes / "java").mkdir()
    (notes / "java" / "types.md").write_text(HTML_LOOKING, "utf-8")
    session.sync_notes()
    shown = await review_screens(session, "java", 4)
    assert "Vec<T>" in shown
    assert "List<String> holds strings" in shown
    # a <br> outside code is a line break the note asked for: the card holds it as one
    assert "<br>" not in shown and "Line break" in shown
    # both halves drawn, never run together ("ab" was the defect)
    assert "upper half" in shown and "lower half" in shown and "halflower" not in shown
    assert "<script>alert(1)</script> plain words" in shown


DECK = "[bold]tips"
MARKUP_LOOKING = (
    "# [SQL: heading]\n"
    "- Term [b]: answer with [bold]x[/bold] and [SQL: SELECT 1]\n"
    "- Brackets: a [b] c [/b] d\n"
)
# the database errors a screen shows and lives on (a busy database); any other ends the app
# with one line printed outside Textual (tests/tui/test_errors.py)
SQL_ERROR = "(sqlite3.OperationalError) database is locked [SQL: UPDATE card_state SET due=?]"


@pytest.fixture
def tips(session: StudySession, notes: Path) -> Path:
    """A deck and a note whose names, headings and answers hold Textual markup."""
    folder = notes / DECK
    folder.mkdir()
    (folder / "[i]a.md").write_text(MARKUP_LOOKING, "utf-8")
    session.sync_notes()
    return folder / "[i]a.md"


async def test_deck_and_profile_names_with_brackets_on_the_decks_screen(
    sqlite_db: Database, notes: Path, tips: Path, clock: Clock
) -> None:
    session = StudySession(sqlite_db, "[dim]bob[/dim]", clock=clock, notes=[notes])
    app = make_app(session)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.pause()
        shown = screen_text(app)
        assert "[dim]bob[/dim]" in shown
        assert "[bold]tips" in shown


async def test_deck_path_heading_and_answer_with_brackets_on_the_review_screen(
    session: StudySession, tips: Path
) -> None:
    shown = await review_screens(session, DECK, 2)
    assert "[bold]tips › [SQL: heading]" in shown
    assert "[bold]tips/[i]a.md:2" in shown
    assert "Term [b]" in shown
    assert "answer with [bold]x[/bold] and [SQL: SELECT 1]" in shown
    assert "a [b] c [/b] d" in shown


async def test_deck_with_brackets_in_the_statistics(
    session: StudySession, tips: Path, clock: Clock
) -> None:
    session.start(DECK)
    for grade in (5, 2):
        session.reveal()
        clock.advance(seconds=5)
        session.grade(grade)
    app = make_app(session, first_screen="stats")
    async with app.run_test(size=(100, 60), notifications=True) as pilot:
        await pilot.pause()
        assert "[bold]tips" in screen_text(app)


async def test_nothing_due_in_a_deck_with_brackets(session: StudySession, tips: Path) -> None:
    session.new_per_day = 0
    app = make_app(session, first_screen="review", deck=DECK)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.pause()
        (drawn,) = notifications(app)
        assert drawn.startswith(squeezed("Nothing due in [bold]tips now."))


async def test_a_missing_notes_folder_with_brackets_in_the_status_line(
    session: StudySession, tmp_path: Path
) -> None:
    session.notes = (tmp_path / "[bold]gone",)
    app = make_app(session, sync_on_start=True)
    async with app.run_test(size=(160, 30), notifications=True) as pilot:
        await pilot.pause()
        assert f"The notes folder is not there: {tmp_path}/[bold]gone" in screen_text(app)


async def test_a_failed_sync_shows_the_sql_in_its_error(
    session: StudySession, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(progress: object = None) -> None:
        raise DatabaseBusyError(SQL_ERROR)

    monkeypatch.setattr(session, "sync_notes", fail)
    app = make_app(session, sync_on_start=True)
    async with app.run_test(size=(120, 30), notifications=True) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert f"Sync failed: {SQL_ERROR}" in screen_text(app)


async def test_a_grade_that_fails_shows_the_sql_in_its_error(
    session: StudySession, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(quality: int) -> None:
        raise DatabaseBusyError(SQL_ERROR)

    monkeypatch.setattr(session, "grade", fail)
    app = make_app(session, first_screen="review", deck="ml")
    async with app.run_test(size=(120, 30), notifications=True) as pilot:
        await pilot.press("space", "4")
        await pilot.pause()
        assert notifications(app) == [squeezed(f"Not graded: {SQL_ERROR}")]


async def test_a_vanished_note_with_brackets_in_its_path(session: StudySession, tips: Path) -> None:
    app = make_app(session, first_screen="review", deck=DECK)
    async with app.run_test(size=(120, 30), notifications=True) as pilot:
        tips.unlink()
        await pilot.press("e")
        await pilot.pause()
        assert notifications(app) == [squeezed(f"The note is not there any more: {tips}")]
