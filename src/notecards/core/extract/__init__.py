"""Note text in, cards out: the extraction pipeline for one note.

1. The text is repaired (:mod:`notecards.core.repair`), its front matter read
   (:mod:`.front_matter`) and blanked, its Obsidian ``%%comments%%`` removed, and a
   structure written in HTML tags read as markdown (:mod:`.html_structure`).
   An outliner's page (Logseq) is read as the markdown it means (:mod:`.outliner`).
2. :func:`.note_reader.read` gives the note's structure: its title and its sections, each with
   its heading path and blocks, for markdown (:mod:`.blocks`) and for flat plain-text
   exports (:mod:`.plaintext`) alike.
3. :func:`.walker.propose` visits the sections and blocks in order and asks the idioms
   (:mod:`.proposers`, one module each) for cards: :class:`.proposal.Proposal` values.
4. :func:`.clean.tidy` tidies their questions and answers; :func:`.decide.keep` decides
   which are kept.
5. Each kept proposal becomes a card with the note's deck, tags and source and a content
   key (:mod:`notecards.core.identity`); an over-long one is cut (:mod:`.size`).

``extract_note`` never raises: whatever goes wrong becomes a warning naming the note and
the line.
"""

from __future__ import annotations

from importlib.machinery import EXTENSION_SUFFIXES

from notecards.core import repair
from notecards.core.extract import pipeline, walker
from notecards.core.extract.pipeline import DEFAULT_DECK, deck_for
from notecards.core.extract.size import MAX_CARD_CHARACTERS
from notecards.core.model import NoteExtraction, NoteWarning

# The rules' version. Raise it in a release whose rules word the cards of an unchanged note
# differently: sync then reads every note extracted by an earlier version again, and carries
# each reviewed card over to the card its note now makes in the same place (1: the line rules
# before notes had structure; 2: the section-aware extractor).
EXTRACTOR_VERSION = 2
__all__ = [
    "DEFAULT_DECK",
    "EXTRACTOR_VERSION",
    "MAX_CARD_CHARACTERS",
    "deck_for",
    "extract_bytes",
    "extract_note",
    "is_compiled",
]


def is_compiled() -> bool:
    """Whether this install's extraction runs compiled by mypyc (a standard install, see
    hatch_build.py) rather than as Python source (an editable install, ``make dev``)."""
    return (walker.__file__ or "").endswith(tuple(EXTENSION_SUFFIXES))


def extract_note(text: str, source: str, *, default_deck: str = DEFAULT_DECK) -> NoteExtraction:
    """All cards of one note. ``source`` is its path relative to the notes root."""
    try:
        return pipeline.extract(text, source, default_deck)
    except Exception as error:  # a safety net; tests assert it never catches anything
        message = f"could not read this note ({type(error).__name__}: {error}); skipped"
        return NoteExtraction(source, (), (NoteWarning(source, 1, message),))


def extract_bytes(data: bytes, source: str, *, default_deck: str = DEFAULT_DECK) -> NoteExtraction:
    """All cards of one note file's bytes, decoding them first."""
    decoded = repair.decode(data)
    warnings = tuple(NoteWarning(source, p.line, p.message) for p in decoded.problems)
    if decoded.text is None:
        return NoteExtraction(source, (), warnings)
    extraction = extract_note(decoded.text, source, default_deck=default_deck)
    return NoteExtraction(source, extraction.cards, warnings + extraction.warnings)
