"""Every screen is usable from 60 x 20 up: its keys are drawn whole, nothing is cut or wrapped.

(The help box at these sizes is in test_help.py; the screens as they look, in
test_snapshots.py.)
"""

from __future__ import annotations

import re

import pytest

from notecards.study import StudySession

from .conftest import Clock, make_app, screen_text
from .test_summary_and_stats import study_some

SIZES = [(60, 20), (80, 24)]


def footer(app_screen: str) -> str:
    """The bottom line, where the footer lists the screen's keys."""
    return app_screen.splitlines()[-1]


def words(line: str) -> str:
    return " ".join(line.split())


@pytest.mark.parametrize("size", SIZES)
async def test_every_review_key_is_drawn(session: StudySession, size: tuple[int, int]) -> None:
    app = make_app(session, first_screen="review", deck="math")
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        shown = screen_text(app)
        assert words(footer(shown)) == (
            "space Answer u Undo b Bury s Suspend e Edit ? Keys q Stop"
        ), shown
        assert "Space show the answer" in words(shown)
        await pilot.press("space")
        await pilot.pause()
        shown = screen_text(app)
        grades = "0 blackout 1 wrong 2 almost 3 hard 4 good 5 perfect"
        assert any(words(line) == grades for line in shown.splitlines()), shown
        assert words(footer(shown)) == (
            "space Answer u Undo b Bury s Suspend e Edit ? Keys q Stop"
        ), shown


@pytest.mark.parametrize("size", SIZES)
async def test_the_other_screens_draw_their_keys(
    session: StudySession, clock: Clock, size: tuple[int, int]
) -> None:
    app = make_app(session)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        assert words(footer(screen_text(app))) == (
            "⏎ Study t Statistics r Sync notes ? Keys q Quit"
        )
        await pilot.press("down", "enter", "space", "4", "q")
        await pilot.pause()
        assert "Session stopped" in screen_text(app)
        assert words(footer(screen_text(app))) == "⏎ Back to the decks t Statistics"
        await pilot.press("t")
        await pilot.pause()
        assert words(footer(screen_text(app))) == "q Back"


@pytest.mark.parametrize("size", SIZES)
async def test_statistics_fit_the_width(
    session: StudySession, clock: Clock, size: tuple[int, int]
) -> None:
    study_some(session, clock)
    app = make_app(session, first_screen="stats")
    width, _ = size
    async with app.run_test(size=(width, 60)) as pilot:  # tall: the whole screen at once
        await pilot.pause()
        shown = screen_text(app)
        lines = shown.splitlines()
        # the heatmap's legend on one line, and the forecast's 6 rows of bars unbroken
        assert any(re.search(r"less( ■){5} more$", line) for line in lines), shown
        top = next(n for n, line in enumerate(lines) if "Due in the next 30 days" in line)
        chart = lines[top + 1 : top + 9]
        assert chart[0].strip().startswith("3 █"), shown
        assert all("█" in line for line in chart[:6]), shown
        assert chart[6].split()[0] == "today", shown
        assert re.fullmatch(r"\s+3 due in the next 7 days, 3 in the next 30 days", chart[7]), shown
