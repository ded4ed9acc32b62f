"""The browser on more cards than a screen: rows drawn a chunk at a time as the cursor comes
near them, and the count beyond the listed cards in the title ("120 of 250 cards")."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from notecards.browse_session import BrowseSession
from notecards.storage.db import open_database
from notecards.study import StudySession
from notecards.sync import sync
from notecards.tui.screens.browse import BrowseScreen
from notecards.tui.widgets.card_table import CardTable

from .browser_view import questions, title
from .conftest import NOW, SIZE, Clock, make_app

CARDS = 250


@pytest.fixture
def many(tmp_path: Path, clock: Clock) -> Iterator[StudySession]:
    notes = tmp_path / "many"
    notes.mkdir()
    lines = [f"- Term{number:03}: the definition of term {number}" for number in range(CARDS)]
    (notes / "glossary.md").write_text("# Glossary\n" + "\n".join(lines) + "\n", "utf-8")
    database = open_database(f"sqlite:///{tmp_path / 'many.db'}")
    sync(database, [notes], now=NOW)
    yield StudySession(database, "alice", clock=clock, notes=[notes])
    database.close()


async def test_rows_are_drawn_a_chunk_at_a_time_and_end_draws_the_last(
    many: StudySession,
) -> None:
    app = make_app(many, first_screen="browse")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        while "sorted by question" not in title(app):
            await pilot.press("o")
        await pilot.press("home")
        table = app.screen.query_one(CardTable)
        assert f"{CARDS} cards" in title(app)
        assert table.row_count < CARDS  # a few screens' worth; the others when wanted
        assert questions(app)[0] == "Term000"
        await pilot.press("end")
        await pilot.pause()
        assert table.row_count == CARDS
        assert questions(app)[-1] == f"Term{CARDS - 1:03}"
        await pilot.press("home", "pagedown", "pagedown", "pagedown")
        assert table.row_count == CARDS  # drawn once only


async def test_the_cursor_coming_near_the_end_draws_the_next_chunk(many: StudySession) -> None:
    app = make_app(many, first_screen="browse")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        table = app.screen.query_one(CardTable)
        first = table.row_count
        assert 0 < first < CARDS
        while table.cursor_row < first - 30:
            await pilot.press("pagedown")
        await pilot.pause()
        assert first < table.row_count < CARDS  # the next chunk, not all of them


async def test_more_cards_than_listed_are_counted(many: StudySession) -> None:
    app = make_app(many)
    async with app.run_test(size=SIZE) as pilot:
        await app.push_screen(BrowseScreen(BrowseSession(app.browser(), limit=120)))
        await pilot.pause()
        assert f"120 of {CARDS} cards" in title(app)
        await pilot.press("slash", *"Term1")  # 100 cards: fewer than listed
        assert "100 cards" in title(app) and " of " not in title(app)
