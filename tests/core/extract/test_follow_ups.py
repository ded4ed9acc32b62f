"""What a paragraph that asks gets from the block right under it."""

from __future__ import annotations

from notecards.core.extract import follow_ups
from notecards.core.extract.blocks import Block, parse
from notecards.core.extract.proposal import Idiom


def _blocks(text: str) -> tuple[list[str], list[Block]]:
    return text.split("\n"), parse(text)


def test_a_question_is_answered_by_the_quote_under_it_unless_the_quote_made_cards() -> None:
    lines, (asked, quote) = _blocks("***DNS란?***\n\n> 도메인 이름을 IP 주소로 바꿔 주는 체계\n")
    card = follow_ups.prose_answer(asked, None, quote, made=[], lines=lines, context=("net",))
    assert card is not None and card.idiom is Idiom.QUESTION_LIST
    assert (card.question, card.answer) == ("DNS란?", "도메인 이름을 IP 주소로 바꿔 주는 체계")
    assert follow_ups.prose_answer(asked, None, quote, made=[card], lines=lines, context=()) is None


def test_a_label_is_answered_by_a_paragraph_not_by_a_quote() -> None:
    lines, (asked, paragraph) = _blocks(
        "**Weak spot**\n\nWith many noisy features each tree sees little signal.\n"
    )
    card = follow_ups.prose_answer(asked, "Weak spot", paragraph, made=[], lines=lines, context=())
    assert card is not None and card.answer.startswith("With many noisy features")
    lines, (asked, quote) = _blocks("**Weak spot**\n\n> With many noisy features, little signal.\n")
    assert (
        follow_ups.prose_answer(asked, "Weak spot", quote, made=[], lines=lines, context=()) is None
    )


def test_a_label_over_a_list_takes_its_free_items_and_marks_them_taken() -> None:
    lines, (asked, answers) = _blocks(
        "[ UDP 특징 ]\n\n- 연결을 맺지 않는다\n- 순서를 보장하지 않는다\n"
    )
    card, per_item = follow_ups.list_answer(
        asked, "UDP 특징", answers, made=[], per_item=[0, 0], lines=lines, context=()
    )
    assert card is not None and card.answer == "- 연결을 맺지 않는다\n- 순서를 보장하지 않는다"
    assert per_item == [1, 1]
