"""A sync's short transactions hold the write lock about as long as allowed, whatever a row
costs on this machine: the batch follows the time the last transaction took."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from notecards.storage.db import open_database
from notecards.syncing.writing import Unit, Writer

NOW = datetime(2026, 12, 4, tzinfo=UTC)


class SlowClock:
    """Each transaction appears to take ``per_row`` seconds for each row it writes."""

    def __init__(self, per_row: float) -> None:
        self.per_row = per_row
        self.moment = 0.0
        self.rows = 0
        self.started = False

    def __call__(self) -> float:
        if self.started:  # the transaction's end
            self.moment += self.per_row * self.rows
        self.started = not self.started
        return self.moment


def unit_of(rows: int) -> Unit:
    return Unit(retired=list(range(10**9, 10**9 + rows)))  # ids no card has: writes nothing


def test_the_batch_shrinks_when_rows_are_dear_and_grows_back_when_cheap(tmp_path: Path) -> None:
    database = open_database(f"sqlite:///{tmp_path / 'n.db'}", create=True)
    clock = SlowClock(per_row=0.001)  # 1 ms a row: 500 rows would hold the lock half a second
    writer = Writer(database.transaction, NOW, 500, hold_at_most=0.04, clock=clock)
    assert writer.batch == 50  # the first transaction is timed before it is trusted
    clock.rows = 500
    writer.add([unit_of(500)])
    assert writer.batch == 40  # 40 ms of rows at 1 ms each
    clock.per_row, clock.rows = 0.00001, 40  # cheap rows again: back up to the most allowed
    writer.add([unit_of(40)])
    assert writer.batch == 500
    clock.per_row, clock.rows = 1.0, 500  # however dear a row, a batch keeps a few rows
    writer.add([unit_of(500)])
    assert writer.batch == 10
    database.close()


def test_without_a_limit_the_batch_stays_as_given(tmp_path: Path) -> None:
    database = open_database(f"sqlite:///{tmp_path / 'n.db'}", create=True)
    clock = SlowClock(per_row=1.0)
    writer = Writer(database.transaction, NOW, 500, clock=clock)
    clock.rows = 500
    writer.add([unit_of(500)])
    assert writer.batch == 500
    database.close()
