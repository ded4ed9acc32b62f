"""A note's structure: its title, and its sections, each with its heading path and blocks.

The types only; :mod:`.note_reader` reads a note's text into them. A markdown note's
sections hold blocks, a flat export's its lines: two classes, not one generic one, which
mypyc could not compile (compiled, they are built and read natively by the walkers).
"""

from __future__ import annotations

from dataclasses import dataclass

from notecards.core.extract.blocks import Block
from notecards.core.extract.plaintext import FlatBlock
from notecards.core.extract.proposal import Context


@dataclass(frozen=True, slots=True)
class Heading:
    """A section's heading: its 0-based line, its source text and its level (1-6; 0 for a
    flat export's heading-like line). ``repeated`` when the same text heads another
    section of the note too (a category label such as ``Example``); ``solves`` when it
    gives the solution to the problem the heading before it states (``## Problem`` +
    ``## Solution``): it asks for its subject's solution, not a label's."""

    line: int
    text: str
    level: int
    repeated: bool = False
    solves: bool = False


@dataclass(frozen=True, slots=True)
class Section:
    """The blocks under one heading, up to the next heading (of any level).

    ``path`` is the context labels of the headings above it, its own last; the first
    section of a note, before any heading, has no heading and an empty path.
    """

    heading: Heading | None
    path: Context
    body: tuple[Block, ...]
    skipped: bool


@dataclass(frozen=True, slots=True)
class FlatSection:
    """A flat export's lines under one heading-like line, up to the next (see
    :class:`Section`)."""

    heading: Heading | None
    path: Context
    body: tuple[FlatBlock, ...]
    skipped: bool


@dataclass(frozen=True, slots=True)
class MarkdownNote:
    """A markdown note: ``lines`` are its source lines, from which answers are cut."""

    title: str
    lines: tuple[str, ...]
    sections: tuple[Section, ...]
    # whether a line may be a question written out as "Q. ..." (one search of the text, so
    # that the idioms that pair "Q." with "A." are asked only of notes that may hold one)
    may_ask_in_writing: bool = False
    # the headings asked again of each subject they stand under (``Insert`` under
    # ``리스트`` and under ``연결리스트``): each card of one names its subject
    asked_again: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class FlatExportNote:
    """A flat plain-text export."""

    title: str
    sections: tuple[FlatSection, ...]
    asked_again: frozenset[str] = frozenset()


Note = MarkdownNote | FlatExportNote
