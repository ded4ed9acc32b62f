"""The review screen's speed, for ``make bench`` (``bench/run.py --only review``).

On a database of 100,000 cards synced from the synthetic corpus:

- launch to first question: ``notecards review --deck D`` started in a pseudo-terminal
  (100x30), timed from ``exec`` until the first question's text is written to the terminal;
  the remembered notes folder is synced at start, as a user's would be;
- grade to next question: in one process, with Textual's Pilot, 200 cards are revealed and
  graded; each grade is timed from the key press to the screen refresh that shows the next
  question (the grade committed to the database in between). Pilot's own waits for the app
  to go idle (20 ms sleeps) are not part of it: the moment of drawing is taken with
  ``call_after_refresh`` from the review screen.
"""

from __future__ import annotations

import asyncio
import fcntl
import os
import pty
import re
import select
import shutil
import statistics
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

REVIEW_CARDS = 100_000
LAUNCH_GOAL_SECONDS = 1.5
GRADE_GOAL_MS = 50.0
GRADED_CARDS = 200
_LAUNCH_TIMEOUT_SECONDS = 30
_ANSI = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[@-Z\\-_])")


def _work_copy(database: Path, out: Path) -> Path:
    """A copy to grade in, so that every run starts from the same state."""
    work = out / "review-work.db"
    for leftover in out.glob(work.name + "*"):
        leftover.unlink()
    shutil.copy2(database, work)
    return work


def _first_question(url: str, deck: str) -> str:
    from notecards.storage.db import open_database
    from notecards.study import StudySession

    database = open_database(url)
    session = StudySession(database, "bench", new_per_day=20)
    session.start(deck)
    assert session.current is not None
    question = session.current.faces.front
    database.close()
    return question


def _visible_prefix(question: str) -> str:
    """A stretch of the question that shows on screen exactly as written."""
    words = re.sub(r"[*_`$\\\[\]()]", " ", question).split()
    return " ".join(words[:2])


def _launch_once(command: list[str], environment: dict[str, str], wanted: str) -> float:
    primary, secondary = pty.openpty()
    fcntl.ioctl(secondary, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    start = time.perf_counter()
    process = subprocess.Popen(
        command, stdin=secondary, stdout=secondary, stderr=secondary, env=environment
    )
    os.close(secondary)
    seen = ""
    try:
        while time.perf_counter() - start < _LAUNCH_TIMEOUT_SECONDS:
            ready, _, _ = select.select([primary], [], [], 0.5)
            if not ready:
                continue
            try:
                chunk = os.read(primary, 65536)
            except OSError:
                raise RuntimeError(f"the review ended; it printed: {seen[-2000:]}") from None
            seen += _ANSI.sub("", chunk.decode("utf-8", "replace"))
            if wanted in seen:
                return time.perf_counter() - start
        raise RuntimeError(f"no question after {_LAUNCH_TIMEOUT_SECONDS} s: {seen[-500:]}")
    finally:
        process.kill()
        process.wait()
        os.close(primary)


def bench_launch(database: Path, notes: Path, out: Path, repeat: int) -> tuple[float, str]:
    """Median seconds from launch to the first question, and a description."""
    url = f"sqlite:///{_work_copy(database, out)}"
    config = out / "review-config.toml"
    config.write_text(f'notes = ["{notes}"]\n', encoding="utf-8")
    deck = sorted(path.name for path in notes.iterdir() if path.is_dir())[0]
    wanted = _visible_prefix(_first_question(url, deck))
    environment = {
        **os.environ,
        "NOTECARDS_DB": url,
        "NOTECARDS_PROFILE": "bench",
        "NOTECARDS_CONFIG": str(config),
        "TERM": "xterm-256color",
    }
    command = [str(Path(sys.executable).with_name("notecards")), "review", "--deck", deck]
    _launch_once(command, environment, wanted)  # warm the file cache
    times = [_launch_once(command, environment, wanted) for _ in range(max(3, repeat))]
    detail = (
        f"notecards review --deck {deck} in a 100x30 pseudo-terminal, notes synced at start; "
        f"median of {len(times)} (best {min(times):.3f} s, worst {max(times):.3f} s)"
    )
    return statistics.median(times), detail


async def _grade_latencies(url: str) -> list[float]:
    from notecards.storage.db import open_database
    from notecards.study import StudySession
    from notecards.tui.app import NotecardsApp
    from notecards.tui.screens.review import ReviewScreen

    drawn: list[tuple[object, float]] = []
    original = ReviewScreen.show_current

    async def show_and_note(self: ReviewScreen) -> None:
        await original(self)
        shown = self.session.current
        self.call_after_refresh(lambda: drawn.append((shown, time.perf_counter())))

    database = open_database(url)
    session = StudySession(database, "bench", new_per_day=GRADED_CARDS * 2)
    app = NotecardsApp(session, first_screen="review", sync_on_start=False)
    grades = "54534"
    latencies: list[float] = []
    ReviewScreen.show_current = show_and_note  # type: ignore[method-assign]
    try:
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            for number in range(GRADED_CARDS):
                assert isinstance(app.screen, ReviewScreen), "the session ended early"
                await pilot.press("space")
                await pilot.pause()
                graded = session.current
                drawn.clear()
                start = time.perf_counter()
                await pilot.press(grades[number % len(grades)])
                await pilot.pause()
                next_card = session.current
                assert next_card is not graded
                moment = next(moment for shown, moment in drawn if shown is next_card)
                latencies.append(moment - start)
    finally:
        ReviewScreen.show_current = original  # type: ignore[method-assign]
    database.close()
    return latencies


def bench_grades(database: Path, out: Path) -> tuple[float, str]:
    """Median milliseconds from a grade key to the next question drawn, and a description."""
    url = f"sqlite:///{_work_copy(database, out)}"
    latencies = asyncio.run(_grade_latencies(url))
    milliseconds = sorted(latency * 1000 for latency in latencies)
    p90 = milliseconds[int(len(milliseconds) * 0.9)]
    detail = (
        f"Pilot, {len(milliseconds)} cards at 100x30, each grade committed before the next "
        f"card is drawn; p90 {p90:.1f} ms, worst {milliseconds[-1]:.1f} ms"
    )
    return statistics.median(milliseconds), detail
