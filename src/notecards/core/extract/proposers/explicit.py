"""Explicit markup: ``Q :: A``, ``Q ::: A`` (reversed), ``{{c1::...}}``, ``==highlight==``
and a question written out as ``Q. ...`` with ``A. ...`` under it.

A line is read the same way in markdown and in a flat export: ``Q :: A`` first, then
``{{c1::...}}`` deletions, then highlights, but a highlight inside ``Term: definition``
marks the definition's key words and leaves the line to the term rules. In markdown, lines
with their own markup are cards of their own, and a cloze sentence wrapped over several
lines is one card; the blocks nested under a list item add to the answer of its last line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from notecards.core.extract.blocks import Block
from notecards.core.extract.clean import dedent
from notecards.core.extract.patterns.markup import (
    cloze_of,
    explicit_pair,
    has_cloze,
    highlights_to_cloze,
)
from notecards.core.extract.patterns.splitting import bold_lead, split_term
from notecards.core.extract.patterns.written_questions import answered, asked
from notecards.core.extract.proposal import Context, Idiom, Proposal
from notecards.core.model import CardKind


def _cloze_of_line(text: str) -> str | None:
    """A line's cloze: its ``{{c1::...}}`` deletions, or its highlights unless the line is
    ``Term: definition`` (there the highlight marks the key words of the definition)."""
    if has_cloze(text):
        return text
    if "==" not in text or split_term(text) is not None or bold_lead(text) is not None:
        return None
    if _WHOLLY_HIGHLIGHTED.fullmatch(text):
        return None  # "**==`htons`==**" + what it is: a term marked, a cloze would hide it all
    return highlights_to_cloze(text)


# a line that is one highlight and nothing else, but for emphasis around it
_WHOLLY_HIGHLIGHTED: Final = re.compile(r"[*_\s]*==[^=\n]+==[*_\s:]*")


def in_line(text: str, line: int, context: Context) -> Proposal | None:
    """A flat export's line as ``Q :: A`` or as a cloze, read as :func:`in_block` reads a
    line of markdown; ``line`` is 1-based."""
    pair = explicit_pair(text)
    if pair is not None:
        kind = CardKind.REVERSED if pair.reversed else CardKind.BASIC
        return Proposal(kind, pair.question, pair.answer, line, context, Idiom.EXPLICIT_PAIR)
    cloze = _cloze_of_line(text)
    if cloze is None:
        return None
    return Proposal(CardKind.CLOZE, cloze, "", line, context, Idiom.CLOZE)


def _written_out(start: int, lines: Sequence[str], extra: str, context: Context) -> list[Proposal]:
    """Each ``Q.`` line with the ``A.`` line right after it (and the lines after that, up
    to the next ``Q.``) as its answer; the last answer takes ``extra`` too."""
    found: list[Proposal] = []
    offset = 0
    while offset + 1 < len(lines):
        question = asked(lines[offset])
        answer = answered(lines[offset + 1]) if question else None
        if question is None or answer is None:
            offset += 1
            continue
        end = offset + 2
        while end < len(lines) and asked(lines[end]) is None:
            end += 1
        said = "\n".join([answer, *(line.strip() for line in lines[offset + 2 : end])])
        if end == len(lines) and extra:
            said = f"{said}\n{extra}"
        line = start + offset + 1
        found.append(Proposal(CardKind.BASIC, question, said, line, context, Idiom.EXPLICIT_PAIR))
        offset = end
    return found


def in_block(start: int, lines: Sequence[str], extra: str, context: Context) -> list[Proposal]:
    """Cloze deletions, highlights and ``Q :: A`` lines of a paragraph; none if it has none.

    ``start`` is the paragraph's 0-based first line; ``extra`` (the source of the blocks
    nested under a list item) adds to the answer of the last line. Lines with their own
    markup are cards of their own; a cloze sentence wrapped over several lines is one card.
    """
    written = _written_out(start, lines, extra, context)
    if written:
        return written
    pairs = [explicit_pair(line) for line in lines]
    clozes = [_cloze_of_line(line) for line in lines]
    found: list[Proposal] = []
    if any(pairs) or (len(lines) > 1 and all(p or c for p, c in zip(pairs, clozes, strict=True))):
        last = len(lines) - 1
        for offset, (pair, cloze) in enumerate(zip(pairs, clozes, strict=True)):
            answer_extra = extra if offset == last else ""
            line = start + offset + 1
            if pair is not None:
                kind = CardKind.REVERSED if pair.reversed else CardKind.BASIC
                answer = f"{pair.answer}\n{answer_extra}" if answer_extra else pair.answer
                found.append(
                    Proposal(kind, pair.question, answer, line, context, Idiom.EXPLICIT_PAIR)
                )
            elif cloze is not None:
                found.append(
                    Proposal(
                        CardKind.CLOZE, cloze.strip(), answer_extra, line, context, Idiom.CLOZE
                    )
                )
        return found
    cloze = cloze_of("\n".join(lines)) if len(lines) > 1 else clozes[0]
    if cloze is not None:
        found.append(
            Proposal(CardKind.CLOZE, cloze.strip(), extra, start + 1, context, Idiom.CLOZE)
        )
    return found


def _first_line(item: Block) -> str:
    children = item.children
    if not children or children[0].kind != "paragraph":
        return ""
    return children[0].text.split("\n", 1)[0]


def answered_item(
    question: Block, answer: Block, lines: Sequence[str], context: Context
) -> Proposal | None:
    """A list item ``- Q. ...`` and the item ``- A. ...`` right after it, as one card: the
    second item, without its ``A.``, answers."""
    asks = asked(_first_line(question))
    said = answered(_first_line(answer)) if asks else None
    if asks is None or said is None:
        return None
    rest = dedent(lines[answer.start + 1 : answer.end]).strip()
    answer_text = f"{said}\n{rest}" if rest else said
    line = question.start + 1
    return Proposal(CardKind.BASIC, asks, answer_text, line, context, Idiom.EXPLICIT_PAIR)
