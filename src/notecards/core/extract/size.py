"""The most a card may hold: longer questions and answers are cut, with a warning.

A card is read on one screen; a note that is one 30 MB line would otherwise make a card whose
drawing freezes the review. The cut falls at a line break where there is one, and closes a code
fence or display math that it leaves open, so what remains is still well-formed markdown.
"""

from __future__ import annotations

from dataclasses import replace
from operator import attrgetter
from typing import Final

from notecards.core.model import Card, NoteWarning

MAX_CARD_CHARACTERS: Final = 20_000
_QUESTION, _ANSWER = attrgetter("question"), attrgetter("answer")
CUT_MARK: Final = "… (cut: the rest is in the note)"


def _cut(text: str) -> str:
    room = MAX_CARD_CHARACTERS - len(CUT_MARK) - 12  # a closing fence and line breaks
    kept = text[:room]
    line_break = kept.rfind("\n")
    if line_break > room // 2:
        kept = kept[:line_break]
    kept = kept.rstrip()
    closing = ""
    if kept.count("```") % 2:
        closing += "\n```"
    if kept.count("$$") % 2:
        closing += "\n$$"
    return f"{kept}{closing}\n\n{CUT_MARK}"


def capped(cards: list[Card], source: str) -> tuple[list[Card], list[NoteWarning]]:
    """``cards`` with any over-long question or answer cut, and a warning for each."""
    if (
        max(map(len, map(_QUESTION, cards)), default=0) <= MAX_CARD_CHARACTERS
        and max(map(len, map(_ANSWER, cards)), default=0) <= MAX_CARD_CHARACTERS
    ):
        return cards, []  # the common case, decided in two passes that never leave C
    warnings: list[NoteWarning] = []
    kept: list[Card] = []
    for card in cards:
        longest = max(len(card.question), len(card.answer))
        if longest <= MAX_CARD_CHARACTERS:
            kept.append(card)
            continue
        question = (
            _cut(card.question) if len(card.question) > MAX_CARD_CHARACTERS else card.question
        )
        answer = _cut(card.answer) if len(card.answer) > MAX_CARD_CHARACTERS else card.answer
        kept.append(replace(card, question=question, answer=answer))
        name = question if len(question) <= 40 else question[:39] + "…"
        warnings.append(
            NoteWarning(
                source,
                card.line,
                f"card {name!r} holds {longest:,} characters; cut to {MAX_CARD_CHARACTERS:,}",
            )
        )
    return kept, warnings
