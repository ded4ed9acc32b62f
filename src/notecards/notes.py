"""The notes on disk: finding note files under a path and reading them (never writing).

A path is a note file or a folder walked for ``*.md``, ``*.markdown`` and ``*.txt``,
skipping hidden folders and files (``.obsidian``, ``.trash``, ``.git``), folders that hold
no one's notes (installed packages: ``node_modules``, a virtual environment; a static site's
build, ``_site``) and a repository's own files in GitHub's capitals (``LICENSE.md``,
``CODE_OF_CONDUCT.md``, ``CONTRIBUTING.md``, ...). Each note is named
by its path relative to its root, with POSIX separators, so the same notes give the same
sources on every machine.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from notecards.core.extract import extract_bytes
from notecards.core.model import NoteExtraction, NoteWarning

NOTE_SUFFIXES = frozenset({".md", ".markdown", ".txt"})
# folders that hold no one's notes: installed packages, a static site's build
_NOT_NOTES = frozenset(("node_modules", "site-packages", "_site", "__pycache__"))
# a repository's own files, named in GitHub's capitals: what its host shows contributors
_REPOSITORY_FILES = frozenset((
    "LICENSE", "LICENCE", "CODE_OF_CONDUCT", "CONTRIBUTING", "PULL_REQUEST_TEMPLATE",
    "ISSUE_TEMPLATE", "SECURITY", "CHANGELOG",
))  # fmt: skip


@dataclass(frozen=True, slots=True)
class NoteFile:
    """A note file found under a root: where it is and what it is called."""

    root: Path
    path: Path
    source: str

    @property
    def default_deck(self) -> str:
        return self.root.name or "Default"


@dataclass(frozen=True, slots=True)
class NotesWalk:
    """The notes found under a path, and the folders that could not be read."""

    notes: list[NoteFile]
    # (path relative to the root with a trailing "/", why): their notes are unknown
    unreadable_folders: list[tuple[str, OSError]] = field(default_factory=list)


def find_notes(path: Path) -> list[NoteFile]:
    """The notes under ``path`` (a file or a folder), sorted by source."""
    return walk_notes(path).notes


def walk_notes(path: Path) -> NotesWalk:
    """The notes under ``path`` (a file or a folder), sorted by source, and the folders
    under it that could not be read (``path`` itself too, as ``""``). Notes are named
    from the real path of ``path``, as sync names them."""
    path = Path(os.path.realpath(path))
    if path.is_file():
        return NotesWalk([NoteFile(path.parent, path, path.name)])
    found: list[NoteFile] = []
    top = str(path)
    failed: list[tuple[str, OSError]] = []

    def relative(folder: str) -> str:
        prefix = os.path.relpath(folder, top).replace(os.sep, "/") + "/"
        return "" if prefix == "./" else prefix

    def on_error(error: OSError) -> None:
        if error.filename is not None and os.path.exists(error.filename):
            failed.append((relative(os.fsdecode(error.filename)), error))

    for folder, subfolders, files in os.walk(top, onerror=on_error, followlinks=False):
        subfolders[:] = sorted(name for name in subfolders if _may_hold_notes(folder, name))
        # plain strings here: pathlib costs more than the walk itself on a large vault
        prefix = relative(folder)
        for name in files:
            stem, suffix = os.path.splitext(name)
            if (
                name.startswith(".")
                or suffix.lower() not in NOTE_SUFFIXES
                or stem in _REPOSITORY_FILES
            ):
                continue
            found.append(NoteFile(path, Path(folder, name), prefix + name))
    return NotesWalk(sorted(found, key=lambda note: note.source), failed)


def _may_hold_notes(folder: str, name: str) -> bool:
    """Whether a subfolder is walked: not hidden, not packages nor a site's build, not a
    Python virtual environment (its ``pyvenv.cfg``)."""
    return (
        not name.startswith(".")
        and name not in _NOT_NOTES
        and not os.path.exists(os.path.join(folder, name, "pyvenv.cfg"))
    )


def unreadable(source: str, error: OSError) -> NoteWarning:
    """The warning for a note that cannot be read (it is skipped)."""
    reason = error.strerror or type(error).__name__
    return NoteWarning(source, 1, f"cannot read: {reason}; skipped")


def read_note(note: NoteFile) -> NoteExtraction:
    """Read and extract one note; an unreadable file becomes a warning."""
    try:
        data = note.path.read_bytes()
    except OSError as error:
        return NoteExtraction(note.source, (), (unreadable(note.source, error),))
    return extract_bytes(data, note.source, default_deck=note.default_deck)
