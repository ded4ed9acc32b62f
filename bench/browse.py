"""The card browser on 100,000 cards (``make bench``, part ``browse``; issue 12).

- open: a Browser on a freshly opened database, its first search (the table's first 1,000
  rows, sorted by due), the counts it shows (cards found, flagged, inbox), the decks and
  tags to filter by: goal < 1 s;
- keystroke: each successive prefix of a word typed in the search box (Korean and English,
  a common and a rarer word), the rows and their count (best of the runs for each, as the
  machine's other work adds noise): goal < 100 ms for the slowest;
- mark 1,000 cards and suspend them, committed: goal < 1 s (then undone, untimed).
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

OPEN_GOAL_SECONDS = 1.0
KEYSTROKE_GOAL_MS = 100.0
SUSPEND_GOAL_SECONDS = 1.0
MARKED = 1000
# words of the benchmark corpus: Korean and English, common and rarer
WORDS = ("파라미터", "정규화", "attention", "Contrastive", "stride")


def bench_open(database: Path, repeat: int) -> tuple[float, str]:
    from notecards.browsing import BrowseQuery, Browser
    from notecards.storage.db import open_database

    times = []
    shown = found = 0
    for _ in range(repeat + 1):  # the first run warms the file cache
        start = time.perf_counter()
        opened = open_database(f"sqlite:///{database}")
        browser = Browser(opened, "bench")
        rows = browser.search(BrowseQuery())
        found = browser.count(BrowseQuery())
        browser.counts()
        browser.decks()
        browser.tags()
        times.append(time.perf_counter() - start)
        shown = len(rows)
        opened.close()
    best = min(times[1:])
    return best, (
        f"open, first {shown:,} rows of {found:,}, counts, decks and tags; best of {repeat}"
    )


def bench_keystrokes(database: Path, repeat: int) -> tuple[float, str]:
    from notecards.browsing import BrowseQuery, Browser
    from notecards.storage.db import open_database

    opened = open_database(f"sqlite:///{database}")
    browser = Browser(opened, "bench")
    browser.search(BrowseQuery())
    times: list[float] = []
    slowest: tuple[float, str, int] = (0.0, "", 0)
    for word in WORDS:
        for end in range(1, len(word) + 1):
            query = BrowseQuery(text=word[:end])
            runs = []
            for _ in range(repeat):
                start = time.perf_counter()
                rows = browser.search(query)
                found = browser.count(query)
                runs.append((time.perf_counter() - start) * 1000)
            elapsed = min(runs)
            times.append(elapsed)
            assert len(rows) == min(found, query.limit)
            if elapsed > slowest[0]:
                slowest = (elapsed, word[:end], found)
    opened.close()
    worst, text, found = slowest
    detail = (
        f"{len(times)} keystrokes over {', '.join(WORDS)} (rows and count, best of {repeat} "
        f"each): median {statistics.median(times):.1f} ms; slowest {worst:.1f} ms ({text!r}, "
        f"{found:,} cards found)"
    )
    return worst, detail


def bench_suspend(database: Path, repeat: int) -> tuple[float, str]:
    from notecards.browsing import BrowseQuery, Browser
    from notecards.storage.db import open_database

    opened = open_database(f"sqlite:///{database}")
    browser = Browser(opened, "bench")
    times = []
    for round_number in range(repeat):
        rows = browser.search(BrowseQuery(sort="question", limit=MARKED * (round_number + 1)))
        marked = [row.card_id for row in rows[-MARKED:]]
        start = time.perf_counter()
        changed = browser.suspend(marked)
        times.append(time.perf_counter() - start)
        assert changed == MARKED, changed
        browser.undo()
    opened.close()
    return min(times), f"{MARKED:,} new cards suspended (rows made) in one commit, best of {repeat}"
