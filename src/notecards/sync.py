"""Sync: the only code that brings the notes folders into the database.

Walk the folders, read only the notes whose size or modification time changed (and of
those, extract only the ones whose content hash changed), then match the cards found to the
cards stored, all in one transaction:

1. the same key, preferring the card's own note (a card that moved to another note is only
   taken once every note has been read, so that copying a card does not steal its history);
2. a retired card with that key is revived, with its history;
3. a key held by a card of another, unchanged note is a true collision: the new card gets a
   key salted with its note (the same salt every time, so it is matched again next sync);
4. what is left in a changed note is matched by content key, then by similarity
   (rapidfuzz) to what vanished from it: an edited question keeps its card;
5. whatever vanished and was not matched is retired; everything else found is new.

Extraction runs in worker processes when many notes changed; new cards are written in
batches as they come, so memory stays flat however large the notes folder is.
"""

from __future__ import annotations

import gc
import os
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Connection

from notecards.core.model import NoteWarning
from notecards.notes import find_notes, unreadable
from notecards.storage import repo
from notecards.storage.db import Database
from notecards.syncing.matching import Matcher, Note, Offer, card_record
from notecards.syncing.reading import PARALLEL_FROM, Candidate, read_all

__all__ = ["BULK_FROM", "PARALLEL_FROM", "Progress", "SyncReport", "sync"]

Progress = Callable[[str, int, int], None]
# a first sync of this many notes builds the card indexes after inserting every card
BULK_FROM = 200
_FLUSH = 2000


@dataclass
class SyncReport:
    """What one sync did."""

    files_read: int = 0
    files_skipped: int = 0
    cards_new: int = 0
    cards_updated: int = 0
    cards_retired: int = 0
    cards_revived: int = 0
    warnings: list[NoteWarning] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"{self.files_read} files read, {self.files_skipped} skipped; cards: "
            f"{self.cards_new} new, {self.cards_updated} updated, {self.cards_retired} retired, "
            f"{self.cards_revived} revived"
        )


def _walk(
    roots: Sequence[Path], known: dict[Note, repo.SourceRecord], report: SyncReport
) -> tuple[list[Candidate], list[repo.SourceRecord]]:
    """The notes that may have changed, and the stored notes that are gone."""
    seen: set[Note] = set()
    candidates: list[Candidate] = []
    for root in roots:
        for note in find_notes(root):
            key = (note.root.as_posix(), note.source)
            try:
                stat = os.stat(note.path)
            except OSError as error:
                report.warnings.append(unreadable(note.source, error))
                continue
            seen.add(key)
            record = known.get(key)
            if record is not None and (record.size, record.mtime_ns) == (
                stat.st_size,
                stat.st_mtime_ns,
            ):
                report.files_skipped += 1
                continue
            candidates.append(
                Candidate(
                    key[0],
                    note.source,
                    str(note.path),
                    note.default_deck,
                    stat.st_size,
                    stat.st_mtime_ns,
                    record.content_hash if record else None,
                )
            )
    gone = [record for key, record in known.items() if key not in seen]
    return candidates, gone


def sync(
    database: Database,
    roots: Sequence[Path],
    *,
    now: datetime | None = None,
    progress: Progress | None = None,
    jobs: int | None = None,
) -> SyncReport:
    """Bring the database up to date with the notes under ``roots``, in one transaction."""
    now = now or datetime.now(UTC)
    roots = [Path(os.path.abspath(root)) for root in roots]
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


@dataclass
class _Reading:
    """What reading the candidate notes found, besides their cards."""

    new_sources: list[tuple[str, str, int, int, str]] = field(default_factory=list)
    changed_sources: list[tuple[int, int, int, str]] = field(default_factory=list)
    kept_notes: set[Note] = field(default_factory=set)  # unreadable or unchanged notes

    def save_sources(self, connection: Connection, now: datetime) -> None:
        """Write the sources read so far (new and changed) and forget them."""
        repo.save_sources(connection, self.new_sources, self.changed_sources, now)
        self.new_sources, self.changed_sources = [], []


def _read_and_match(
    connection: Connection,
    candidates: Sequence[Candidate],
    known: dict[Note, repo.SourceRecord],
    matcher: Matcher,
    *,
    report: SyncReport,
    now: datetime,
    progress: Progress | None,
    jobs: int | None,
) -> _Reading:
    """Read the candidates (in parallel when many) and offer their cards to the matcher;
    new cards are written as they come, so memory stays flat."""
    reading = _Reading()
    pending: list[Offer] = []  # found cards waiting for one batched key lookup
    for done, result in enumerate(read_all(candidates, jobs), start=1):
        candidate = result.candidate
        note = (candidate.root, candidate.source)
        report.warnings.extend(result.warnings)
        if result.digest is None:
            reading.kept_notes.add(note)
        else:
            stored_source = known.get(note)
            entry = (candidate.size, candidate.mtime_ns, result.digest)
            if stored_source is None:
                reading.new_sources.append((*note, *entry))
            else:
                reading.changed_sources.append((stored_source.id, *entry))
            if result.found is None:
                report.files_skipped += 1
                reading.kept_notes.add(note)
            else:
                report.files_read += 1
                root = candidate.root
                pending.extend((card_record(fields), key, root) for fields, key in result.found)
        if len(pending) >= _FLUSH or done == len(candidates):
            matcher.prefetch(pending)
            for offer in pending:
                matcher.offer(*offer)
            pending = []
        if len(matcher.ready) >= _FLUSH:
            report.cards_new += len(matcher.ready)
            repo.insert_cards(connection, matcher.ready, now)
            matcher.ready = []
        if len(reading.new_sources) + len(reading.changed_sources) >= _FLUSH:
            reading.save_sources(connection, now)
        if progress is not None:
            progress("read", done, len(candidates))
    matcher.settle_moves()
    matcher.match_edits()
    report.cards_new += len(matcher.ready)
    repo.insert_cards(connection, matcher.ready, now)
    matcher.ready = []
    return reading


def _vanishing(
    connection: Connection, candidates: Sequence[Candidate], gone: Sequence[repo.SourceRecord]
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
    with database.transaction() as connection:
        known = repo.sources(connection, [root.as_posix() for root in roots])
        candidates, gone = _walk(roots, known, report)
        if not candidates and not gone:
            return report
        matcher = Matcher(connection, _vanishing(connection, candidates, gone))
        first_fill = not matcher.stored_cards and len(candidates) >= BULK_FROM
        with repo.indexes_built_after(connection) if first_fill else nullcontext():
            reading = _read_and_match(
                connection,
                candidates,
                known,
                matcher,
                report=report,
                now=now,
                progress=progress,
                jobs=jobs,
            )
        retired = [
            stored.id
            for stored in matcher.unclaimed()
            if (stored.root, stored.record.source) not in reading.kept_notes
        ]
        repo.update_cards(connection, matcher.updates, now)
        repo.retire_cards(connection, retired, now)
        reading.save_sources(connection, now)
        repo.delete_sources(connection, [record.id for record in gone])
        report.cards_revived = matcher.revived
        report.cards_updated = len(matcher.updates) - matcher.revived
        report.cards_retired = len(retired)
    return report
