"""Writing what a sync decided, in units that keep the database consistent.

A unit is a set of notes written together: their records (size, time, content hash, the
version of the rules that extracted them) and every change to the cards they hold or held.
A card that moved joins the note it left and the note it went to in one unit. Whatever is
committed, a note's record therefore always describes the cards stored for it, and a sync
that stops half-way leaves notes either done or untouched: the next sync reads the
untouched ones again and finishes the work.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Connection

from notecards.storage import repo, source_rows, triage
from notecards.syncing.matching import Note, Outcome, Settlement, Update

# root, path, size, mtime_ns, content hash, extractor version
NewSource = tuple[str, str, int, int, str, int]
# source id, size, mtime_ns, content hash, extractor version
ChangedSource = tuple[int, int, int, str, int]


@dataclass(slots=True)
class Unit:
    """Changes that are written in one transaction (or not at all)."""

    inserts: list[repo.Placement] = field(default_factory=list)
    updates: list[Update] = field(default_factory=list)
    retired: list[int] = field(default_factory=list)
    new_sources: list[NewSource] = field(default_factory=list)
    changed_sources: list[ChangedSource] = field(default_factory=list)
    gone_sources: list[int] = field(default_factory=list)

    def add(self, other: Unit) -> None:
        self.inserts += other.inserts
        self.updates += other.updates
        self.retired += other.retired
        self.new_sources += other.new_sources
        self.changed_sources += other.changed_sources
        self.gone_sources += other.gone_sources

    def add_outcome(self, outcome: Outcome) -> None:
        self.inserts += outcome.inserts
        self.updates += outcome.updates

    def rows(self) -> int:
        return (
            len(self.inserts)
            + len(self.updates)
            + len(self.retired)
            + len(self.new_sources)
            + len(self.changed_sources)
            + len(self.gone_sources)
        )


def units_of(
    settlement: Settlement, waiting: dict[Note, Unit], gone: dict[Note, int]
) -> list[Unit]:
    """The last units of a sync: the notes that waited for every note to be read, grouped
    so that the notes a card moved between are written together.

    ``waiting`` holds each such note's record change, ``gone`` the ids of deleted notes.
    """
    parent: dict[Note, Note] = {}

    def find(note: Note) -> Note:
        parent.setdefault(note, note)
        while parent[note] != note:
            parent[note] = parent[parent[note]]
            note = parent[note]
        return note

    for note in (*settlement.outcomes, *waiting, *gone):
        find(note)
    for note, _ in settlement.retired:
        find(note)
    for old, new in settlement.links:
        parent[find(old)] = find(new)
    units: dict[Note, Unit] = {}

    def unit_of(note: Note) -> Unit:
        top = find(note)
        found = units.get(top)
        if found is None:
            found = units[top] = Unit()
        return found

    for note, outcome in settlement.outcomes.items():
        unit_of(note).add_outcome(outcome)
    for note, change in waiting.items():
        unit_of(note).add(change)
    for note, card_id in settlement.retired:
        unit_of(note).retired.append(card_id)
    for note, source_id in gone.items():
        unit_of(note).gone_sources.append(source_id)
    return list(units.values())


@dataclass
class Written:
    """How many cards were written, by kind of change."""

    inserted: int = 0
    updated: int = 0
    retired: int = 0


_FEWEST_ROWS = 10  # a batch is never smaller: every transaction has its own fixed cost
_FIRST_ROWS = 50


class Writer:
    """Writes units, several to a transaction up to ``batch`` rows (a unit is never split).

    ``transaction`` opens the transaction each batch is written in; ``after`` is called
    after each commit. New cards wait in the inboxes of the profiles in ``hold_for`` (see
    :mod:`notecards.storage.triage`).

    With ``hold_at_most`` (seconds), the batch follows how long the last transaction held
    the write lock, so that each holds it about that long whatever a row costs on this
    machine (search indexes kept by triggers make a row several times dearer): a grade
    waiting for the lock waits at most about that long.
    """

    def __init__(
        self,
        transaction: Callable[[], AbstractContextManager[Connection]],
        now: datetime,
        batch: int,
        after: Callable[[], None] | None = None,
        hold_for: Sequence[str] = (),
        *,
        hold_at_most: float | None = None,
        clock: Callable[[], float] = time.perf_counter,
    ) -> None:
        self.transaction = transaction
        self.hold_for = list(hold_for)
        self.now = now
        # with a limit, start small: the first transaction is timed before it is trusted
        self.batch = batch if hold_at_most is None else min(batch, _FIRST_ROWS)
        self.most_rows = batch
        self.hold_at_most = hold_at_most
        self.clock = clock
        self.after = after
        self.pending = Unit()
        self.written = Written()

    def _fit_batch(self, rows: int, held: float) -> None:
        """The next batch, sized so that its transaction holds the lock ``hold_at_most``."""
        if self.hold_at_most is None or rows <= 0:
            return
        per_row = max(held, 1e-6) / rows
        fitted = int(self.hold_at_most / per_row)
        self.batch = max(_FEWEST_ROWS, min(self.most_rows, fitted))

    def add(self, units: Iterable[Unit]) -> None:
        for unit in units:
            self.pending.add(unit)
            if self.pending.rows() >= self.batch:
                self.flush()

    def flush(self) -> None:
        unit, self.pending = self.pending, Unit()
        if not unit.rows():
            return
        rows = unit.rows()
        started = self.clock()
        with self.transaction() as connection:
            repo.update_cards(connection, unit.updates, self.now)
            held_after = triage.last_card_id(connection) if self.hold_for and unit.inserts else -1
            repo.insert_cards(connection, unit.inserts, self.now)
            if held_after >= 0:
                triage.hold_new_cards(connection, held_after, self.hold_for)
            repo.retire_cards(connection, unit.retired, self.now)
            source_rows.save_sources(connection, unit.new_sources, unit.changed_sources, self.now)
            source_rows.delete_sources(connection, unit.gone_sources)
        self._fit_batch(rows, self.clock() - started)
        if self.after is not None:
            self.after()
        self.written.inserted += len(unit.inserts)
        self.written.updated += len(unit.updates)
        self.written.retired += len(unit.retired)
