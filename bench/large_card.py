"""The largest card a note can make (20,000 characters, the cap), drawn on the review screen.

Timed with Textual's Pilot from the key that reveals the answer to the screen refresh that
shows it, as ``bench/review.py`` times grades. The goal (issue 10.17): drawing a card never
takes longer because the card is long: the largest card is drawn within the 50 ms any card
gets from a key (the grade goal), its start at once and the rest as the reader scrolls.
"""

from __future__ import annotations

import asyncio
import statistics
import tempfile
import time
from pathlib import Path

GOAL_MS = 50.0
SHOWN = 5


def _huge_answer() -> str:
    """Markdown of every kind a long answer holds, up to the cap."""
    from notecards.core.extract import MAX_CARD_CHARACTERS

    parts: list[str] = []
    size = 0
    number = 0
    while size < MAX_CARD_CHARACTERS - 400:
        number += 1
        part = (
            f"Paragraph {number} explains the **term** with `code`, $x^{number}$ and a "
            f"[link](https://example.org/{number}) in a sentence long enough to wrap twice "
            "on a narrow terminal, as real answers do.\n\n"
            f"- item {number}.1 with *emphasis*\n- item {number}.2\n\n"
            f"```python\nvalue_{number} = compute({number})\n```\n\n"
        )
        parts.append(part)
        size += len(part)
    return "".join(parts)


async def _reveal_latencies(folder: Path, answer: str | None = None) -> list[float]:
    from notecards.storage.db import open_database
    from notecards.study import StudySession
    from notecards.sync import sync
    from notecards.tui.app import NotecardsApp
    from notecards.tui.screens.review import ReviewScreen

    notes = folder / "notes"
    notes.mkdir()
    answer = (answer if answer is not None else _huge_answer()).replace("\n", "\n  ")
    for index in range(SHOWN):
        (notes / f"huge-{index}.md").write_text(f"- Huge term {index}\n  {answer}\n", "utf-8")
    database = open_database(f"sqlite:///{folder / 'large.db'}")
    sync(database, [notes])
    session = StudySession(database, "bench", new_per_day=SHOWN)
    app = NotecardsApp(session, first_screen="review", sync_on_start=False)
    drawn: list[float] = []
    latencies: list[float] = []
    original = ReviewScreen.show_current

    async def show_and_note(self: ReviewScreen) -> None:
        await original(self)
        if self.session.revealed:
            self.call_after_refresh(lambda: drawn.append(time.perf_counter()))

    ReviewScreen.show_current = show_and_note  # type: ignore[method-assign]
    try:
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            for _ in range(SHOWN):
                assert isinstance(app.screen, ReviewScreen), "the session ended early"
                drawn.clear()
                start = time.perf_counter()
                await pilot.press("space")
                while not drawn:
                    await asyncio.sleep(0.001)
                latencies.append(drawn[0] - start)
                await pilot.press("5")
                await pilot.pause()
    finally:
        ReviewScreen.show_current = original  # type: ignore[method-assign]
    database.close()
    return latencies


def bench_large_card() -> tuple[float, str]:
    """Median milliseconds to reveal and draw a 20,000-character answer, and a description."""
    with tempfile.TemporaryDirectory() as folder:
        latencies = asyncio.run(_reveal_latencies(Path(folder)))
    milliseconds = sorted(latency * 1000 for latency in latencies)
    detail = (
        f"Pilot at 100x30, {len(milliseconds)} cards of 20,000 characters (paragraphs, lists, "
        f"code, math), key to answer drawn; worst {milliseconds[-1]:.1f} ms"
    )
    return statistics.median(milliseconds), detail


if __name__ == "__main__":
    print(bench_large_card())
