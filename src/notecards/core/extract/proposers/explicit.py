"""Explicit markup: ``Q :: A``, ``Q ::: A`` (reversed), ``{{c1::...}}`` and ``==highlight==``.

In markdown, lines with their own markup are cards of their own, and a cloze sentence
wrapped over several lines is one card; the blocks nested under a list item add to the
answer of its last line. In a flat export each line is read on its own.
"""

from __future__ import annotations

from notecards.core.extract.patterns.markup import cloze_of, explicit_pair
from notecards.core.extract.proposal import Context, Idiom, Proposal
from notecards.core.model import CardKind


def in_line(text: str, line: int, context: Context) -> Proposal | None:
    """A flat export's line as a cloze, or as ``Q :: A``; ``line`` is 1-based."""
    cloze = cloze_of(text)
    if cloze is not None:
        return Proposal(CardKind.CLOZE, cloze, "", line, context, Idiom.CLOZE)
    pair = explicit_pair(text)
    if pair is None:
        return None
    kind = CardKind.REVERSED if pair.reversed else CardKind.BASIC
    return Proposal(kind, pair.question, pair.answer, line, context, Idiom.EXPLICIT_PAIR)
