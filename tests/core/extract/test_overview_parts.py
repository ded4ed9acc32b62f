"""An overview section asks its own part of a subject a card above already asks."""

from __future__ import annotations

from notecards.core.extract.overview_parts import ask_once
from notecards.core.extract.proposal import Idiom, Proposal
from notecards.core.model import CardKind


def _card(question: str, line: int) -> Proposal:
    return Proposal(CardKind.BASIC, question, "what it says", line, ("Paper",), Idiom.SECTION_BODY)


def test_a_second_overview_of_the_same_subject_asks_its_part() -> None:
    proposals = [_card("Sparse gates", 3), _card("Sparse gates", 9), _card("Routing", 12)]
    ask_once(proposals, 1, "## Introduction", "Sparse gates")
    assert [card.question for card in proposals] == [
        "Sparse gates",
        "Sparse gates — Introduction",
        "Routing",
    ]


def test_the_first_card_to_ask_the_subject_and_other_headings_stay() -> None:
    first = [_card("Sparse gates", 3)]
    ask_once(first, 0, "## Abstract", "Sparse gates")
    assert first[0].question == "Sparse gates"
    other = [_card("Sparse gates", 3), _card("Sparse gates", 9)]
    ask_once(other, 1, "## Results", "Sparse gates")
    assert other[1].question == "Sparse gates"
