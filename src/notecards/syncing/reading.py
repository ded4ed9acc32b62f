"""Reading the notes a sync may need: hash each one, extract those whose content changed
(and those that earlier extraction rules extracted, changed or not).

Many notes are read in worker processes, which never outlive the sync that started them.
"""

from __future__ import annotations

import gc
import hashlib
import multiprocessing
import os
import signal
import sys
import threading
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from multiprocessing.context import BaseContext
from pathlib import Path

from notecards.core.extract import extract_bytes
from notecards.core.model import NoteWarning
from notecards.notes import unreadable
from notecards.storage import repo

PARALLEL_FROM = 64
_PR_SET_PDEATHSIG = 1
_CHUNK = 24


@dataclass(frozen=True, slots=True)
class Candidate:
    """A note that may have changed since the last sync."""

    root: str
    source: str
    path: str
    default_deck: str
    size: int
    mtime_ns: int
    known_hash: str | None  # None: a note the database does not know yet
    # its cards came from earlier extraction rules: it is extracted again, even unchanged
    outdated: bool = False


# A card found in a note, as a worker sends it: its record's fields as a plain tuple (plain
# tuples cross process boundaries far faster than named ones) and its content key.
Found = tuple[tuple[str, str, str, str, str, str, str, int], str]


@dataclass(frozen=True, slots=True)
class Result:
    candidate: Candidate
    digest: str | None  # None: the file could not be read
    found: tuple[Found, ...] | None  # None: content unchanged (or unreadable)
    warnings: tuple[NoteWarning, ...]


def content_hash(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def read(candidate: Candidate) -> Result:
    """Read, hash and (if changed) extract one note. Runs in worker processes."""
    try:
        data = Path(candidate.path).read_bytes()
    except OSError as error:
        return Result(candidate, None, None, (unreadable(candidate.source, error),))
    digest = content_hash(data)
    if digest == candidate.known_hash and not candidate.outdated:
        return Result(candidate, digest, None, ())
    extraction = extract_bytes(data, candidate.source, default_deck=candidate.default_deck)
    records = repo.records_of(extraction.cards)
    found = tuple(
        (tuple(record), card.key) for record, card in zip(records, extraction.cards, strict=True)
    )
    return Result(candidate, digest, found, extraction.warnings)  # type: ignore[arg-type]


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


def read_all(candidates: Sequence[Candidate], jobs: int | None) -> Iterator[Result]:
    """Every candidate read, in order; in worker processes when there are many."""
    workers = jobs if jobs is not None else (os.cpu_count() or 1)
    if workers <= 1 or len(candidates) < PARALLEL_FROM:
        yield from map(read, candidates)
        return
    context: BaseContext
    if threading.active_count() > 1:
        # forking a process with other threads running can copy a lock one of them holds
        # (the review screen syncs from a worker thread): start workers from a clean server
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload([__name__])
    else:
        context = multiprocessing.get_context("fork")
    # objects alive now are never garbage: keep the workers' collector (and its copy-on-write
    # page faults) off the heap they inherit from us
    gc.freeze()
    try:
        with ProcessPoolExecutor(
            max_workers=workers, mp_context=context, initializer=_die_with_parent
        ) as pool:
            yield from pool.map(read, candidates, chunksize=_CHUNK)
    finally:
        gc.unfreeze()
