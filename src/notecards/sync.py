"""Sync: the only code that brings the notes folders into the database.

Walk the folders, read only the notes whose size or modification time changed (and of
those, extract only the ones whose content hash changed) or whose cards came from earlier
extraction rules (an older ``EXTRACTOR_VERSION`` than :mod:`notecards.core.extract`'s, read
and extracted again even when unchanged), then match the cards found to the cards stored:

1. the same key, preferring the card's own note (a card that moved to another note is only
   taken once every note has been read, so that copying a card does not steal its history);
2. a retired card with that key is revived, with its history;
3. a key held by a card of another, unchanged note is a true collision: the new card gets a
   key salted with its note (the same salt every time, so it is matched again next sync);
4. what is left in a changed note is matched by content key, then by similarity
   (rapidfuzz) to what vanished from it, or from a note it took moved cards from: an
   edited question keeps its card, even in a note moved in the same sync; a new note's
   cards are matched to a deleted note's too, when question and answer are both alike
   (a note of one card, moved and edited); in a note whose text is unchanged and only the
   rules changed, a vanished card is carried over to the new card on its line first, then
   to one alike (its key, question, answer and context change; its id, schedule and
   history stay);
5. whatever vanished and was not matched is retired; everything else found is new (and
   waits in the inbox of each profile that triages new cards: :mod:`notecards.storage.triage`).

A card's per-profile marks (suspended, flagged, rejected) live with its schedule, by card id,
so they follow the card through every match above: a rejected card stays rejected through
edits, moves, retirement and revival.

Extraction runs in worker processes when many notes changed, and outside any transaction:
what was decided is written in short transactions (see :mod:`notecards.syncing.writing`),
so that a grade is stored between two of them rather than after the sync; SQLite's search
index is merged between them in short steps of its own (see
:mod:`notecards.storage.search_merging`). A note's cards
are written with the note's record, as soon as they are settled, so memory stays flat
however large the notes folder is; a sync that stops half-way leaves notes done or
untouched, and the next sync completes it. One sync runs at a time per database (see
:mod:`notecards.storage.locks`). The first sync into a database with no cards is one
transaction on SQLite, where nobody can be waiting for it: see :func:`_first_fill`.
"""

from __future__ import annotations

import functools
import gc
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Connection

from notecards.core.extract import EXTRACTOR_VERSION
from notecards.core.model import NoteWarning
from notecards.storage import repo, source_rows, triage
from notecards.storage.db import Database
from notecards.storage.locks import checkpoint, sync_lock
from notecards.storage.search_merging import merge_all, search_tables
from notecards.syncing.matching import Matcher, Note, Offer, card_record
from notecards.syncing.reading import PARALLEL_FROM, Candidate, read_all
from notecards.syncing.walking import Scope, aliases, scopes, walk
from notecards.syncing.writing import Unit, Writer, units_of
from notecards.wording import plural

__all__ = ["BULK_FROM", "PARALLEL_FROM", "Progress", "SyncReport", "sync"]

Progress = Callable[[str, int, int], None]
# a first sync of this many notes builds the card indexes after inserting every card
BULK_FROM = 200
_FLUSH = 2000
# rows a sync writes in one short transaction: a few milliseconds of the write lock
_WRITE_BATCH = 500
# and at most about this long, however dear a row is on this machine: a grade waits no longer
_HOLD_SECONDS = 0.03


@dataclass
class SyncReport:
    """What one sync did."""

    files_read: int = 0
    files_skipped: int = 0
    cards_new: int = 0
    cards_updated: int = 0
    cards_retired: int = 0
    cards_revived: int = 0
    # cards kept (id, schedule, history) through new extraction rules that word them anew
    cards_carried: int = 0
    warnings: list[NoteWarning] = field(default_factory=list)

    @property
    def cards_changed(self) -> int:
        """How many cards this sync added, changed, retired, revived or carried over."""
        return (
            self.cards_new
            + self.cards_updated
            + self.cards_retired
            + self.cards_revived
            + self.cards_carried
        )

    def summary(self) -> str:
        line = (
            f"{plural(self.files_read, 'file')} read, {self.files_skipped} unchanged; cards: "
            f"{self.cards_new} new, {self.cards_updated} updated, {self.cards_retired} retired, "
            f"{self.cards_revived} revived"
        )
        if self.cards_carried:
            line += f"; {self.cards_carried} carried over to the new rules"
        return line


