"""``notecards cards`` on 100,000 cards written to a pipe, launch to last byte.

Both the plain tab-separated listing and ``--jsonl`` are timed; the goal (issue 10.21) is
under 2 s for each.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

LISTING_CARDS = 100_000
LISTING_GOAL_SECONDS = 2.0


def bench_listing(database: Path, out: Path, repeat: int) -> list[tuple[str, float, str]]:
    """(what, best seconds, detail) for each way of listing."""
    program = str(Path(sys.executable).with_name("notecards"))
    environment = {**os.environ, "NOTECARDS_CONFIG": str(out / "none.toml")}
    results = []
    for label, extra in (("tab-separated", []), ("--jsonl", ["--jsonl"])):
        command = [program, "cards", "--db", f"sqlite:///{database}", *extra]
        times = []
        size = 0
        for _ in range(repeat + 1):  # the first run warms the file cache
            start = time.perf_counter()
            completed = subprocess.run(command, env=environment, capture_output=True, check=True)
            times.append(time.perf_counter() - start)
            size = len(completed.stdout)
        best = min(times[1:])
        lines = completed.stdout.count(b"\n")
        detail = f"best of {repeat}: {lines:,} lines, {size / 1e6:.1f} MB to a pipe"
        print(f"  cards ({label}): {best:.2f} s", flush=True)
        results.append((label, best, detail))
    return results
