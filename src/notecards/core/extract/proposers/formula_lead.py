"""A sentence that names a quantity and gives it as the display formula under it:
``The canonical entropy is defined as:`` + ``$$S = -\\sum_i p_i \\log p_i$$``, ``Its CDF is:`` +
the formula.

Math notes define a quantity by its formula as often as in words. The quantity is asked
(``canonical entropy``; ``CDF``, whose subject the card's context names), and the sentence
with its formula answers. A step of a derivation (``Then the score is:``, ``So, it is:``) names no
quantity: only a sentence that opens with ``The`` or ``Its`` and is nothing but the name
and its verb does.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from notecards.core.extract.blocks import Block
from notecards.core.extract.clean import clean_term, dedent
from notecards.core.extract.patterns.terms import is_term
from notecards.core.extract.proposal import Context, Idiom, Proposal
from notecards.core.model import CardKind

_LEAD: Final = re.compile(
    r"(?:its|their|the(?:\s+so-called)?)\s+(?P<name>[^$\n:.;,=]{2,60}?)\s+(?:is|are)"
    r"(?:\s+(?:defined\s+as|given\s+by|written\s+as|computed\s+as))?\s*:?",
    re.IGNORECASE,
)
# names that stand for what was just worked out, not a quantity of their own
_NO_QUANTITY: Final = frozenset(
    ("result", "answer", "formula", "equation", "final", "following", "same", "above",
     "below", "solution", "expression", "output", "value", "one", "other", "first", "last")
)  # fmt: skip


def in_paragraph(
    paragraph: Block, after: Block | None, lines: Sequence[str], context: Context
) -> Proposal | None:
    """The card of a paragraph that only names a quantity the formula after it gives."""
    if after is None or after.kind != "math" or paragraph.end - paragraph.start > 2:
        return None
    text = " ".join(paragraph.text.split())
    found = _LEAD.fullmatch(text)
    if found is None:
        return None
    name = clean_term(found.group("name"))
    words = name.casefold().split()
    if not words or words[0] in _NO_QUANTITY or not is_term(name):
        return None
    formula = dedent(lines[after.start : after.end])
    return Proposal(
        CardKind.BASIC, name, f"{text}\n\n{formula}", paragraph.start + 1, context, Idiom.FORMULA
    )
