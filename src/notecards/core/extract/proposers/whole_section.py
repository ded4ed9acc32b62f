"""The idioms that read a section whole, once its blocks made their own cards: a stated
definition (``### Definition 3.1 (Sample space)``), a topic (a heading over a plain list),
else the heading (or the note's title) answered by the body's opening
(:mod:`.section_body`). The first that makes a card decides; a card a sentence of the body
made for what the section's card says whole gives way to it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from notecards.core.extract.blocks import Block
from notecards.core.extract.note import Heading
from notecards.core.extract.proposal import Context, Proposal
from notecards.core.extract.proposers import section_body, stated_definition, title_tip, topic
from notecards.core.extract.proposers.section_text import without_metadata
from notecards.core.extract.repeats import restates


def card(
    heading: Heading | None,
    body: Sequence[Block],
    *,
    per_item: Sequence[int],
    made: list[Proposal],
    title: str,
    lines: Sequence[str],
    context: Context,
) -> Proposal | None:
    """The section's own card, if any. ``made`` are the cards its blocks made (those it
    says whole are taken out of it); ``per_item`` how many each list item made;
    ``context`` the path above the heading."""
    if heading is None:
        found = section_body.in_section(
            None, body, title=title, lines=lines, context=context, produced=made
        )
        if (
            found is None
            and title
            and not title_tip.is_highlights_page(title)  # a reader's marks, no topic
            and any(block.kind == "list" for block in body)
        ):
            found = _title_over_list(
                body, per_item=per_item, made=made, title=title, lines=lines, context=context
            )
        if found is not None:  # it says whole what a sentence of it named
            _drop_restated(made, found)
        return found
    label = stated_definition.label_of(heading)
    found = None
    if label is not None:
        found = stated_definition.in_section(
            heading, body, label=label, body_proposals=made, lines=lines, context=context
        )
        if found is not None:  # "A **random variable** is ...": its sentence's own card
            _drop_restated(made, found)
    if found is None:  # ("## Theorem 3.11" + the statements it lists: a topic's list)
        found = topic.in_section(
            heading,
            body,
            per_item=per_item,
            lines=lines,
            context=context,
            produced=made,
            title=title,
        )
    if found is not None:
        return found
    found = section_body.in_section(
        heading, body, title=title, lines=lines, context=context, produced=made
    )
    if found is not None:  # it says whole what a sentence of it named
        _drop_restated(made, found)
    return found


def _drop_restated(made: list[Proposal], found: Proposal) -> None:
    """Take out of ``made`` the cards of sentences the section's card ``found`` says whole."""
    made[:] = [
        proposal for proposal in made if not restates(proposal, found.question, found.answer)
    ]


def _title_over_list(
    body: Sequence[Block],
    *,
    per_item: Sequence[int],
    made: list[Proposal],
    title: str,
    lines: Sequence[str],
    context: Context,
) -> Proposal | None:
    """A note that opens, past its own metadata, with a plain list under its title (``IPv4
    vs IPv6.md`` + ``- address length 32 bit vs 128 bit``...): the title asks, as a heading
    over a list does."""
    kept = without_metadata(body)  # the body from where its metadata ends
    skipped = body[: len(body) - len(kept)]
    items_skipped = sum(len(block.children) for block in skipped if block.kind == "list")
    found = topic.in_section(
        Heading(0, title, 1),
        kept,
        per_item=per_item[items_skipped:],
        lines=lines,
        context=context,
        produced=made,
        title=title,
    )
    if found is not None and any(_outlines(block, lines) for block in kept if block.kind == "list"):
        return None  # an outliner's page of heading blocks or block references: an index
    return found


_OUTLINE_MARKS: Final = ("#", "((", "[[")


def _outlines(block: Block, lines: Sequence[str]) -> bool:
    """Whether a list's items open with heading blocks (``- # Setup``), block references
    (``- ((64aa...))``) or links alone to other pages: an outline, not a list of points."""
    return any(
        lines[item.start].lstrip(" \t-*+0123456789.)").startswith(_OUTLINE_MARKS)
        for item in block.children
    )
