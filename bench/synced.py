"""Databases synced from the first notes of the benchmark corpus, made once and cached."""

from __future__ import annotations

import shutil
from pathlib import Path


def synced_database(corpus: Path, out: Path, cards: int) -> tuple[Path, Path, int]:
    """The first notes of ``corpus`` that hold ``cards`` cards, synced into a SQLite file.

    Returns the notes folder, the database file and the number of cards in it.
    """
    from notecards.core.extract import extract_note
    from notecards.storage.db import HEAD_REVISION, open_database
    from notecards.sync import sync

    folder = out / f"notes-{cards}"
    database = out / f"synced-{cards}-{HEAD_REVISION}.db"
    marker = out / f"synced-{cards}-{HEAD_REVISION}.complete"
    if marker.exists():
        return folder, database, int(marker.read_text())
    print(f"writing a {cards:,}-card database (once): {database}", flush=True)
    if folder.exists():
        shutil.rmtree(folder)
    for leftover in out.glob(database.name + "*"):
        leftover.unlink()
    found = 0
    for note in sorted(corpus.rglob("*.md")):
        if found >= cards:
            break
        source = note.relative_to(corpus)
        target = folder / source
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(note, target)
        found += len(extract_note(note.read_text("utf-8"), source.as_posix()).cards)
    opened = open_database(f"sqlite:///{database}")
    report = sync(opened, [folder])
    opened.close()
    marker.write_text(str(report.cards_new))
    return folder, database, report.cards_new
