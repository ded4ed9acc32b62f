"""The key help (``?``): the keys are drawn, over the screen it was opened from, at any size."""

from __future__ import annotations

import re

import pytest

from notecards.study import StudySession
from notecards.tui.screens import browse, decks, review
from notecards.tui.screens.help import KeyHelp

from .conftest import make_app, screen_text

SIZES = [(60, 20), (80, 24), (120, 40)]  # 60 x 20: the smallest supported (point 18)


def help_box(screen: str) -> str:
    """The text inside the help's box, its lines joined (a wrapped meaning reads on)."""
    lines = [line for line in screen.splitlines() if "│" in line]
    inside = [line.split("│")[1] for line in lines if line.count("│") >= 2]
    return " ".join(" ".join(inside).split())


def assert_keys_drawn(screen: str, keys: KeyHelp) -> None:
    box = help_box(screen)
    for key, meaning in keys:
        assert re.search(rf"{re.escape(key)}\s+{re.escape(meaning)}", box), (key, screen)


@pytest.mark.parametrize("size", SIZES)
async def test_help_on_the_decks_screen_draws_its_keys(
    session: StudySession, size: tuple[int, int]
) -> None:
    app = make_app(session)
    async with app.run_test(size=size) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        screen = screen_text(app)
        assert_keys_drawn(screen, decks.KEYS)
        assert "Decks" in screen and "any key closes this" in screen
        assert "All decks" in screen  # the decks stay in sight around the box
        await pilot.press("x")
        assert "any key closes this" not in screen_text(app)


@pytest.mark.parametrize("size", SIZES)
async def test_help_on_the_review_screen_draws_its_keys(
    session: StudySession, size: tuple[int, int]
) -> None:
    app = make_app(session, first_screen="review", deck="ml")
    async with app.run_test(size=size) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        screen = screen_text(app)
        assert_keys_drawn(screen, review.KEYS)
        assert "0 blackout: complete blackout" in help_box(screen)
        if size[1] > 20:  # (at 20 rows the box takes them all)
            assert "ml/detection.md:2" in screen  # the card's line stays in sight


@pytest.mark.parametrize("size", SIZES[1:])  # (at 60 x 20 the box scrolls with the screen)
async def test_help_on_the_browser_draws_its_keys(
    session: StudySession, size: tuple[int, int]
) -> None:
    app = make_app(session, first_screen="browse")
    async with app.run_test(size=size) as pilot:
        await pilot.press("enter", "question_mark")
        await pilot.pause()
        screen = screen_text(app)
        assert_keys_drawn(screen, browse.KEYS)
        assert "Browsing" in screen and "any key closes this" in screen
        await pilot.press("x")  # any key closes it, and does nothing else
        assert "any key closes this" not in screen_text(app)
        assert "rejected" not in screen_text(app)
