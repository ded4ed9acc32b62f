"""What a card shows: its front (the prompt) and back (the answer), as markdown.

- basic: the question, then the answer;
- reversed: asked both ways: forwards, or from the answer back to the question;
- cloze: the sentence with each ``{{c1::deletion}}`` hidden as ``[…]`` (or ``[hint]`` for
  ``{{c1::deletion::hint}}``), then the whole sentence with the deletions in bold, followed by
  any extra text the card carries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from notecards.core.model import CLOZE_DELETION, Card, CardKind

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>])")


@dataclass(frozen=True, slots=True)
class Faces:
    front: str
    back: str
    reversed: bool = False  # asked from the answer side


def _hidden(match: re.Match[str]) -> str:
    hint = (match.group(3) or "").strip()
    shown = _MARKDOWN_SPECIAL.sub(r"\\\1", hint) if hint else "…"
    return f"**\\[{shown}\\]**"


def _revealed(match: re.Match[str]) -> str:
    return f"**{match.group(2).strip()}**"


def cloze_front(text: str) -> str:
    return CLOZE_DELETION.sub(_hidden, text)


def cloze_back(text: str) -> str:
    return CLOZE_DELETION.sub(_revealed, text)


def faces(card: Card, *, reverse: bool = False) -> Faces:
    """The card's two faces; ``reverse`` asks a reversed card from its answer."""
    if card.kind is CardKind.CLOZE:
        back = cloze_back(card.question)
        if card.answer.strip():
            back = f"{back}\n\n{card.answer}"
        return Faces(cloze_front(card.question), back)
    if card.kind is CardKind.REVERSED and reverse:
        return Faces(card.answer, card.question, reversed=True)
    return Faces(card.question, card.answer)
