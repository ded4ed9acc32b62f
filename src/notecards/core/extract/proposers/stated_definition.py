"""A stated definition: ``### Definition 3.1 (Sample space)``, ``### Theorem 2 (Lagrange)``,
a numbered statement (``## Lemma 3.11``, ``## Theorem 6.12 (c)``: asked by its number) or
``### Definition`` + ``A **group** is ...``. The named (or first emphasised) term asks;
the paragraph under the heading answers, with a display formula right after it, or the
list right after it that the paragraph leads into (``If ..., then $G$ has`` + what it has).
(A list alone under such a heading is read as a topic's: :mod:`.whole_section`.)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from notecards.core.extract.blocks import Block
from notecards.core.extract.clean import dedent
from notecards.core.extract.note import Heading
from notecards.core.extract.patterns.headings import is_definition_heading
from notecards.core.extract.patterns.splitting import is_definition, labelled_term
from notecards.core.extract.proposal import MAX_LED_INTO_LINES, Context, Idiom, Proposal
from notecards.core.model import CardKind


def label_of(heading: Heading) -> str | None:
    """The heading's label when it announces a definition (``Definition 3.1 (...)``)."""
    label = heading.text.strip().strip(" *_")
    return label if is_definition_heading(label) else None


def in_section(
    heading: Heading,
    body: Sequence[Block],
    *,
    label: str,
    body_proposals: Sequence[Proposal],
    lines: Sequence[str],
    context: Context,
) -> Proposal | None:
    """The card of a section under a definition heading whose ``label`` is known.

    Nothing when the paragraph made cards of other terms itself (``body_proposals``: what
    the body's blocks proposed; one of the term the heading names is this card, asked
    from the heading). ``lines`` are the note's source lines, ``context`` the path above.
    """
    first = body[0] if body and body[0].kind in ("paragraph", "math") else None
    if first is None:
        return None
    formula = len(body) > 1 and first.kind == "paragraph" and body[1].kind == "math"
    last = body[1] if formula else first
    paragraph_lines = range(first.start + 1, last.end + 1)
    if (
        not formula
        and len(body) > 1
        and body[1].kind == "list"
        and body[1].end - body[1].start <= MAX_LED_INTO_LINES
        and _LEADS_ON.search(lines[first.end - 1])
    ):
        last = body[1]  # "If ..., then $G$ has" + the list of what it has
    answer = dedent(lines[first.start : last.end])
    term = labelled_term(label, answer)
    if term is None or not is_definition(answer):
        return None
    if any(
        proposal.line in paragraph_lines
        and (proposal.question != term or not _opens(answer, proposal.answer))
        for proposal in body_proposals
    ):
        return None  # (its opening sentence's own card of the term it names is this card)
    return Proposal(
        CardKind.BASIC, term, answer, heading.line + 1, context, Idiom.STATED_DEFINITION
    )


_OPENING_CHARACTERS: Final = 40
# how a statement's last line stops when it goes on in the list right under it: at a colon,
# or mid-sentence at a plain lower-case word ("then $G$ has", "one of the following")
_LEADS_ON: Final = re.compile(r"(?:[:：]|(?<![\\$\w])[a-z]+)\s*$")


def _opens(paragraph: str, answer: str) -> bool:
    """Whether ``answer`` is the sentence ``paragraph`` opens with."""
    return paragraph.startswith(answer[:_OPENING_CHARACTERS])
