"""Shapes of lists the walker reads differently: a list indented into a code block by
mistake, a glossary written as bold sentences, and how many cards each item made itself."""

from __future__ import annotations

import re
from collections.abc import Sequence

from notecards.core.extract.blocks import Block
from notecards.core.extract.proposal import Proposal

_LIST_MARKER = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s+\S")
_MIN_BOLD_ITEMS = 2


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
