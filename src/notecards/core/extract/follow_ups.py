"""What a paragraph that asks gets from the block right under it.

A paragraph may ask without answering: a question (``가비지 컬렉션이란?``), a label on a
line of its own (``[ TCP 특징 ]``, ``**장점**``, ``Types of joins:``), or a statement that
ends in a colon (``Random forests have three hyper-parameters:``). The block under it is
its answer: a list (:func:`.proposers.labelled_list.answered`,
:func:`.proposers.question_list.answered`, :func:`.proposers.stated_list.answered`), or,
for a question or a label, a paragraph or quote
(:func:`.proposers.labelled_list.explained`, :func:`.proposers.question_list.explained`).
The walker reads every block as it comes and asks here, with the block's own cards, whether
the paragraph before it made a card of the two.
"""

from __future__ import annotations

from collections.abc import Sequence

from notecards.core.extract import list_shapes
from notecards.core.extract.blocks import Block
from notecards.core.extract.proposal import Context, Proposal
from notecards.core.extract.proposers import labelled_list, question_list, stated_list


def list_answer(
    asked: Block,
    label: str | None,
    answers: Block,
    *,
    made: Sequence[Proposal],
    per_item: list[int],
    lines: Sequence[str],
    context: Context,
) -> tuple[Proposal | None, list[int]]:
    """The card of ``asked`` (with its ``label``, when it is one) and the list ``answers``,
    whose items made the cards ``made`` (``per_item`` of them each); and the counts per item
    the section's own idioms should see then (an item the card holds is no longer free)."""
    if label is not None:
        card = labelled_list.answered(
            asked,
            answers,
            label=label,
            produced=list_shapes.own_cards(answers, made),
            lines=lines,
            context=context,
        )
        if card is None:
            return None, per_item
        return card, [count + 1 if count == 0 else count for count in per_item]
    statement = None if question_list.asks(asked) else stated_list.stated(asked)
    if statement is not None:
        card = stated_list.answered(
            asked, statement, answers, produced=per_item, lines=lines, context=context
        )
    else:
        card = question_list.answered(asked, answers, per_item, lines, context)
    if card is None:
        return None, per_item
    # its question's card holds every item: none is left for a topic
    return card, [count + 1 if count >= 0 else count for count in per_item]


def prose_answer(
    asked: Block,
    label: str | None,
    answer: Block,
    *,
    made: Sequence[Proposal],
    lines: Sequence[str],
    context: Context,
) -> Proposal | None:
    """The card of ``asked`` (with its ``label``, when it is one) and the paragraph or quote
    ``answer`` right under it, which made the cards ``made`` on its own."""
    if label is None:
        if made or not question_list.asks(asked):
            return None  # a statement's colon announces a list, not a paragraph
        return question_list.explained(asked, answer, lines, context)
    if answer.kind != "paragraph":
        return None
    return labelled_list.explained(
        asked, answer, label=label, produced=made, lines=lines, context=context
    )
