"""A term with nested children: ``- LSTM`` and, under it, the lines and blocks that explain
it. The term asks; the explanation answers, when it says something.

The lines wrapped under the term in the same paragraph are its own explanation, read once:
they answer the term and are not read again as definitions of their own. Only when they
are definition lines from the first (``- Heaps`` + ``min-heap: ...`` + ``max-heap: ...``,
a glossary written without bullets) is each its own card, as the items of a glossary
list would be, and the term asks for what is nested under it, if anything. Lines that are
all definition-list entries (``- Latency`` + ``: the time one request takes``) are the
term's definitions.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from notecards.core.extract import list_shapes
from notecards.core.extract.clean import dedent, joined
from notecards.core.extract.patterns.leads import with_context
from notecards.core.extract.patterns.splitting import is_definition
from notecards.core.extract.proposal import Context, Idiom, Proposal
from notecards.core.extract.proposers import term_lines
from notecards.core.model import CardKind

_MIN_GLOSSARY_LINES: Final = 2


def in_item(
    term: str, lines: Sequence[str], nested: str, line: int, context: Context
) -> list[Proposal]:
    """The cards of an item whose paragraph ``lines`` open with the bare ``term``;
    ``nested`` is the source of the blocks nested under it, ``line`` the item's 0-based
    line. None when nothing under the term says anything."""
    inner = (*context, term)
    definitions = term_lines.definition_lines(lines[1:])
    if definitions is not None:  # "- Latency" + "  : the time one request takes"
        answer = joined("\n".join(definitions), nested)
        asked = with_context(term, context)
        return [Proposal(CardKind.BASIC, asked, answer, line + 1, context, Idiom.DEFINITION_LIST)]
    defined = (
        term_lines.in_paragraph(line, lines, start=1, context=inner, fresh_start=True)
        if len(lines) > 1
        else []
    )
    glossary = (
        len(defined) >= _MIN_GLOSSARY_LINES and defined[0].line == line + 2  # from the first
    )
    explanation = nested if glossary else joined(dedent(lines[1:]), nested)
    found: list[Proposal] = []
    if explanation and is_definition(explanation) and not list_shapes.lists_links_only(explanation):
        asked = with_context(term, context)
        found.append(
            Proposal(CardKind.BASIC, asked, explanation, line + 1, context, Idiom.NESTED_TERM)
        )
    if glossary:
        found.extend(defined)
    return found
