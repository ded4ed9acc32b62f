"""A paragraph whose last line is a short question, answered by the list right below it:
the question asks, the list answers, whole (items that are cards of their own by their
first line; a task or a note to self is left out). A list whose every item is a card of
its own is no answer."""

from __future__ import annotations

from collections.abc import Sequence

from notecards.core.extract.blocks import Block
from notecards.core.extract.clean import clean_term
from notecards.core.extract.patterns.sentences import is_question
from notecards.core.extract.patterns.terms import is_term
from notecards.core.extract.proposal import Context, Idiom, Proposal
from notecards.core.extract.proposers.topic import whole_list
from notecards.core.model import CardKind


def asks(paragraph: Block) -> bool:
    """Whether a paragraph ends in a short question, which a list below it would answer."""
    last = paragraph.text.rsplit("\n", 1)[-1].strip()
    return is_question(last) and is_term(clean_term(last))


def answered(
    paragraph: Block,
    answers: Block,
    produced: Sequence[int],
    lines: Sequence[str],
    context: Context,
) -> Proposal | None:
    """The card of a question paragraph and the list ``answers`` under it; ``produced``
    is how many cards each of the list's items made, ``lines`` the note's source lines."""
    items = [item for item in answers.children if item.kind == "item"]
    plain = [item for item, count in zip(items, produced, strict=True) if count == 0]
    if not plain:
        return None
    answer = whole_list(items, produced, lines)
    paragraph_lines = paragraph.text.split("\n")
    question = clean_term(paragraph_lines[-1])
    line = paragraph.start + len(paragraph_lines)
    return Proposal(CardKind.BASIC, question, answer, line, context, Idiom.QUESTION_LIST)
