"""The browser screen's speed on 100,000 cards (``make bench``, part ``browse-screen``; issue 12).

- open: ``notecards browse`` started in a 100x30 pseudo-terminal, timed from ``exec`` until
  the table's first card is written to the terminal (imports, database, first search, count
  and drawing included);
- keystroke: with Textual's Pilot, words typed into the search box a letter at a time; each
  letter is timed from the key press to the refresh that draws the table it found (the
  search, its count and the table; the card's markdown beside the table is drawn just
  after). Pilot's own waits are not part of it: the moment of drawing is taken with
  ``call_after_refresh`` from the screen;
- mark and suspend: ``*`` marks the 1,000 cards listed, ``s`` suspends them; timed from the
  ``s`` to the refresh that draws the table and "1000 cards suspended".
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import time
from pathlib import Path

from review import _launch_once, _work_copy

OPEN_GOAL_SECONDS = 1.0
KEYSTROKE_GOAL_MS = 100.0
SUSPEND_GOAL_SECONDS = 1.0
WORDS = ("sampling", "attention", "인플레", "정규화")


def _first_question(url: str) -> str:
    from notecards.browsing import BrowseQuery, Browser
    from notecards.storage.db import open_database

    database = open_database(url)
    try:
        return Browser(database, "bench").search(BrowseQuery(limit=1))[0].question
    finally:
        database.close()


def bench_open(database: Path, out: Path, repeat: int) -> tuple[float, str]:
    """Median seconds from launch to the table's first card drawn, and a description."""
    url = f"sqlite:///{_work_copy(database, out)}"
    config = out / "browse-config.toml"
    config.write_text("", encoding="utf-8")
    wanted = " ".join(_first_question(url).split()[:2])[:20]
    environment = {
        **os.environ,
        "NOTECARDS_DB": url,
        "NOTECARDS_PROFILE": "bench",
        "NOTECARDS_CONFIG": str(config),
        "TERM": "xterm-256color",
    }
    command = [str(Path(sys.executable).with_name("notecards")), "browse"]
    _launch_once(command, environment, wanted)  # warm the file cache
    times = [_launch_once(command, environment, wanted) for _ in range(max(3, repeat))]
    detail = (
        f"notecards browse in a 100x30 pseudo-terminal, to the first card drawn; median of "
        f"{len(times)} (best {min(times):.3f} s, worst {max(times):.3f} s)"
    )
    return statistics.median(times), detail


async def _typing(url: str) -> tuple[list[float], float, str]:
    from notecards.storage.db import open_database
    from notecards.study import StudySession
    from notecards.tui.app import NotecardsApp
    from notecards.tui.screens.browse import BrowseScreen

    drawn: list[float] = []
    original = BrowseScreen.redraw

    async def redraw_and_note(self: BrowseScreen) -> None:
        # noted after the refresh that draws the new table (the card beside it, whose
        # drawing is asked for by redraw() after the refresh too, comes after this)
        self.call_after_refresh(lambda: drawn.append(time.perf_counter()))
        await original(self)

    database = open_database(url)
    app = NotecardsApp(StudySession(database, "bench"), first_screen="browse", sync_on_start=False)
    latencies: list[float] = []
    BrowseScreen.redraw = redraw_and_note  # type: ignore[method-assign]
    try:
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, BrowseScreen)
            for word in WORDS:
                for letter in word:
                    drawn.clear()
                    start = time.perf_counter()
                    await pilot.press(letter)
                    await pilot.pause()
                    latencies.append(drawn[0] - start)
                for _ in word:
                    await pilot.press("backspace")
                await pilot.pause()
            await pilot.press("enter", "asterisk")
            await pilot.pause()
            marked = len(screen.browse.marked)
            drawn.clear()
            start = time.perf_counter()
            await pilot.press("s")
            await pilot.pause()
            suspend = drawn[0] - start
            said = str(screen.query_one("#browse-message").render())
    finally:
        BrowseScreen.redraw = original  # type: ignore[method-assign]
    database.close()
    return latencies, suspend, f"{marked} marked; said: {said.strip()}"


def bench_typing(database: Path, out: Path) -> tuple[float, str, float, str]:
    """Median ms from a letter typed to its table drawn, and seconds to suspend 1,000."""
    url = f"sqlite:///{_work_copy(database, out)}"
    latencies, suspend, said = asyncio.run(_typing(url))
    milliseconds = sorted(latency * 1000 for latency in latencies)
    p90 = milliseconds[int(len(milliseconds) * 0.9)]
    detail = (
        f"Pilot at 100x30, {len(milliseconds)} letters of {', '.join(WORDS)}; "
        f"p90 {p90:.1f} ms, worst {milliseconds[-1]:.1f} ms"
    )
    return statistics.median(milliseconds), detail, suspend, said
