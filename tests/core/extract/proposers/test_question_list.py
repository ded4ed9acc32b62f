"""A question paragraph answered by the list below it."""

from __future__ import annotations

from tests.conftest import cards_of


def test_question_paragraph_answered_by_a_list() -> None:
    text = "Noisy label이란 무엇을 의미하는가?\n\n- 라벨이 잘못 붙은 데이터\n- 사람 실수로 생김\n"
    (card,) = cards_of(text)
    assert card.question == "Noisy label이란 무엇을 의미하는가?"
    assert card.answer == "- 라벨이 잘못 붙은 데이터\n- 사람 실수로 생김"


def test_the_answer_keeps_the_items_that_are_cards_of_their_own() -> None:
    text = (
        "What does a transaction guarantee?\n\n"
        "- Atomicity: all or nothing\n"
        "- its writes survive a crash\n"
        "- readers never see half of it\n"
    )
    cards = {card.question: card for card in cards_of(text)}
    assert cards["What does a transaction guarantee?"].answer == (
        "- Atomicity: all or nothing\n- its writes survive a crash\n- readers never see half of it"
    )
    assert cards["Atomicity"].answer == "all or nothing"
