"""A card's front and back."""

from __future__ import annotations

from notecards.core.faces import faces
from notecards.core.model import Card, CardKind


def card(kind: CardKind, question: str, answer: str = "") -> Card:
    return Card(kind=kind, question=question, answer=answer, deck="d", source="s.md", line=1)


def test_basic() -> None:
    shown = faces(card(CardKind.BASIC, "NMS", "겹친 box 정리"))
    assert (shown.front, shown.back, shown.reversed) == ("NMS", "겹친 box 정리", False)
    assert faces(card(CardKind.BASIC, "NMS", "x"), reverse=True).front == "NMS"


def test_reversed_both_ways() -> None:
    pair = card(CardKind.REVERSED, "Bijection", "전단사")
    assert faces(pair).front == "Bijection"
    backwards = faces(pair, reverse=True)
    assert (backwards.front, backwards.back, backwards.reversed) == ("전단사", "Bijection", True)


def test_cloze_hides_deletions_and_shows_hints() -> None:
    shown = faces(
        card(
            CardKind.CLOZE,
            "EF never drops below {{c1::1.3}}; q < {{c2::3::a grade}} resets",
            "SM-2",
        )
    )
    assert shown.front == r"EF never drops below **\[…\]**; q < **\[a grade\]** resets"
    assert shown.back == "EF never drops below **1.3**; q < **3** resets\n\nSM-2"