def sync(
    database: Database,
    roots: Sequence[Path],
    *,
    now: datetime | None = None,
    progress: Progress | None = None,
    jobs: int | None = None,
) -> SyncReport:
    """Bring the database up to date with the notes under ``roots`` (folders or notes)."""
    now = now or datetime.now(UTC)
    with _collector_paused():
        return _sync(database, roots, now, progress, jobs)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """No cyclic garbage collection during a sync: it makes no cycles, but holds many objects
    that every full collection would walk again and again."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _source_change(
    candidate: Candidate,
    digest: str,
    known: dict[Note, source_rows.SourceRecord],
    *,
    extracted: bool,
) -> Unit:
    """The note's new record, as a unit to write with its cards (``extracted``: by these
    rules; else its cards are as the rules it was last extracted by made them)."""
    stored = known.get((candidate.root, candidate.source))
    if stored is None:
        return Unit(
            new_sources=[
                (
                    candidate.root,
                    candidate.source,
                    candidate.size,
                    candidate.mtime_ns,
                    digest,
                    EXTRACTOR_VERSION,
                )
            ]
        )
    version = EXTRACTOR_VERSION if extracted else stored.extractor_version
    return Unit(changed_sources=[(stored.id, candidate.size, candidate.mtime_ns, digest, version)])


def _read_and_match(
    candidates: Sequence[Candidate],
    known: dict[Note, source_rows.SourceRecord],
    matcher: Matcher,
    writer: Writer,
    lookup: _KeyLookup,
    *,
    report: SyncReport,
    progress: Progress | None,
    jobs: int | None,
) -> dict[Note, Unit]:
    """Read the candidates (in parallel when many) and offer their cards to the matcher.

    Notes whose cards are settled at once are written as they come, so memory stays flat;
    the record changes of the others are returned, to be written once every note is read.
    """
    waiting: dict[Note, Unit] = {}
    pending: list[Offer] = []  # found cards waiting for one batched key lookup
    offered: list[Note] = []  # the notes those cards come from
    for done, result in enumerate(read_all(candidates, jobs), start=1):
        candidate = result.candidate
        note = (candidate.root, candidate.source)
        report.warnings.extend(result.warnings)
        if result.digest is None:
            matcher.keep(note)  # unreadable: its cards stay as they are
        elif result.found is None:
            report.files_skipped += 1
            matcher.keep(note)  # the same text: only its size or time changed
            writer.add([_source_change(candidate, result.digest, known, extracted=False)])
        else:
            report.files_read += 1
            if candidate.outdated and result.digest == candidate.known_hash:
                matcher.rules_changed(note)  # the same text, read again for the new rules
            waiting[note] = _source_change(candidate, result.digest, known, extracted=True)
            root = candidate.root
            pending.extend((card_record(fields), key, root) for fields, key in result.found)
            offered.append(note)
        if len(pending) >= _FLUSH or done == len(candidates):
            with lookup.held() if matcher.stored_cards else nullcontext():
                matcher.prefetch(pending)
                for offer in pending:
                    matcher.offer(*offer)
            settled = []
            for settled_note, outcome in matcher.take_settled(offered):
                unit = waiting.pop(settled_note)
                unit.add_outcome(outcome)
                settled.append(unit)
            writer.add(settled)
            pending, offered = [], []
        if progress is not None:
            progress("read", done, len(candidates))
    return waiting


def _vanishing(
    connection: Connection,
    candidates: Sequence[Candidate],
    gone: Sequence[source_rows.SourceRecord],
) -> list[repo.StoredCard]:
    """The stored cards of notes that changed or are gone: they may be edited or retired."""
    touched: dict[str, list[str]] = defaultdict(list)
    for candidate in candidates:
        if candidate.known_hash is not None:
            touched[candidate.root].append(candidate.source)
    for record in gone:
        touched[record.root].append(record.path)
    return [
        stored
        for root, paths in touched.items()
        for stored in repo.active_cards_in(connection, root, paths)
    ]


def _sync(
    database: Database,
    roots: Sequence[Path],
    now: datetime,
    progress: Progress | None,
    jobs: int | None,
) -> SyncReport:
    report = SyncReport()
    with sync_lock(database.engine):
        scoped = _scopes(database, roots)
        with database.reading() as connection:
            known = source_rows.sources(connection, sorted({scope.root for scope in scoped}))
        walked = walk(scoped, known)
        report.files_skipped += walked.unchanged
        report.warnings.extend(walked.warnings)
        candidates, gone = walked.candidates, walked.gone
        if not candidates and not gone:
            return report
        with database.reading() as connection:
            vanishing = _vanishing(connection, candidates, gone)
            stored_cards = repo.has_cards(connection)
            holding = triage.triaging_profiles(connection)
            searched = search_tables(connection)
        first_fill = (
            not stored_cards
            and len(candidates) >= BULK_FROM
            and database.engine.dialect.name == "sqlite"
        )
        lookup = _KeyLookup(database)
        matcher = Matcher(
            vanishing,
            stored_cards=stored_cards,
            lookup=lookup,
            new_notes=[(c.root, c.source) for c in candidates if c.known_hash is None],
            gone_notes=[(record.root, record.path) for record in gone],
        )
        # short transactions, that a grade can pass between
        short = functools.partial(database.transaction, yielding=True)

        def after() -> None:
            merge_all(short, searched)
            checkpoint(database.engine)

        with _first_fill(database) if first_fill else nullcontext() as filling:
            if filling is None:
                writer = Writer(
                    short, now, _WRITE_BATCH, after, hold_for=holding, hold_at_most=_HOLD_SECONDS
                )
            else:
                writer = Writer(lambda: nullcontext(filling), now, _FLUSH, hold_for=holding)
            waiting = _read_and_match(
                candidates,
                known,
                matcher,
                writer,
                lookup,
                report=report,
                progress=progress,
                jobs=jobs,
            )
            settlement = matcher.settle()
            gone_ids = {(record.root, record.path): record.id for record in gone}
            writer.add(units_of(settlement, waiting, gone_ids))
            writer.flush()
        if first_fill:
            after()
    report.cards_new = writer.written.inserted
    report.cards_revived = matcher.revived
    report.cards_carried = matcher.carried
    report.cards_updated = writer.written.updated - matcher.revived - matcher.carried
    report.cards_retired = writer.written.retired
    return report


def _scopes(database: Database, roots: Sequence[Path]) -> list[Scope]:
    """The canonical scopes of the paths given; notes stored under a symlink's path (as
    they were before roots were made canonical) are first filed under the real path."""
    with database.reading() as connection:
        known_roots = source_rows.source_roots(connection)
    for alias, real in aliases(roots):
        if alias in known_roots and real not in known_roots:
            with database.transaction() as connection:
                source_rows.move_root(connection, alias, real)
            known_roots = (known_roots - {alias}) | {real}
    return scopes(roots, known_roots)


class _KeyLookup:
    """Who holds some keys, read in a short read transaction of its own, or in the one
    held open while a batch of cards is offered (:meth:`held`)."""

    def __init__(self, database: Database) -> None:
        self.database = database
        self.connection: Connection | None = None

    def __call__(self, keys: list[str]) -> dict[str, repo.KeyEntry]:
        if self.connection is not None:
            return repo.key_entries(self.connection, keys)
        with self.database.reading() as connection:
            return repo.key_entries(connection, keys)

    @contextmanager
    def held(self) -> Iterator[None]:
        with self.database.reading() as connection:
            self.connection = connection
            try:
                yield
            finally:
                self.connection = None


@contextmanager
def _first_fill(database: Database) -> Iterator[Connection]:
    """A first sync into a database with no cards at all, in one transaction.

    No grade can be waiting for it (there is nothing to grade yet) and SQLite's readers do
    not wait for writers, so it may keep the write lock: inserting every card without the
    card indexes and building them at the end is about a third faster, and a first sync
    that is interrupted leaves the database empty, as it was.
    """
    with database.transaction() as connection, repo.indexes_built_after(connection):
        yield connection
