"""An outliner's own flashcard: a block tagged ``#card`` (Logseq). The block asks; the
blocks nested under it answer. A tagged block holding clozes (``{{c1::...}}``, Logseq's
``{{cloze ...}}``) is a cloze card, its children added to the answer.

See :mod:`notecards.core.extract.outliner` for how an outliner's page is read.
"""

from __future__ import annotations

from collections.abc import Sequence

from notecards.core.extract.blocks import Block
from notecards.core.extract.clean import dedent
from notecards.core.extract.outliner import CARD_TAG
from notecards.core.extract.patterns.markup import cloze_of
from notecards.core.extract.proposal import Context, Idiom, Proposal
from notecards.core.model import CardKind


def is_card(text: str) -> bool:
    """Whether a block's text carries the ``#card`` tag."""
    return "card" in text and CARD_TAG.search(text) is not None


def card(text: str, answer: str, line: int, context: Context) -> Proposal | None:
    """The card of a block tagged ``#card`` whose text is ``text`` (its first paragraph or
    heading) and whose nested blocks' source is ``answer``; ``line`` is 0-based. None when
    the block neither has children nor holds a cloze."""
    question = CARD_TAG.sub("", text).strip().lstrip(".,;: ")
    if not question:
        return None
    cloze = cloze_of(question)
    if cloze is not None:
        return Proposal(CardKind.CLOZE, cloze, answer, line + 1, context, Idiom.OUTLINER_CARD)
    if not answer.strip():
        return None
    return Proposal(CardKind.BASIC, question, answer, line + 1, context, Idiom.OUTLINER_CARD)


def in_item(
    item: Block, lines: Sequence[str], context: Context
) -> tuple[Proposal, Sequence[Block]] | None:
    """The card of a list item tagged ``#card``: its own text (the blocks before its nested
    list) asks, the rest answers; with the blocks nested under it, which the walker reads
    in turn. None when the item is no such card."""
    children = item.children
    own = 0
    while own < len(children) and children[own].kind != "list":
        own += 1
    if own == 0:
        return None
    question = "\n".join(_text_of(block, lines) for block in children[:own])
    if not is_card(question):
        return None
    rest = children[own:]
    answer = dedent(lines[rest[0].start : item.end]) if rest else ""
    found = card(question, answer, item.start, context)
    return None if found is None else (found, rest)


def _text_of(block: Block, lines: Sequence[str]) -> str:
    """A block's markdown without the list marker before it."""
    if block.kind in ("paragraph", "heading"):
        return block.text
    if block.kind == "math":
        return f"$${block.text.strip()}$$"
    return dedent(lines[block.start : block.end])
