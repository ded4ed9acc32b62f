"""The decks screen and its keys."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable

from notecards.study import StudySession
from notecards.tui.screens.decks import DecksScreen
from notecards.tui.screens.help import HelpScreen
from notecards.tui.screens.review import ReviewScreen
from notecards.tui.screens.stats import StatsScreen

from .conftest import make_app, on, shown, text_of


def rows(screen: object) -> list[tuple[str, ...]]:
    assert isinstance(screen, DecksScreen)
    table = screen.query_one(DataTable)
    return [
        tuple(str(cell) for cell in table.get_row_at(index)) for index in range(table.row_count)
    ]


async def test_decks_with_their_counts(session: StudySession) -> None:
    app = make_app(session)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, DecksScreen)
        assert rows(screen) == [
            ("All decks", "0", "6"),
            ("math", "0", "3"),
            ("ml", "0", "3"),
        ]
        assert "0 reviews and 6 new cards" in text_of(screen.query_one("#message"))


async def test_arrows_and_enter_study_the_chosen_deck(session: StudySession) -> None:
    app = make_app(session)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("down", "down", "enter")
        assert on(app, ReviewScreen)
        assert session.deck == "ml"
        assert session.current is not None and session.current.queued.card.deck == "ml"
        await pilot.press("q")  # nothing graded: straight back to the decks
        assert on(app, DecksScreen)
        await pilot.press("up", "up", "enter")
        assert on(app, ReviewScreen) and session.deck is None


async def test_statistics_help_and_quit(session: StudySession) -> None:
    app = make_app(session)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("t")
        assert on(app, StatsScreen)
        await pilot.press("escape")
        assert on(app, DecksScreen)
        await pilot.press("question_mark")
        assert on(app, HelpScreen)
        await pilot.press("x")
        assert on(app, DecksScreen)
        await pilot.press("q")
    assert app.return_code == 0 and not app.is_running


async def test_nothing_due_says_when_the_next_card_is(session: StudySession) -> None:
    session.new_per_day = 0
    app = make_app(session)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        message = text_of(app.screen.query_one("#message"))
        assert message == "Nothing due now. The next card is due tomorrow (Tue 3 Mar)."
        await pilot.press("enter")
        assert on(app, DecksScreen)  # nothing to study: no review screen


async def test_sync_on_start_updates_the_counts_in_the_background(
    session: StudySession, notes: Path
) -> None:
    (notes / "ml" / "more.md").write_text("- Anchor box: 미리 정한 box 모양\n", "utf-8")
    app = make_app(session, sync_on_start=True)
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, DecksScreen)
        assert rows(screen)[0] == ("All decks", "0", "7")
        assert "1 new" in app.status
        await pilot.press("r")  # again: nothing changed, nothing to say
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.status == ""


async def test_korean_deck_names_keep_the_columns_aligned(
    session: StudySession, notes: Path
) -> None:
    from rich.cells import cell_len

    (notes / "경제학").mkdir()
    (notes / "경제학" / "용어.md").write_text("- 기회비용: 포기한 것 중 가장 큰 가치\n", "utf-8")
    session.sync_notes()
    app = make_app(session)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        table = app.screen.query_one(DataTable)
        lines = [line for line in shown(table).splitlines()[1:] if line.strip()]
        assert any("경제학" in line for line in lines)
        # the "new" count ends in the same terminal column on every row, wide names or not
        ends = {cell_len(line.rstrip()) for line in lines}
        assert len(ends) == 1, lines
