"""Overview headings: ``개요``, ``Overview``, ``What is it?``, a paper's ``Abstract``, a
``TL;DR``: a heading over what the subject above it (or the note's title) is, so its section
answers that subject rather than asking the heading."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from notecards.core.extract.patterns.headings import folded_heading
from notecards.core.extract.patterns.numbering import without_section_number

_OVERVIEWS: Final = frozenset((
    "개요", "소개", "overview", "introduction", "intro", "about", "what", "what is it",
    "what it is", "what is this", "what this is", "설명", "초록", "tl;dr", "tldr",
))  # fmt: skip
_PAPER_OVERVIEWS: Final = frozenset(("abstract", "abs"))  # (lower case or as code: Java's keyword)


def is_overview(heading: str) -> bool:
    """``개요``, ``Overview``, ``What``, ``What it is`` (``0. 개요``), a paper's ``Abstract``
    and a ``TL;DR``: a heading over what the subject above it is."""
    bare = without_section_number(heading) or heading
    folded = folded_heading(bare).rstrip("?？ ")  # "What is it?" asks as "What is it" does
    if folded in _PAPER_OVERVIEWS:  # "## Abstract", "### Abs.": what the paper is
        return bare.lstrip("#* ")[:1].isupper()
    return folded in _OVERVIEWS


def overview_subject(heading: str, above: Sequence[str], title: str) -> str:
    """The subject an overview heading asks about: the heading above it, else the note's
    title; "" for any other heading (or an overview with nothing above it)."""
    if not is_overview(heading):
        return ""
    return above[-1] if above else title
