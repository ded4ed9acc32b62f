"""Builds ``tests/fixtures/databases/revision-NNNN.db``: a small database holding real data at
the schema revision notecards has when it is run, for the upgrade tests to open later.

    python -m tests.storage.upgrade_fixture

Two profiles study the same notes over three weeks: new cards, repeats the same day, cards
learned and overdue, a suspended and a buried card; a sync in between edits one card and
retires another; from revision 0005, bob switches to FSRS and grades under it. Every table
has rows. Run it whenever a new revision becomes the newest,
and commit the file beside the earlier ones: the upgrade test proves that opening each of
them upgrades it to the newest revision and keeps every row, so each fixture guards every
revision after its own.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from notecards import schedulers
from notecards.core.scheduling import Scheduler, SchedulerKind
from notecards.storage.db import HEAD_REVISION, Database, open_database
from notecards.study import StudySession
from notecards.sync import sync

FOLDER = Path(__file__).resolve().parent.parent / "fixtures" / "databases"
START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
ROOT = "/home/me/notes"  # where the notes were, as stored
NOTES = {
    "ml/cnn.md": (
        "## CNN\n- Stride: 필터의 보폭\n- Padding: 가장자리를 채우기\n- Pooling: 크기 줄이기\n"
    ),
    "ml/basics.md": "- Epoch: 전체 데이터를 한 번 보는 것\n- Batch: 한 번에 보는 묶음\n",
    "math/analysis.md": (
        "---\ntags: [analysis]\n---\n- Supremum: 최소 상계, $\\sup E$\n"
        "- Infimum: 최대 하계\n- Bijection ::: 전단사\n"
    ),
    "welcome.md": "The {{c1::notes}} are read, never written.\n",
}
EDITED = {
    "ml/cnn.md": "## CNN\n- Stride: 필터가 움직이는 간격\n- Padding: 가장자리를 채우기\n",
}


class _Clock:
    def __init__(self) -> None:
        self.moment = START

    def __call__(self) -> datetime:
        return self.moment


def _study(session: StudySession, grades: list[int]) -> None:
    session.start()
    for grade in grades:
        if session.current is None:
            return
        session.reveal()
        session.grade(grade)


def _browse(database: Database, now: datetime) -> None:
    """From revision 0004: alice flags a card and rejects another (a new one, so that it
    gets its schedule row by being rejected)."""
    if HEAD_REVISION < "0004":
        return
    from notecards.browsing import BrowseQuery, Browser

    alice = Browser(database, "alice", today=now.date())
    rows = alice.search(BrowseQuery(sort="question"))
    alice.flag([rows[0].card_id])
    new = [row.card_id for row in rows if row.status == "new"]
    alice.reject(new[:1])


def build(target: Path) -> None:
    """Write the fixture database to ``target`` (replaced)."""
    os.environ["TZ"] = "UTC"
    time.tzset()
    with tempfile.TemporaryDirectory() as scratch:
        notes = Path(scratch) / "notes"
        for name, body in NOTES.items():
            (notes / name).parent.mkdir(parents=True, exist_ok=True)
            (notes / name).write_text(body, "utf-8")
        file = Path(scratch) / "fixture.db"
        database = open_database(f"sqlite:///{file}")
        sync(database, [notes], now=START)
        clock = _Clock()
        alice = StudySession(database, "alice", clock=clock, new_per_day=5)
        bob = StudySession(database, "bob", clock=clock, new_per_day=3)
        _study(alice, [5, 4, 2, 3, 5, 4])  # the 2 comes back: a same-day repeat
        _study(bob, [1, 5, 4, 4])
        clock.moment += timedelta(days=1, hours=2)
        _study(alice, [4, 5, 5, 3])
        alice.start()
        if alice.current is not None:
            alice.suspend()
        for name, body in EDITED.items():  # one answer edited, one card retired
            (notes / name).write_text(body, "utf-8")
        sync(database, [notes], now=clock.moment)
        clock.moment += timedelta(days=20)
        _study(alice, [5, 2, 4])
        _study(bob, [3, 0, 4, 5])
        # since revision 0005: bob switches to FSRS (his cards replayed), grades under it
        fsrs = Scheduler(SchedulerKind.FSRS)
        schedulers.align(database, "bob", fsrs)
        bob = StudySession(database, "bob", clock=clock, new_per_day=3, scheduler=fsrs)
        clock.moment += timedelta(days=3)
        _study(bob, [4, 1, 3])
        bob.start()
        if bob.current is not None:
            bob.bury()
        _browse(database, clock.moment)
        save_as_fixture(database, file, notes, target)


def save_as_fixture(database: Database, file: Path, notes: Path, target: Path) -> None:
    """Close the database built at ``file`` from the notes at ``notes`` and keep it as
    ``target``: its notes stored under :data:`ROOT`, one file with no write-ahead log."""
    with database.transaction() as connection:
        for table in ("sources", "cards"):
            connection.exec_driver_sql(
                f"UPDATE {table} SET root = ? WHERE root = ?", (ROOT, notes.as_posix())
            )
    database.close()
    plain = sqlite3.connect(file)
    plain.execute("PRAGMA journal_mode = DELETE")
    plain.execute("VACUUM")
    plain.close()
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(file, target)


if __name__ == "__main__":
    out = FOLDER / f"revision-{HEAD_REVISION}.db"
    build(out)
    print(f"wrote {out} ({out.stat().st_size:,} bytes)")
