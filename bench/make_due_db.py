"""Write a large database for the ``notecards due`` benchmark.

    python bench/make_due_db.py OUT.db CARDS

CARDS cards in 40 decks; a third of them have a schedule for profile ``bench`` (a tenth of
those due today or earlier, some suspended or buried), the rest are new. Deterministic.
"""

from __future__ import annotations

import random
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from notecards.storage.db import open_database

DECKS = [f"deck{number:02d}::part{number % 4}" for number in range(40)]


def main() -> None:
    target, cards = Path(sys.argv[1]), int(sys.argv[2])
    partial = target.with_suffix(".partial")
    for leftover in target.parent.glob(partial.name + "*"):
        leftover.unlink()
    database = open_database(f"sqlite:///{partial}")
    random.seed(7)
    today = date.today()
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    with database.transaction() as connection:
        batch = []
        for number in range(cards):
            deck = DECKS[number % len(DECKS)]
            key = f"{number:016x}"
            batch.append(
                (number + 1, key, key, key, deck, "basic", f"Term {number}", f"Definition {number}",
                 "Heading", "", "/bench", f"{deck}/note{number // 25}.md", number % 25 + 1,
                 0, None, stamp, stamp)
            )  # fmt: skip
            if len(batch) == 20_000:
                connection.exec_driver_sql(
                    "INSERT INTO cards (id, key, origin_key, base_key, deck, kind, question,"
                    " answer, context, tags, root, source, line, retired, retired_at, created_at,"
                    " updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    batch,
                )
                batch = []
        states = []
        for number in range(0, cards, 3):
            due = today + timedelta(days=random.randint(-3, 27))
            states.append(
                ("bench", number + 1, DECKS[number % len(DECKS)], 0, random.randint(1, 6), 250,
                 random.randint(1, 60), due.isoformat(), int(random.random() < 0.02),
                 (today + timedelta(days=1)).isoformat() if random.random() < 0.01 else None,
                 stamp)
            )  # fmt: skip
        connection.exec_driver_sql(
            "INSERT INTO card_states (profile, card_id, deck, retired, repetitions,"
            " easiness_centi, interval, due, suspended, buried_until, last_reviewed_at)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            states,
        )
    with database.transaction() as connection:
        connection.exec_driver_sql("ANALYZE")
    database.close()
    partial.rename(target)


if __name__ == "__main__":
    main()
