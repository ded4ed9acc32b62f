"""Shapes of lists the walker reads differently: a list indented into a code block by
mistake, a glossary written as bold sentences, how many cards each item made itself,
whether enough items are left plain to answer what asks above the list, and a reading list
(items that open with links)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from notecards.core.extract.blocks import Block
from notecards.core.extract.proposal import Proposal

_LIST_MARKER = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s+\S")
_MIN_BOLD_ITEMS = 2
_MIN_PLAIN_ITEMS = 2
# an item that opens with a link: a reading list's (a link's text may hold brackets of its
# own: ``[[Querydsl] - setup](https://...)``)
LINK_LED_ITEM = re.compile(
    r"\s*(?:[-*+]|\d{1,9}[.)])\s+[*_]*(?:!?\[(?:[^\[\]]|\[[^\[\]]*\])*\]\(|<?https?://)"
)


def looks_like_list(code: str) -> bool:
    """An indented "code" block that is really a list indented by mistake."""
    lines = [line for line in code.split("\n") if line.strip()]
    if not lines or not _LIST_MARKER.match(lines[0]):
        return False
    markers = sum(1 for line in lines if _LIST_MARKER.match(line))
    return markers * 2 >= len(lines) and not any(
        line.rstrip().endswith(("{", ";", "}")) for line in lines
    )


def opens_in_bold(block: Block) -> bool:
    """Whether most items of a list (two at least) open with a bold term: a glossary
    written in sentences (``- **Gates** provide access ...``)."""
    items = bold = 0
    for item in block.children:
        if item.kind == "item":
            items += 1
            children = item.children
            if (
                children
                and children[0].text[:2] in ("**", "__")
                and children[0].kind == "paragraph"
            ):
                bold += 1
    return bold >= _MIN_BOLD_ITEMS and 2 * bold >= items


def own_cards(block: Block, made: Sequence[Proposal]) -> list[int]:
    """How many cards each item of a list made on its own first line."""
    items = [item for item in block.children if item.kind == "item"]
    return [sum(1 for proposal in made if proposal.line == item.start + 1) for item in items]


def plain_answer_items(items: Sequence[Block], produced: Sequence[int]) -> list[Block] | None:
    """The items that made no card of their own (``produced`` counts each item's), when
    they are enough to answer what asks above the list: two at least (or every item of a
    shorter list), and no fewer than half; else None, the items are the cards."""
    plain = [item for item, count in zip(items, produced, strict=True) if count == 0]
    if len(plain) < min(_MIN_PLAIN_ITEMS, len(items)) or 2 * len(plain) < len(items):
        return None
    return plain


def is_reading_list(items: Sequence[Block], lines: Sequence[str]) -> bool:
    """Whether most items open with a link: a reading list, not an answer."""
    return 2 * sum(1 for item in items if LINK_LED_ITEM.match(lines[item.start])) > len(items)
