"""The inbox (triage on): new cards wait there; Enter accepts, x rejects, a accepts the rest of
the note; the decks screen counts them. Checked on what is drawn and on what is stored."""

from __future__ import annotations

from pathlib import Path

import pytest

from notecards.storage import triage
from notecards.study import StudySession
from notecards.sync import sync
from notecards.tui.screens.browse import BrowseScreen
from notecards.tui.screens.decks import DecksScreen

from .browser_view import column, message, questions, stored, title
from .conftest import NOW, SIZE, make_app, on, screen_text

NEW_NOTES = {
    "ml/tracking.md": (
        "# Tracking\n"
        "- SORT: Simple Online and Realtime Tracking\n"
        "- MOT: Multiple Object Tracking\n"
        "- IDF1: the F1 score of identities\n"
    ),
    "ml/segmentation.md": "# Segmentation\n- FCN: Fully Convolutional Network\n",
}


@pytest.fixture
def inbox(session: StudySession, notes: Path) -> StudySession:
    """alice triages: the notes written after she chose it bring four cards to her inbox."""
    with session.database.transaction() as connection:
        triage.set_triage(connection, session.profile, True)
    for name, text in NEW_NOTES.items():
        (notes / name).write_text(text, "utf-8")
    sync(session.database, [notes], now=NOW)
    return session


async def test_the_decks_screen_counts_the_inbox_and_i_opens_it(inbox: StudySession) -> None:
    app = make_app(inbox, triage=True)
    async with app.run_test(size=SIZE) as pilot:
        drawn = screen_text(app)
        assert "4 new cards in the inbox (i to triage)" in drawn
        assert "0 reviews and 6 new cards" in drawn  # waiting cards are not new cards yet
        await pilot.press("i")
        assert on(app, BrowseScreen) and "Inbox" in title(app) and "4 cards" in title(app)
        assert column(app, "State") == ["inbox"] * 4
        await pilot.press("o", "o", "o", "o", "o", "home", "enter")  # accept FCN
        assert "1 card accepted" in message(app) and "3 cards" in title(app)
        await pilot.press("q")
        assert on(app, DecksScreen)
        assert "3 new cards in the inbox" in screen_text(app)
        assert "0 reviews and 7 new cards" in screen_text(app)


async def test_with_triage_on_an_empty_inbox_is_counted_too(session: StudySession) -> None:
    app = make_app(session, triage=True)
    async with app.run_test(size=SIZE):
        assert "0 new cards in the inbox" in screen_text(app)
    app = make_app(session)  # triage off, nothing waiting: not a word of it
    async with app.run_test(size=SIZE):
        assert "inbox" not in screen_text(app)


async def test_enter_accepts_x_rejects_and_a_accepts_the_rest_of_the_note(
    inbox: StudySession,
) -> None:
    app = make_app(inbox, first_screen="inbox")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("o", "o", "o", "o", "o", "home")
        assert questions(app) == ["FCN", "IDF1", "MOT", "SORT"]
        await pilot.press("x")  # FCN: not a card
        assert "1 card rejected" in message(app)
        assert questions(app) == ["IDF1", "MOT", "SORT"]
        assert stored(inbox, "rejected") == ["FCN"]
        await pilot.press("a")  # IDF1 and the rest of the tracking note
        assert "3 cards of this note accepted" in message(app)
        assert questions(app) == [] and "0 cards" in title(app)
        assert stored(inbox, "untriaged") == []
        await pilot.press("u")  # undo takes the acceptance back: in the inbox again
        assert "Undone" in message(app)
        assert questions(app) == ["IDF1", "MOT", "SORT"]


async def test_marked_cards_are_accepted_together(inbox: StudySession) -> None:
    app = make_app(inbox, first_screen="inbox")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("o", "o", "o", "o", "o", "home", "space", "space", "enter")
        assert "2 cards accepted" in message(app)
        assert questions(app) == ["MOT", "SORT"]
        assert stored(inbox, "untriaged") == ["MOT", "SORT"]


async def test_i_switches_between_the_inbox_and_every_card(inbox: StudySession) -> None:
    app = make_app(inbox, first_screen="browse")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        assert "10 cards" in title(app) and "Browse" in title(app)
        await pilot.press("i")
        assert "Inbox" in title(app) and "4 cards" in title(app)
        await pilot.press("i")
        assert "Browse" in title(app) and "10 cards" in title(app)
        while "sorted by question" not in title(app):
            await pilot.press("o")
        await pilot.press("home", "enter")  # Bijection: accepted long ago
        assert "Nothing to accept" in message(app)
        await pilot.press("a")
        assert "No card of this note waits in the inbox" in message(app)
