"""Walking the notes folders: which notes may have changed, and which are known to be gone.

Every path given is made canonical first: a notes folder is named by its real path (a
symlink and its target are one folder), and a note file inside a folder the database
already knows is read as part of that folder, so a note has one name however it is
reached. (A folder given is always a root of its own.)

Only a note that is known to be gone is reported as gone: a notes folder that is missing
(or empty where notes were, as an unmounted drive looks), a folder that cannot be read and
a note that cannot be examined are warnings, and the notes they may hold are left as they
are.
"""

from __future__ import annotations

import os
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from notecards.core.extract import EXTRACTOR_VERSION
from notecards.core.model import NoteWarning
from notecards.notes import NOTE_SUFFIXES, NoteFile, unreadable, walk_notes
from notecards.storage import source_rows
from notecards.syncing.matching import Note
from notecards.syncing.reading import Candidate

_LEFT = "its cards are left as they are"


@dataclass(frozen=True, slots=True)
class Scope:
    """What one path given to sync covers: a notes folder (its real path), all of it, or
    one note ``within`` it (``"sub/note.md"``)."""

    given: Path
    root: str
    within: str = ""

    @property
    def one_note(self) -> bool:
        return self.within != ""

    def holds(self, path: str) -> bool:
        """Whether the note ``path`` (relative to the root) is under this scope."""
        return not self.one_note or path == self.within


def aliases(paths: Sequence[Path]) -> list[tuple[str, str]]:
    """``(folder as once stored, its real path)`` for the paths given through a symlink.

    Before roots were made canonical, a folder was stored by its absolute path, unresolved.
    """
    found = []
    for path in paths:
        real = Path(os.path.realpath(path))
        absolute = Path(os.path.abspath(path))
        if real.is_file():
            real, absolute = real.parent, absolute.parent
        if real != absolute:
            found.append((absolute.as_posix(), real.as_posix()))
    return found


def scopes(paths: Sequence[Path], known_roots: Collection[str]) -> list[Scope]:
    """The canonical scopes of ``paths``. A note file is read as part of the closest
    folder above it that the database knows (or that is given with it) and would find it,
    else of its own folder; a folder is a root of its own."""
    real = [Path(os.path.realpath(path)) for path in paths]
    folders = {path.as_posix() for path in real if not path.is_file()}
    roots = sorted({*known_roots, *folders}, key=len, reverse=True)  # the closest first
    found: list[Scope] = []
    for given, path in zip(paths, real, strict=True):
        name = path.as_posix()
        if not path.is_file():
            scope = Scope(given, name)
        else:
            scope = Scope(given, path.parent.as_posix(), path.name)
            for root in roots:
                prefix = root.rstrip("/") + "/"
                if name.startswith(prefix) and _walked(name[len(prefix) :]):
                    scope = Scope(given, root, name[len(prefix) :])
                    break
        if not any(other.root == scope.root and other.holds(scope.within) for other in found):
            found.append(scope)
    # a note given with its folder is read once, with the folder
    return [
        scope
        for scope in found
        if not scope.one_note or not any(o.root == scope.root and not o.one_note for o in found)
    ]


def _walked(source: str) -> bool:
    """Whether a walk of the folder finds the note at ``source`` (hidden ones it skips)."""
    parts = source.split("/")
    suffix = os.path.splitext(parts[-1])[1].lower()
    return suffix in NOTE_SUFFIXES and not any(part.startswith(".") for part in parts)


@dataclass
class Walk:
    """What walking the notes folders found."""

    # notes that may have changed, or whose cards came from earlier extraction rules
    candidates: list[Candidate] = field(default_factory=list)
    gone: list[source_rows.SourceRecord] = field(default_factory=list)  # notes known to be gone
    unchanged: int = 0  # notes whose size and time are as stored, extracted by these rules
    warnings: list[NoteWarning] = field(default_factory=list)


def _notes_in(
    scope: Scope,
    known: dict[Note, source_rows.SourceRecord],
    found: Walk,
    kept: list[tuple[str, str]],
) -> list[NoteFile]:
    """The notes under one scope; what cannot be looked at is kept, with a warning."""
    root = Path(scope.root)
    if scope.one_note:
        path = root / scope.within
        if path.is_file():
            return [NoteFile(root, path, scope.within)]
        found.warnings.append(NoteWarning(str(scope.given), 0, f"note not found; {_LEFT}"))
        return []
    if not root.is_dir():
        found.warnings.append(NoteWarning(str(scope.given), 0, f"notes folder not found; {_LEFT}"))
        kept.append((scope.root, ""))
        return []
    walked = walk_notes(root)
    for prefix, error in walked.unreadable_folders:
        reason = error.strerror or type(error).__name__
        message = f"cannot read the folder: {reason}; its notes are left as they are"
        found.warnings.append(NoteWarning(prefix or str(scope.given), 0, message))
        kept.append((scope.root, prefix))
    if (
        not walked.notes
        and not walked.unreadable_folders
        and any(key[0] == scope.root for key in known)
    ):
        message = f"no notes in the folder (not mounted?); {_LEFT}"
        found.warnings.append(NoteWarning(str(scope.given), 0, message))
        kept.append((scope.root, ""))
        return []
    return [NoteFile(root, note.path, note.source) for note in walked.notes]


def walk(roots: Sequence[Scope], known: dict[Note, source_rows.SourceRecord]) -> Walk:
    """Walk the scopes and compare what is there with the ``known`` notes of their roots."""
    found = Walk()
    seen: set[Note] = set()
    kept: list[tuple[str, str]] = []  # (root, path prefix) of notes that may still be there
    for scope in roots:
        for note in _notes_in(scope, known, found, kept):
            key = (scope.root, note.source)
            seen.add(key)  # there, even if it cannot be examined: its cards stay
            try:
                stat = os.stat(note.path)
            except OSError as error:
                found.warnings.append(unreadable(note.source, error))
                continue
            record = known.get(key)
            if (
                record is not None
                and (record.size, record.mtime_ns) == (stat.st_size, stat.st_mtime_ns)
                and record.extractor_version >= EXTRACTOR_VERSION
            ):
                found.unchanged += 1
                continue
            found.candidates.append(
                Candidate(
                    scope.root,
                    note.source,
                    str(note.path),
                    note.default_deck,
                    stat.st_size,
                    stat.st_mtime_ns,
                    record.content_hash if record else None,
                    record is not None and record.extractor_version < EXTRACTOR_VERSION,
                )
            )
    found.gone = [
        record
        for key, record in known.items()
        if key not in seen
        and any(scope.root == key[0] and not scope.one_note for scope in roots)
        and not any(key[0] == root and key[1].startswith(prefix) for root, prefix in kept)
    ]
    return found
