"""A term with nested children: ``- LSTM`` and, under it, the lines and blocks that explain
it. The term asks; the explanation answers, when it says something."""

from __future__ import annotations

from notecards.core.extract.patterns.splitting import is_definition
from notecards.core.extract.proposal import Context, Idiom, Proposal
from notecards.core.model import CardKind


def in_item(term: str, explanation: str, line: int, context: Context) -> Proposal | None:
    """The item whose first line is the bare ``term``; ``explanation`` is the source of its
    other lines and nested blocks. ``line`` is 0-based."""
    if not explanation or not is_definition(explanation):
        return None
    return Proposal(CardKind.BASIC, term, explanation, line + 1, context, Idiom.NESTED_TERM)
