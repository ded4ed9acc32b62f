"""Grades stored while a cold sync of the corpus runs, for ``make bench`` (``--only grade``).

A SQLite database holds the sample decks (``decks/``), synced, so there are cards to
grade; then the whole corpus is synced into it for the first time (every note new, so
every card is inserted). The sync runs in a thread of this process, as the review screen
runs it, or in a process of its own, as ``notecards sync`` from another terminal would.
Meanwhile the main thread grades a sample card every 50 ms, each grade timed from the start
of its transaction to its commit. The figure is the slowest grade.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from notecards.storage.db import Database

GOAL_MS = 100.0
_PAUSE_SECONDS = 0.05
_DECKS = Path(__file__).resolve().parent.parent / "decks"


def _database(out: Path, name: str) -> tuple[str, Path]:
    """A database holding the sample decks, synced; and a copy of those decks."""
    from notecards.storage.db import open_database
    from notecards.sync import sync

    for leftover in out.glob(f"{name}.db*"):
        leftover.unlink()
    decks = out / f"{name}-decks"
    if decks.exists():
        shutil.rmtree(decks)
    shutil.copytree(_DECKS, decks)
    url = f"sqlite:///{out / f'{name}.db'}"
    database = open_database(url)
    sync(database, [decks])
    database.close()
    return url, decks


def _grade_until(
    done: threading.Event | subprocess.Popen[bytes], database: Database
) -> list[float]:
    """Grade the sample cards in turn until the sync is done; each grade's time in ms."""
    from notecards.storage import grading, listing

    with database.reading() as connection:
        ids = [
            card_id
            for item in listing.list_cards(connection, "bench", datetime.now(UTC).date())
            if (card_id := grading.card_id_of(connection, item.card.key)) is not None
        ]
    times: list[float] = []

    def running() -> bool:
        return not done.is_set() if isinstance(done, threading.Event) else done.poll() is None

    while running():
        card_id = ids[len(times) % len(ids)]
        now = datetime.now(UTC)
        start = time.perf_counter()
        with database.transaction() as connection:
            grading.record_grade(connection, "bench", card_id, 5, when=now, today=now.date())
        times.append((time.perf_counter() - start) * 1000)
        time.sleep(_PAUSE_SECONDS)
    return times


def in_a_thread(corpus: Path, out: Path) -> tuple[list[float], str]:
    """The sync in a thread beside the grades, as the review screen runs it."""
    from notecards.storage.db import open_database
    from notecards.sync import sync

    url, _ = _database(out, "grade-thread")
    database = open_database(url)
    done = threading.Event()
    summary: list[str] = []

    def run() -> None:
        start = time.perf_counter()
        try:
            report = sync(database, [corpus])
            summary.append(f"{report.summary()}, in {time.perf_counter() - start:.1f} s")
        finally:
            done.set()

    syncing = threading.Thread(target=run)
    syncing.start()
    try:
        times = _grade_until(done, database)  # one database, as the review screen shares it
    finally:
        syncing.join()
        database.close()
    return times, summary[0] if summary else "the sync failed"


def in_a_process(corpus: Path, out: Path) -> tuple[list[float], str]:
    """The sync in a process of its own (``bench/sync_once.py``) beside the grades."""
    import json

    from notecards.storage.db import open_database

    url, _ = _database(out, "grade-process")
    script = Path(__file__).resolve().parent / "sync_once.py"
    process = subprocess.Popen(
        [sys.executable, str(script), url, str(corpus)], stdout=subprocess.PIPE
    )
    database = open_database(url)
    try:
        times = _grade_until(process, database)
    finally:
        database.close()
    output, _ = process.communicate()
    if process.returncode != 0:
        sys.exit("bench: the sync beside the grades failed")
    result = json.loads(output)
    return times, f"{result['summary']}, in {float(result['seconds']):.1f} s"


def describe(times: list[float], summary: str) -> str:
    if not times:
        return f"no grade was made: the sync ended first ({summary})"
    return (
        f"{len(times)} grades during the sync ({summary}): median {statistics.median(times):.1f} "
        f"ms, slowest {max(times):.1f} ms"
    )
