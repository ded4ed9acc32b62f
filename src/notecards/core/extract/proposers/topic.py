"""A heading whose body is mostly a plain list: the heading asks, the plain items answer.

Only a heading that names a topic counts (not a generic or repeated label such as
``Example``, not a dated entry); items that made cards of their own are left out of the
answer, and a reading list (items led by links) or a long list is no card.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from notecards.core.extract.blocks import Block
from notecards.core.extract.clean import clean_term, dedent
from notecards.core.extract.note import Heading
from notecards.core.extract.patterns.chatter import is_date
from notecards.core.extract.patterns.headings import is_title
from notecards.core.extract.proposal import Context, Idiom, Proposal
from notecards.core.model import CardKind

_MAX_ITEMS = 12
_MIN_PLAIN_ITEMS = 2
_MAX_ANSWER_LINES = 14
_LINK_LED_ITEM = re.compile(r"\s*(?:[-*+]|\d{1,9}[.)])\s+[*_]*(?:!?\[[^\]]*\]\(|<?https?://)")


def names_a_topic(heading: Heading, body: Sequence[Block]) -> bool:
    """A heading that names a topic: not a repeated category label, not a dated entry."""
    title = heading.text.strip()
    if heading.repeated or not is_title(title):
        return False
    first = body[0] if body else None
    return not (first is not None and first.kind == "paragraph" and is_date(first.text))


def in_section(
    heading: Heading,
    body: Sequence[Block],
    *,
    per_item: Sequence[int],
    lines: Sequence[str],
    context: Context,
) -> Proposal | None:
    """The card of a section whose body is mostly a plain list.

    ``per_item`` is how many cards each item of the body's lists produced (negative: set
    aside, a task or a note to self); ``lines`` are the note's source lines and ``context``
    the path above the heading.
    """
    if not names_a_topic(heading, body):
        return None
    every = [item for block in body if block.kind == "list" for item in block.children]
    if not every or len(every) != len(per_item):
        return None
    items = [item for item, produced in zip(every, per_item, strict=True) if produced >= 0]
    results = [produced for produced in per_item if produced >= 0]
    plain = [item for item, produced in zip(items, results, strict=True) if not produced]
    if (
        len(plain) < _MIN_PLAIN_ITEMS
        or 2 * len(plain) < len(items) - len(plain)
        or len(items) > _MAX_ITEMS
    ):
        return None
    answer = "\n".join(dedent(lines[item.start : item.end]) for item in plain)
    if answer.count("\n") >= _MAX_ANSWER_LINES:
        return None
    if 2 * sum(1 for item in plain if _LINK_LED_ITEM.match(lines[item.start])) > len(plain):
        return None  # a reading list
    question = clean_term(heading.text.strip())
    return Proposal(CardKind.BASIC, question, answer, heading.line + 1, context, Idiom.TOPIC)
