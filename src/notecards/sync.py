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
import hashlib
import multiprocessing
import os
import signal
import sys
import threading
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from datetime import UTC, datetime
from multiprocessing.context import BaseContext
from pathlib import Path

from sqlalchemy import Connection

from notecards.core import identity
from notecards.core.extract import extract_bytes
from notecards.core.model import NoteWarning
from notecards.notes import find_notes, unreadable
from notecards.storage import repo
from notecards.storage.db import Database
from notecards.wording import plural

Progress = Callable[[str, int, int], None]
PARALLEL_FROM = 64
# a first sync of this many notes builds the card indexes after inserting every card
BULK_FROM = 200
_PR_SET_PDEATHSIG = 1
_CHUNK = 24
_FLUSH = 2000
# similarity (0-100) for a vanished card to be taken for the same card, edited
QUESTION_SIMILARITY = 80.0
COMBINED_SIMILARITY = 75.0

Note = tuple[str, str]  # (root, source)


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
            f"{plural(self.files_read, 'file')} read, {self.files_skipped} unchanged; cards: "
            f"{self.cards_new} new, {self.cards_updated} updated, {self.cards_retired} retired, "
            f"{self.cards_revived} revived"
        )


@dataclass(frozen=True, slots=True)
class _Candidate:
    root: str
    source: str
    path: str
    default_deck: str
    size: int
    mtime_ns: int
    known_hash: str | None


# A card found in a note, as a worker sends it: its record's fields as a plain tuple (plain
# tuples cross process boundaries far faster than named ones) and its content key.
_Found = tuple[tuple[str, str, str, str, str, str, str, int], str]


@dataclass(frozen=True, slots=True)
class _Result:
    candidate: _Candidate
    digest: str | None  # None: the file could not be read
    found: tuple[_Found, ...] | None  # None: content unchanged (or unreadable)
    warnings: tuple[NoteWarning, ...]


def content_hash(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def _read(candidate: _Candidate) -> _Result:
    """Read, hash and (if changed) extract one note. Runs in worker processes."""
    try:
        data = Path(candidate.path).read_bytes()
    except OSError as error:
        return _Result(candidate, None, None, (unreadable(candidate.source, error),))
    digest = content_hash(data)
    if digest == candidate.known_hash:
        return _Result(candidate, digest, None, ())
    extraction = extract_bytes(data, candidate.source, default_deck=candidate.default_deck)
    records = repo.records_of(extraction.cards)
    found = tuple(
        (tuple(record), card.key) for record, card in zip(records, extraction.cards, strict=True)
    )
    return _Result(candidate, digest, found, extraction.warnings)  # type: ignore[arg-type]


def _die_with_parent() -> None:
    """Worker start-up: never outlive the sync that started us, even if it is killed.

    A forked worker holds copies of the parent's sockets; were it to live on after a
    SIGKILL, a database server would keep the killed sync's transaction open.
    """
    if sys.platform.startswith("linux"):
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() == 1:  # the parent died before the line above took effect
        os._exit(1)


def _read_all(candidates: Sequence[_Candidate], jobs: int | None) -> Iterator[_Result]:
    workers = jobs if jobs is not None else (os.cpu_count() or 1)
    if workers <= 1 or len(candidates) < PARALLEL_FROM:
        yield from map(_read, candidates)
        return
    context: BaseContext
    if threading.active_count() > 1:
        # forking a process with other threads running can copy a lock one of them holds
        # (the review screen syncs from a worker thread): start workers from a clean server
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["notecards.sync"])
    else:
        context = multiprocessing.get_context("fork")
    # objects alive now are never garbage: keep the workers' collector (and its copy-on-write
    # page faults) off the heap they inherit from us
    gc.freeze()
    try:
        with ProcessPoolExecutor(
            max_workers=workers, mp_context=context, initializer=_die_with_parent
        ) as pool:
            yield from pool.map(_read, candidates, chunksize=_CHUNK)
    finally:
        gc.unfreeze()


def _similarity(left: str, right: str) -> float:
    from rapidfuzz import fuzz

    return float(fuzz.ratio(left, right))


# a found card offered to the matcher: (record, content key, root)
_Offer = tuple[repo.CardRecord, str, str]


def _record(fields: tuple[str, str, str, str, str, str, str, int]) -> repo.CardRecord:
    return tuple.__new__(repo.CardRecord, fields)


def _edit_score(stored: repo.StoredCard, record: repo.CardRecord, base_key: str) -> float | None:
    """How surely a found card is a vanished one edited (None: it is not)."""
    if stored.base_key == base_key:
        return 300.0
    question = _similarity(
        identity.normalise_text(stored.record.question), identity.normalise_text(record.question)
    )
    if question >= QUESTION_SIMILARITY:
        return 100.0 + question
    answer = _similarity(stored.record.answer, record.answer)
    combined = 0.5 * question + 0.5 * answer
    if answer >= QUESTION_SIMILARITY and combined >= COMBINED_SIMILARITY:
        return combined
    return None


