"""One sync in a process of its own, for ``make bench``: prints a JSON line of its costs.

python bench/sync_once.py DATABASE_URL NOTES_FOLDER
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

from notecards.storage.db import open_database
from notecards.sync import sync


def main() -> None:
    url, folder = sys.argv[1], Path(sys.argv[2])
    database = open_database(url)
    start = time.perf_counter()
    report = sync(database, [folder])
    elapsed = time.perf_counter() - start
    database.close()
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(
        json.dumps(
            {
                "seconds": elapsed,
                "summary": report.summary(),
                "cards_new": report.cards_new,
                "peak_mb_process": own,
                "peak_mb_worker": workers,
            }
        )
    )


if __name__ == "__main__":
    main()
