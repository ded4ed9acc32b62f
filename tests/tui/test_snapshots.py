"""Screens as they look, at 100x30 on a frozen date (``pytest --snapshot-update`` to accept
a deliberate change, after looking at the report)."""

from __future__ import annotations

from collections.abc import Callable

from notecards.study import StudySession

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
