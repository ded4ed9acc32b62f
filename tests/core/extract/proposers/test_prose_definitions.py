"""Prose sentences that name or define a term."""

from __future__ import annotations

from tests.conftest import cards_of


def test_prose_definition_sentence() -> None:
    (card,) = cards_of("계수의 합이 1인 경우, 이를 convex combination이라고 함\n")
    assert card.question == "convex combination"