class _Matcher:
    """Decides, card by card, which stored card each found card is."""

    def __init__(self, connection: Connection, vanishing: list[repo.StoredCard]) -> None:
        self.connection = connection
        self.stored_cards = repo.has_cards(connection)
        self.vanishing = {stored.id: stored for stored in vanishing}
        self.notes_with_vanishing: set[Note] = {
            (stored.root, stored.record.source) for stored in vanishing
        }
        self.entries: dict[str, repo.KeyEntry | None] = {}
        self.claimed: set[int] = set()
        self.taken: set[str] = set()  # keys given to cards in this sync
        self.ready: list[repo.Placement] = []  # new cards to write now
        self.held: list[repo.Placement] = []  # new cards that may be edits
        self.updates: list[tuple[int, repo.CardRecord, str, str, str]] = []
        self.deferred: list[_Offer] = []  # cards that moved between notes
        self.revived = 0

    def prefetch(self, offers: Sequence[_Offer]) -> None:
        """Look up, in one go, the keys these cards will ask about first: their own."""
        if not self.stored_cards:
            return  # nothing stored yet: every key is free but for this sync's own
        wanted = {offer[1] for offer in offers}
        unknown = [key for key in wanted if key not in self.entries]
        if unknown:
            entries = repo.key_entries(self.connection, unknown)
            for key in unknown:
                self.entries[key] = entries.get(key)

    def _entry(self, key: str) -> repo.KeyEntry | None:
        if not self.stored_cards:
            return None
        if key not in self.entries:
            self.entries[key] = repo.key_entries(self.connection, [key]).get(key)
        return self.entries[key]

    def offer(
        self, record: repo.CardRecord, base_key: str, root: str, *, final: bool = False
    ) -> None:
        """Place one found card under its key, a salted key, or a stored card's key."""
        key, salts = base_key, 0
        while True:
            entry = None if key in self.taken else self._entry(key)
            if key in self.taken or (
                entry is not None
                and (
                    entry.id in self.claimed
                    or (not entry.retired and entry.id not in self.vanishing)
                )
            ):
                # this sync (a found card, or one that revived a retired card) or another
                # note's card holds the key
                salts += 1
                key = identity.salted_key(base_key, f"{root}/{record.source}", salts)
                continue
            if entry is None:
                self._place(record, key, base_key, root, None)
            elif entry.id in self.vanishing:
                if (entry.root, entry.source) != (root, record.source) and not final:
                    self.deferred.append((record, base_key, root))
                    return
                self._place(record, key, base_key, root, entry.id)
            else:
                self.revived += 1
                self._place(record, key, base_key, root, entry.id)
            return

    def _place(
        self, record: repo.CardRecord, key: str, base_key: str, root: str, card_id: int | None
    ) -> None:
        self.taken.add(key)
        if card_id is None:
            note = (root, record.source)
            target = self.held if note in self.notes_with_vanishing else self.ready
            target.append((record, key, base_key, root))
            return
        self.claimed.add(card_id)
        stored = self.vanishing.get(card_id)
        unchanged = (
            stored is not None
            and stored.record == record
            and (stored.key, stored.base_key, stored.root) == (key, base_key, root)
        )
        if not unchanged:
            self.updates.append((card_id, record, key, base_key, root))

    def settle_moves(self) -> None:
        """Cards that moved to another note, taken now that every note has been read."""
        deferred, self.deferred = self.deferred, []
        for record, base_key, root in deferred:
            self.offer(record, base_key, root, final=True)

    def match_edits(self) -> None:
        """New cards of a changed note that are its vanished cards edited keep those cards."""
        leftovers: dict[Note, list[repo.StoredCard]] = defaultdict(list)
        for stored in self.vanishing.values():
            if stored.id not in self.claimed:
                leftovers[(stored.root, stored.record.source)].append(stored)
        pairs: list[tuple[float, int, int]] = []
        for index, (record, _key, base_key, root) in enumerate(self.held):
            for stored in leftovers.get((root, record.source), ()):
                if stored.record.kind == record.kind:
                    score = _edit_score(stored, record, base_key)
                    if score is not None:
                        pairs.append((score, index, stored.id))
        matched: set[int] = set()
        for _, index, stored_id in sorted(pairs, key=lambda pair: -pair[0]):
            if index in matched or stored_id in self.claimed:
                continue
            matched.add(index)
            self.claimed.add(stored_id)
            record, key, base_key, root = self.held[index]
            self.updates.append((stored_id, record, key, base_key, root))
        self.ready.extend(item for index, item in enumerate(self.held) if index not in matched)
        self.held = []

    def unclaimed(self) -> list[repo.StoredCard]:
        return [stored for stored in self.vanishing.values() if stored.id not in self.claimed]


def _walk(
    roots: Sequence[Path], known: dict[Note, repo.SourceRecord], report: SyncReport
) -> tuple[list[_Candidate], list[repo.SourceRecord]]:
    """The notes that may have changed, and the stored notes that are gone."""
    seen: set[Note] = set()
    candidates: list[_Candidate] = []
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
                _Candidate(
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
    candidates: Sequence[_Candidate],
    known: dict[Note, repo.SourceRecord],
    matcher: _Matcher,
    *,
    report: SyncReport,
    now: datetime,
    progress: Progress | None,
    jobs: int | None,
) -> _Reading:
    """Read the candidates (in parallel when many) and offer their cards to the matcher;
    new cards are written as they come, so memory stays flat."""
    reading = _Reading()
    pending: list[_Offer] = []  # found cards waiting for one batched key lookup
    for done, result in enumerate(_read_all(candidates, jobs), start=1):
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
                pending.extend((_record(fields), key, root) for fields, key in result.found)
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
    connection: Connection, candidates: Sequence[_Candidate], gone: Sequence[repo.SourceRecord]
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
        matcher = _Matcher(connection, _vanishing(connection, candidates, gone))
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
