"""The idioms of a flat plain-text export (see :mod:`notecards.core.extract.plaintext`).

- a line ``Term: definition`` (or explicit markup) is a card;
- a bullet that names a term, with a definition after a separator and/or deeper bullets
  under it (``•`` then ``◦``; or dash bullets after a numbered one, ``1. Hinge loss`` +
  ``- penalises small margins``), is a card whose answer is the definition and those
  bullets;
- a short line introducing bullets (``NMS`` + ``- ...`` lines) is a card when most of the
  bullets made no card of their own: the line asks, those bullets answer.
"""

from __future__ import annotations

from collections.abc import Sequence

from notecards.core.extract.note import FlatSection
from notecards.core.extract.patterns.headings import is_title
from notecards.core.extract.patterns.splitting import each_pair, read_line, split_term
from notecards.core.extract.plaintext import BulletRun, FlatLine, IntroducedList
from notecards.core.extract.proposal import Context, Idiom, Proposal
from notecards.core.extract.proposers import explicit
from notecards.core.model import CardKind


def propose(sections: Sequence[FlatSection]) -> list[Proposal]:
    """The proposals of a flat export's sections, in the order of its lines."""
    proposals: list[Proposal] = []
    for section in sections:
        if section.skipped:
            continue
        for block in section.body:
            if isinstance(block, BulletRun):
                _term_bullets(block.bullets, section.path, proposals)
            elif isinstance(block, IntroducedList):
                _introduced_list(block, section.path, proposals)
            else:
                _term_line(block, section.path, proposals)
    return proposals


def _as_markdown(lines: Sequence[FlatLine]) -> str:
    """Bullets as a markdown list, their depth kept."""
    base = min((line.level for line in lines), default=0)
    rendered = []
    for index, line in enumerate(lines, start=1):
        marker = f"{index}." if line.ordered else "-"
        rendered.append(f"{'  ' * (line.level - base)}{marker} {line.text}")
    return "\n".join(rendered)


def _term_line(line: FlatLine, context: Context, proposals: list[Proposal]) -> None:
    """A line of text: explicit markup, or ``Term: definition``."""
    found = explicit.in_line(line.text, line.number + 1, context)
    if found is not None:
        proposals.append(found)
        return
    split = split_term(line.text)
    if split is not None:
        proposals.extend(
            Proposal(
                CardKind.BASIC,
                pair.term,
                pair.definition,
                line.number + 1,
                context,
                Idiom.FLAT_TERM_LINE,
            )
            for pair in each_pair(split)
        )


def _introduced_list(block: IntroducedList, context: Context, proposals: list[Proposal]) -> None:
    """A short line and the bullets after it: a card when the bullets explain it."""
    bullets = block.bullets
    produced = _term_bullets(bullets, (*context, block.title), proposals)
    plain = [bullet for bullet, made in zip(bullets, produced, strict=True) if not made]
    if plain and len(plain) * 2 >= len(bullets) and is_title(block.title):
        answer = _as_markdown(plain)
        line = block.line.number + 1
        proposals.append(
            Proposal(CardKind.BASIC, block.title, answer, line, context, Idiom.FLAT_INTRODUCED_LIST)
        )


def _term_bullets(
    bullets: Sequence[FlatLine], context: Context, proposals: list[Proposal]
) -> list[bool]:
    """Cards from a run of bullets; returns, per bullet, whether it is part of a card."""
    produced = [False] * len(bullets)
    position = 0
    while position < len(bullets):
        line = bullets[position]
        found = explicit.in_line(line.text, line.number + 1, context)
        if found is not None:
            proposals.append(found)
            produced[position] = True
            position += 1
            continue
        children = _children(bullets, position)
        split, bare_term = read_line(line.text)
        term = split.term if split is not None else bare_term
        if term is not None and (split is not None or children):
            parts = [split.definition] if split is not None else []
            if children:
                parts.append(_as_markdown(children))
            answer = "\n".join(parts)
            proposals.append(
                Proposal(CardKind.BASIC, term, answer, line.number + 1, context, Idiom.FLAT_TERM)
            )
            _term_bullets(children, (*context, term), proposals)
            produced[position : position + 1 + len(children)] = [True] * (1 + len(children))
        position += 1 + len(children)
    return produced


def _children(bullets: Sequence[FlatLine], position: int) -> list[FlatLine]:
    """The bullets nested under ``bullets[position]``: deeper indentation or ``◦``, and
    under a numbered bullet the unnumbered bullets after it at its own depth
    (``1. Hinge loss`` + ``- penalises small margins``: the export lost their nesting)."""
    line = bullets[position]
    deeper: list[FlatLine] = []
    for follower in bullets[position + 1 :]:
        if follower.level < line.level or (
            follower.level == line.level and (follower.ordered or not line.ordered)
        ):
            break
        deeper.append(follower)
    return deeper
