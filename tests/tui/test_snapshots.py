"""Screens as they look, at 100x30 on a frozen date, and at the smallest supported sizes
(60x20, 80x24): ``pytest --snapshot-update`` accepts a deliberate change, after looking at
the report."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from notecards.study import StudySession
from notecards.tui.app import FirstScreen

from .conftest import SIZE, Clock, make_app
from .test_summary_and_stats import study_some

Compare = Callable[..., bool]


def test_decks(snap_compare: Compare, session: StudySession) -> None:
    assert snap_compare(make_app(session), terminal_size=SIZE, press=["down"])


def test_review_question(snap_compare: Compare, session: StudySession) -> None:
    app = make_app(session, first_screen="review", deck="math")
    assert snap_compare(app, terminal_size=SIZE)


def test_review_answer(snap_compare: Compare, session: StudySession) -> None:
    app = make_app(session, first_screen="review", deck="math")
    assert snap_compare(app, terminal_size=SIZE, press=["space"])


def test_summary(snap_compare: Compare, session: StudySession) -> None:
    app = make_app(session, first_screen="review", deck="ml")
    keys = ["space", "5", "space", "2", "space", "4", "space", "4"]
    assert snap_compare(app, terminal_size=SIZE, press=keys)


def test_stats(snap_compare: Compare, session: StudySession, clock: Clock) -> None:
    study_some(session, clock)
    assert snap_compare(make_app(session, first_screen="stats"), terminal_size=SIZE)


def test_browse(snap_compare: Compare, session: StudySession) -> None:
    """The browser sorted by question, Estimator flagged, IoU marked, the message said."""
    keys = ["enter", *["o"] * 5, "home", "down", "f", "down", "space"]
    assert snap_compare(make_app(session, first_screen="browse"), terminal_size=SIZE, press=keys)


SMALL = [(60, 20), (80, 24)]
# screen -> (first screen, deck, keys pressed)
SCREENS: dict[str, tuple[FirstScreen, str | None, list[str]]] = {
    "decks": ("decks", None, ["down"]),
    "decks-help": ("decks", None, ["question_mark"]),
    "question": ("review", "math", []),
    "answer": ("review", "math", ["space"]),
    "review-help": ("review", "math", ["question_mark"]),
    "summary": ("review", "ml", ["space", "5", "space", "2", "space", "4", "space", "4"]),
    "browse": ("browse", None, ["enter", "down", "space"]),
}


@pytest.mark.parametrize("size", SMALL, ids=lambda size: f"{size[0]}x{size[1]}")
@pytest.mark.parametrize("screen", SCREENS)
def test_small_terminals(
    snap_compare: Compare, session: StudySession, screen: str, size: tuple[int, int]
) -> None:
    first_screen, deck, keys = SCREENS[screen]
    app = make_app(session, first_screen=first_screen, deck=deck)
    assert snap_compare(app, terminal_size=size, press=keys)


@pytest.mark.parametrize("size", SMALL, ids=lambda size: f"{size[0]}x{size[1]}")
def test_small_stats(
    snap_compare: Compare, session: StudySession, clock: Clock, size: tuple[int, int]
) -> None:
    study_some(session, clock)
    assert snap_compare(make_app(session, first_screen="stats"), terminal_size=size)
