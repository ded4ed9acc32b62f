"""The decks screen and its keys."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable

from notecards.storage.db import open_database
from notecards.study import StudySession
from notecards.sync import Progress, SyncReport
from notecards.tui.screens.decks import DecksScreen
from notecards.tui.screens.help import HelpScreen
from notecards.tui.screens.review import ReviewScreen
from notecards.tui.screens.stats import StatsScreen

from .conftest import (
    Clock,
    make_app,
    notifications,
    on,
    screen_text,
    shown,
    squeezed,
    text_of,
)


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


async def test_a_sync_that_only_carried_cards_over_says_so(
    session: StudySession, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first sync after an upgrade of the extraction rules may change nothing else."""
    report = SyncReport(files_read=2, cards_carried=3)
    monkeypatch.setattr(session, "sync_notes", lambda progress=None: report)
    app = make_app(session, sync_on_start=True)
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.status.endswith("0 revived; 3 carried over to the new rules")


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


class SlowFirstSync:
    """A session on an empty database whose sync stops twice, under the test's control:
    before it has read anything, and half way (1 of 2 notes read)."""

    def __init__(self, tmp_path: Path, notes: Path, clock: Clock) -> None:
        self.database = open_database(f"sqlite:///{tmp_path / 'first.db'}")
        self.session = StudySession(self.database, "alice", clock=clock, notes=[notes])
        self.walked, self.halfway, self.go_on = (threading.Event() for _ in range(3))
        self._sync_notes = self.session.sync_notes
        self.session.sync_notes = self._sync  # type: ignore[method-assign]

    def _sync(self, progress: Progress | None = None) -> SyncReport | None:
        assert progress is not None
        self.walked.set()
        self.go_on.wait(10)
        self.go_on.clear()
        progress("read", 1, 2)
        self.halfway.set()
        self.go_on.wait(10)
        return self._sync_notes(progress)

    async def reach(self, pilot: Pilot[None], event: threading.Event) -> None:
        while not event.is_set():
            await pilot.pause(0.01)
        await pilot.pause()


@pytest.fixture
def first_sync(tmp_path: Path, notes: Path, clock: Clock) -> Iterator[SlowFirstSync]:
    slow = SlowFirstSync(tmp_path, notes, clock)
    yield slow
    slow.go_on.set()
    slow.database.close()


async def test_the_first_sync_says_the_notes_are_being_read_with_progress(
    first_sync: SlowFirstSync,
) -> None:
    app = make_app(first_sync.session, sync_on_start=True)
    async with app.run_test(size=(100, 30)) as pilot:
        for step, event in enumerate((first_sync.walked, first_sync.halfway)):
            await first_sync.reach(pilot, event)
            message = text_of(app.screen.query_one("#message"))
            screen = screen_text(app)
            assert "Nothing" not in screen and "no cards" not in screen, screen
            assert message in screen
            if step == 0:
                assert message.startswith("Reading your notes…"), message
            else:
                assert message.startswith("Reading your notes… 1 of 2 (50%)"), message
            first_sync.go_on.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "Today: 0 reviews and 6 new cards." in screen_text(app)


async def test_a_deck_asked_for_on_the_first_sync_opens_once_its_cards_are_read(
    first_sync: SlowFirstSync,
) -> None:
    app = make_app(first_sync.session, first_screen="review", deck="ml", sync_on_start=True)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await first_sync.reach(pilot, first_sync.walked)
        screen = screen_text(app)
        assert "Nothing" not in screen and "no cards" not in screen, screen
        assert notifications(app) == [
            squeezed("Reading your notes first; ml opens when they are read.")
        ]
        first_sync.go_on.set()
        await first_sync.reach(pilot, first_sync.halfway)
        first_sync.go_on.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert on(app, ReviewScreen)
        assert "ml › Object detection" in screen_text(app)
