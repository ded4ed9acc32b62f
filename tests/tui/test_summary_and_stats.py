"""The summary and statistics screens and their keys."""

from __future__ import annotations

from notecards.study import StudySession
from notecards.tui.screens.decks import DecksScreen
from notecards.tui.screens.stats import StatsScreen
from notecards.tui.screens.summary import SummaryScreen

from .conftest import Clock, make_app, on, shown, text_of


def study_some(session: StudySession, clock: Clock) -> None:
    """Two days of reviews: the math deck yesterday, some of it again today."""
    clock.advance(days=-1)
    session.start("math")
    for grade in (5, 2, 4, 5):
        session.reveal()
        clock.advance(seconds=6)
        session.grade(grade)
    clock.advance(days=1)


async def test_summary_shows_grades_time_and_the_next_due_day(
    session: StudySession, clock: Clock
) -> None:
    app = make_app(session, first_screen="review", deck="ml")
    async with app.run_test(size=(100, 30)) as pilot:
        for grade in ("5", "3", "4"):
            await pilot.press("space")
            clock.advance(seconds=10)
            await pilot.press(grade)
        await pilot.press("space")
        clock.advance(seconds=10)
        await pilot.press("5")
        assert on(app, SummaryScreen)
        summary = text_of(app.screen.query_one("#summary-text"))
        assert "3 cards reviewed (4 answers with repeats)" in summary
        assert "Time spent: 40 s (10 s a card)" in summary
        assert "Next card due: tomorrow (Tue 3 Mar)" in summary
        table = shown(app.screen.query_one("#grades-table"))
        assert "5 perfect" in table and "3 hard" in table
        await pilot.press("t")
        assert on(app, StatsScreen)
        await pilot.press("q")
        assert on(app, SummaryScreen)
        await pilot.press("escape")
        assert on(app, DecksScreen)


async def test_stats_screen(session: StudySession, clock: Clock) -> None:
    study_some(session, clock)
    app = make_app(session, first_screen="stats")
    async with app.run_test(size=(100, 40)) as pilot:
        screen = app.screen
        assert isinstance(screen, StatsScreen)
        heatmap = shown(screen.query_one("#heatmap"))
        assert "4 reviews on 1 day in the last" in heatmap
        assert heatmap.splitlines()[1].startswith("Mon")
        forecast = shown(screen.query_one("#forecast"))
        assert "3 due in the next 7 days, 3 in the next 30" in forecast
        assert "today" in forecast
        states = dict(line.split() for line in shown(screen.query_one("#states")).splitlines())
        assert states == {
            "new": "3",
            "learning": "3",
            "review": "0",
            "suspended": "0",
            "buried": "0",
            "retired": "0",
        }
        retention = shown(screen.query_one("#retention"))
        assert "math" in retention and "75%" in retention
        await pilot.press("q")
    assert not app.is_running  # opened on its own (notecards stats): q quits


async def test_stats_shows_each_decks_recall_beside_the_schedulers_prediction(
    session: StudySession, clock: Clock
) -> None:
    clock.advance(days=-1)
    session.start("math")
    while session.current is not None:  # three new cards, all perfect: due tomorrow
        session.reveal()
        session.grade(5)
    clock.advance(days=1)
    session.start("math")
    for grade in (5, 2, 5, 5):  # the 2 comes back once the others are done
        session.reveal()
        session.grade(grade)
    app = make_app(session, first_screen="stats")
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert "actual and predicted by SM-2" in text_of(screen.query_one("#predicted-heading"))
        rows = [line.split() for line in shown(screen.query_one("#predicted")).splitlines()]
        assert rows[0] == ["Deck", "Reviews", "Recalled", "Predicted"]
        # SM-2 reads a 1-day interval, reviewed after 1 day, as 90% recall; 2 of 3 recalled
        assert rows[1] == ["math", "3", "67%", "90%"]


async def test_stats_screen_shows_cards_accepted_and_rejected_per_deck(
    session: StudySession, clock: Clock
) -> None:
    """Once the profile rejected a card, the statistics show per deck how many cards were
    accepted and rejected (the extractor's precision on the user's own notes); the rejected
    card counts in no other state."""
    from notecards.browsing import BrowseQuery, Browser

    browser = Browser(session.database, session.profile, today=session.today())
    app = make_app(session, first_screen="stats")
    async with app.run_test(size=(100, 40)):
        assert not app.screen.query("#triage")  # nothing judged yet: no such table
    ml = [row.card_id for row in browser.search(BrowseQuery(decks=("ml",)))]
    assert browser.reject(ml[:1]) == 1
    app = make_app(session, first_screen="stats")
    async with app.run_test(size=(100, 40)):
        states = dict(line.split() for line in shown(app.screen.query_one("#states")).splitlines())
        assert states["rejected"] == "1"
        assert int(states["new"]) == len(browser.search(BrowseQuery()))
        rows = [line.split() for line in shown(app.screen.query_one("#triage")).splitlines()]
        assert rows[0] == ["Deck", "Cards", "Accepted", "Rejected", "Inbox"]
        assert ["ml", str(len(ml)), str(len(ml) - 1), "1", "0"] in rows
