"""``Term: definition`` on one line: a list item, a line of a paragraph, a heading, and a
definition list (``Term`` + ``: definition`` on the next line).

Separators are ``:``, `` - ``, ``→``, ``=`` and the textbook ``**Term.** definition``
(see :mod:`notecards.core.extract.patterns.splitting`). An item's nested lines and blocks
add to its answer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from notecards.core.extract.blocks import Block
from notecards.core.extract.clean import clean_term, dedent, joined
from notecards.core.extract.note import Heading
from notecards.core.extract.patterns.chatter import is_date
from notecards.core.extract.patterns.splitting import (
    TermSplit,
    bold_lead,
    each_pair,
    heading_split,
    is_definition,
    split_term,
)
from notecards.core.extract.patterns.terms import is_term
from notecards.core.extract.proposal import Context, Idiom, Proposal
from notecards.core.extract.proposers import prose_definitions
from notecards.core.model import CardKind

_SENTENCE_ENDS = (".", "!", "?", ":", "。", "다", "요", "음", "함", "됨", "임", ")", "$")
_MID_PHRASE_ENDS = (",", ";", "(", "-", "–", "—", " and", " or", " of", " the", " a", " to")
_DEFINITION_LIST_MARK = re.compile(r":[ \t]+\S")
_EXPLAINING_BLOCKS = frozenset(("paragraph", "list", "quote"))
_MAX_HEADING_BODY_LINES = 14


def in_heading(
    heading: Heading, body: Sequence[Block], lines: Sequence[str], context: Context
) -> Proposal | None:
    """``## Term: definition``, when the heading defines rather than titles its section
    (:func:`~notecards.core.extract.patterns.splitting.heading_split`). The section's first
    paragraph, list or quote (``body``, cut from the note's ``lines``) follows the
    definition: what the heading says is the start of what its section explains.
    ``context`` is the path above the heading."""
    split = heading_split(heading.text.strip())
    if split is None:
        return None
    answer = split.definition
    first = body[0] if body else None
    if first is not None and first.kind in _EXPLAINING_BLOCKS:
        explained = dedent(lines[first.start : first.end])
        if explained.count("\n") < _MAX_HEADING_BODY_LINES:
            answer = joined(answer, explained)
    return Proposal(
        CardKind.BASIC, split.term, answer, heading.line + 1, context, Idiom.HEADING_TERM
    )


def in_item(
    head: str, split: TermSplit | None, explanation: str, line: int, context: Context
) -> list[Proposal]:
    """A list item whose first line ``head`` is ``Term: definition`` (``split``, as read by
    :func:`~notecards.core.extract.patterns.splitting.read_line`) or ``**Term.** ...``; its
    ``explanation`` (nested lines and blocks) follows the definition. A head that holds
    several pairs (``A: ... / B: ...``) is a card each, the explanation going with the last.
    ``line`` is 0-based; none when the head is no such line."""
    if split is None and head.startswith(("**", "__")):
        split = bold_lead(head)
    if split is None:
        return []
    pairs = each_pair(split)
    if len(pairs) == 1:
        answer = joined(split.definition, explanation)
        return [Proposal(CardKind.BASIC, split.term, answer, line + 1, context, Idiom.TERM_LINE)]
    last = len(pairs) - 1
    return [
        Proposal(
            CardKind.BASIC,
            pair.term,
            joined(pair.definition, explanation) if index == last else pair.definition,
            line + 1,
            context,
            Idiom.TERM_LINE,
        )
        for index, pair in enumerate(pairs)
    ]


def _definition_list_entry(term_line: str, line: str) -> tuple[str, str] | None:
    """``Latency`` + ``: the time one request takes`` (a Pandoc / PHP Markdown Extra
    definition list): the term and its definition, or None."""
    if not _DEFINITION_LIST_MARK.match(line):
        return None
    term, definition = clean_term(term_line), line[1:].strip()
    if is_term(term) and is_definition(definition):
        return term, definition
    return None


def _continued(proposal: Proposal, line: str) -> Proposal:
    """The proposal with a wrapped line added to its answer."""
    answer = f"{proposal.answer} {line.strip()}" if proposal.answer else line.strip()
    return proposal._replace(answer=answer)


def in_paragraph(
    first_line: int,
    lines: Sequence[str],
    *,
    start: int,
    context: Context,
    prose: bool = False,
    fresh_start: bool = False,
) -> list[Proposal]:
    """``Term: definition`` lines of a paragraph, from ``lines[start]`` on, one card each;
    ``first_line`` is the paragraph's 0-based first line. With ``prose``, a line that is
    no such line may still name or define a term in a sentence
    (:mod:`.prose_definitions`).

    A line only counts when it starts the paragraph (or ``start``, when ``fresh_start``),
    follows a finished sentence, or follows a definition line that did not stop mid-phrase
    (lines of definitions without full stops), so that a colon in wrapped prose ("...review
    screen and\\ncompare: nothing...") is not mistaken for a definition. A wrapped line that
    starts nothing continues the answer of the definition above it.
    """
    found: list[Proposal] = []
    open_card: int | None = None  # the card a wrapped line would continue
    for offset in range(start, len(lines)):
        line = lines[offset]
        if line.startswith("[^") or is_date(line):
            open_card = None
            continue
        previous = lines[offset - 1] if offset > 0 else ""
        fresh = (
            offset == 0
            or (fresh_start and offset == start)
            or previous.endswith(("  ", "\\"))
            or previous.rstrip().endswith(_SENTENCE_ENDS)
        )
        if offset > 0 and (entry := _definition_list_entry(previous, line)) is not None:
            term, definition = entry
            at = first_line + offset  # the term's line, 1-based
            found.append(
                Proposal(CardKind.BASIC, term, definition, at, context, Idiom.DEFINITION_LIST)
            )
            open_card = len(found) - 1
            continue
        if not fresh and open_card is None:
            continue  # wrapped prose
        split = bold_lead(line) or split_term(line)
        continues = split is None or previous.rstrip().endswith(_MID_PHRASE_ENDS)
        if open_card is not None and not fresh and continues:
            found[open_card] = _continued(found[open_card], line)
            continue
        before = len(found)
        at = first_line + offset + 1
        if split is not None:
            found.extend(
                Proposal(CardKind.BASIC, pair.term, pair.definition, at, context, Idiom.TERM_LINE)
                for pair in each_pair(split)
            )
        elif prose:
            found.extend(prose_definitions.in_line(line, at, context))
        open_card = len(found) - 1 if len(found) > before else None
    return found
