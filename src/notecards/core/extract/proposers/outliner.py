"""An outliner's own flashcard: a block tagged ``#card`` (Logseq). The block asks; the
blocks nested under it answer. A tagged block holding clozes (``{{c1::...}}``, Logseq's
``{{cloze ...}}``) is a cloze card, its children added to the answer.

See :mod:`notecards.core.extract.outliner` for how an outliner's page is read.
"""

from __future__ import annotations

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
