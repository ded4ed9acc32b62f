"""An Obsidian callout: ``> [!definition] Term`` + its body. The title names the term (or,
for a bare ``[!definition]``, the first emphasised words); the body answers.

Callouts of chatter (``[!todo]``, ``[!bug]``) hold nothing to learn.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final, NamedTuple

from notecards.core.extract.blocks import Block
from notecards.core.extract.clean import clean_term, dedent, joined
from notecards.core.extract.patterns.headings import is_generic_heading
from notecards.core.extract.patterns.splitting import is_definition, labelled_term
from notecards.core.extract.proposal import Context, Idiom, Proposal
from notecards.core.extract.proposers import term_lines
from notecards.core.model import CardKind

# a callout's marker (``[!note]``, ``[!tip]- ``) and the ``>`` markers of a quoted line
CALLOUT_MARKER: Final = re.compile(r"\[!(?P<kind>[\w-]+)\][+-]?[ \t]*")
QUOTE_MARKER: Final = re.compile(r"^\s*(?:>\s?)+")
_CALLOUT: Final = re.compile(CALLOUT_MARKER.pattern + r"(?P<title>.*)")
_CHATTER_CALLOUTS: Final = frozenset(("todo", "bug", "failure", "fail", "missing"))


class Callout(NamedTuple):
    """A quote that opens with ``[!kind] Title``."""

    opening: Block  # its first paragraph, the ``[!kind]`` line first
    lines: list[str]  # that paragraph's lines
    title: str
    chatter: bool


def read(quote: Block) -> Callout | None:
    """The callout a block quote is, or None for a plain quote."""
    children = quote.children
    first = children[0] if children and children[0].kind == "paragraph" else None
    if first is None:
        return None
    callout = _CALLOUT.match(first.text)
    if callout is None:
        return None
    return Callout(
        first,
        first.text.split("\n"),
        clean_term(callout.group("title")),
        chatter=callout.group("kind").lower() in _CHATTER_CALLOUTS,
    )


def _quoted_source(blocks: Sequence[Block], lines: Sequence[str]) -> str:
    """The source of blocks inside a quote, without the ``>`` markers."""
    if not blocks:
        return ""
    quoted = lines[blocks[0].start : blocks[-1].end]
    return dedent([QUOTE_MARKER.sub("", line) for line in quoted])


def as_definition(
    callout: Callout, rest: Sequence[Block], lines: Sequence[str], context: Context
) -> Proposal | None:
    """The callout as one card: its term asks, its body (the rest of its first paragraph
    and the blocks after it, ``rest``) answers. ``lines`` are the note's source lines."""
    title = callout.title
    if title and is_generic_heading(title):
        return None  # "> [!goal] Learning Objectives": what a lesson aims at, not a term
    body = joined(dedent(callout.lines[1:]), _quoted_source(rest, lines))
    term = labelled_term(title, body) if title and body else None
    if term is None or not is_definition(body):
        return None
    return Proposal(CardKind.BASIC, term, body, callout.opening.start + 1, context, Idiom.CALLOUT)


def in_quote(
    quote: Block, lines: Sequence[str], context: Context
) -> tuple[list[Proposal], Sequence[Block], Context] | None:
    """The cards of an Obsidian callout, with the blocks under its first line and the
    context to read them in (its title added); None for a plain quote, whose blocks are read
    as any others. A chatty callout (``> [!todo]``) holds nothing."""
    found = read(quote)
    if found is None:
        return None
    if found.chatter:
        return [], (), context
    title, rest = found.title, quote.children[1:]
    card = as_definition(found, rest, lines, context)
    if card is not None:
        return [card], rest, (*context, title)
    cards = term_lines.in_paragraph(
        found.opening.start, found.lines, start=1, context=context, prose=True, fresh_start=True
    )
    return cards, rest, ((*context, title) if title else context)
