"""A notes folder, a database synced from it and a frozen clock, for the screen tests."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from rich.console import Console
from textual.app import App
from textual.geometry import Region
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Static
from textual.widgets._toast import Toast

from notecards.storage.db import Database, open_database
from notecards.study import StudySession
from notecards.sync import sync
from notecards.tui.app import EditorRunner, FirstScreen, NotecardsApp
from tests.conftest import Clock as SharedClock
from tests.conftest import local_time_zone, notes_folder

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
SIZE = (100, 30)
NOTES = {
    "ml/detection.md": (
        "# Object detection\n"
        "- NMS: 여러 bounding box가 같은 class로 겹쳐있다면, 하나의 class로 통합하는 방법\n"
        "- RoI = Region of Interest\n"
        "- IoU: 두 box의 교집합 넓이를 합집합 넓이로 나눈 값\n"
    ),
    "math/analysis.md": (
        "## Bounds\n"
        "- Supremum, Least upper bound (상한): $\\alpha = \\sup E$, upper bound 중 가장 작은 것\n"
        "- Estimator: $\\hat \\mu$ 는 $\\mu$ 의 추정량\n"
        "- Bijection ::: 전단사\n"
    ),
}


class Clock(SharedClock):
    def __init__(self, moment: datetime = NOW) -> None:
        super().__init__(moment)


@pytest.fixture(autouse=True)
def utc_days() -> Iterator[None]:
    with local_time_zone("UTC"):
        yield


@pytest.fixture
def notes(tmp_path: Path) -> Path:
    return notes_folder(tmp_path / "notes", NOTES)


@pytest.fixture
def sqlite_db(tmp_path: Path, notes: Path) -> Iterator[Database]:
    database = open_database(f"sqlite:///{tmp_path / 'notecards.db'}")
    sync(database, [notes], now=NOW)
    yield database
    database.close()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def session(sqlite_db: Database, notes: Path, clock: Clock) -> StudySession:
    return StudySession(sqlite_db, "alice", clock=clock, notes=[notes])


def make_app(
    session: StudySession,
    *,
    first_screen: FirstScreen = "decks",
    deck: str | None = None,
    sync_on_start: bool = False,
    run_editor: EditorRunner | None = None,
    search: str = "",
    triage: bool = False,
) -> NotecardsApp:
    return NotecardsApp(
        session,
        first_screen=first_screen,
        deck=deck,
        sync_on_start=sync_on_start,
        run_editor=run_editor,
        search=search,
        triage=triage,
    )


def on(app: NotecardsApp, screen: type[Screen[None]]) -> bool:
    """Whether the app shows that screen (a call: type checkers keep no narrowing from it)."""
    return isinstance(app.screen, screen)


def shown(widget: Widget) -> str:
    """What a widget draws, as plain text lines."""
    region = Region(0, 0, widget.size.width, widget.size.height)
    return "\n".join(strip.text.rstrip() for strip in widget.render_lines(region))


def text_of(widget: Widget) -> str:
    """The plain text a Static shows."""
    assert isinstance(widget, Static)
    return str(widget.content)


def screen_text(app: App[None]) -> str:
    """The whole terminal as the user sees it (every screen on the stack), as plain text."""
    width, height = app.size
    console = Console(
        width=width,
        height=height,
        file=io.StringIO(),
        force_terminal=True,
        color_system="truecolor",
        record=True,
        legacy_windows=False,
        safe_box=False,
    )
    console.print(
        app.screen._compositor.render_update(full=True, screen_stack=app._background_screens)
    )
    return "\n".join(line.rstrip() for line in console.export_text().splitlines())


def squeezed(text: str) -> str:
    """``text`` without any whitespace: wrapped text compares equal to the unwrapped."""
    return "".join(text.split())


def notifications(app: App[None]) -> list[str]:
    """The notifications drawn on screen (``run_test(notifications=True)``), each squeezed."""
    strips = app.screen._compositor.render_strips()
    drawn = []
    for toast in app.screen.query(Toast):
        region = toast.region
        rows = (strips[y].crop(region.x, region.right).text for y in region.line_range)
        drawn.append(squeezed("".join(rows).replace("▌", "")))
    return drawn
