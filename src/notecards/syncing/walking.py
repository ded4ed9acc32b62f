"""Walking the notes folders: which notes may have changed, and which are known to be gone.

Only a note that is known to be gone is reported as gone: a notes folder that is missing
(or empty where notes were, as an unmounted drive looks), a folder that cannot be read and
a note that cannot be examined are warnings, and the notes they may hold are left as they
are.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from notecards.core.model import NoteWarning
from notecards.notes import unreadable, walk_notes
from notecards.storage import repo
from notecards.syncing.matching import Note
from notecards.syncing.reading import Candidate

_LEFT = "its cards are left as they are"


@dataclass
class Walk:
    """What walking the notes folders found."""

    candidates: list[Candidate] = field(default_factory=list)  # notes that may have changed
    gone: list[repo.SourceRecord] = field(default_factory=list)  # notes known to be gone
    unchanged: int = 0  # notes whose size and time are as stored
    warnings: list[NoteWarning] = field(default_factory=list)


def walk(roots: Sequence[Path], known: dict[Note, repo.SourceRecord]) -> Walk:
    """Walk ``roots`` (absolute) and compare what is there with the ``known`` notes."""
    found = Walk()
    seen: set[Note] = set()
    kept: list[tuple[str, str]] = []  # (root, path prefix) of notes that may still be there
    for root in roots:
        name = root.as_posix()
        if not root.exists():
            found.warnings.append(NoteWarning(str(root), 0, f"notes folder not found; {_LEFT}"))
            kept.append((name, ""))
            continue
        walked = walk_notes(root)
        for prefix, error in walked.unreadable_folders:
            reason = error.strerror or type(error).__name__
            message = f"cannot read the folder: {reason}; its notes are left as they are"
            found.warnings.append(NoteWarning(prefix or str(root), 0, message))
            kept.append((name, prefix))
        if not walked.notes and not walked.unreadable_folders and any(k[0] == name for k in known):
            message = f"no notes in the folder (not mounted?); {_LEFT}"
            found.warnings.append(NoteWarning(str(root), 0, message))
            kept.append((name, ""))
            continue
        for note in walked.notes:
            key = (note.root.as_posix(), note.source)
            seen.add(key)  # there, even if it cannot be examined: its cards stay
            try:
                stat = os.stat(note.path)
            except OSError as error:
                found.warnings.append(unreadable(note.source, error))
                continue
            record = known.get(key)
            if record is not None and (record.size, record.mtime_ns) == (
                stat.st_size,
                stat.st_mtime_ns,
            ):
                found.unchanged += 1
                continue
            found.candidates.append(
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
    found.gone = [
        record
        for key, record in known.items()
        if key not in seen
        and not any(key[0] == root and key[1].startswith(prefix) for root, prefix in kept)
    ]
    return found
