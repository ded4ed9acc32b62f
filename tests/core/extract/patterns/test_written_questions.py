"""Questions written out as ``Q.`` with ``A.`` under them."""

from __future__ import annotations

import pytest

from notecards.core.extract.patterns.written_questions import (
    answered,
    asked,
    asks_to_choose,
    without_q,
)
from tests.conftest import by_question, cards_of


@pytest.mark.parametrize(
    ("line", "question"),
    [
        ("Q. 언제 생성을 멈추나?", "언제 생성을 멈추나?"),
        ("**Q. 예시 없이도 될까?**", "예시 없이도 될까?"),
        ("**Q:** Why three?", "Why three?"),
        ("Quality matters", None),
        ("A. an answer", None),
    ],
)
def test_a_q_line_asks(line: str, question: str | None) -> None:
    assert asked(line) == question


def test_an_a_line_answers_and_a_stray_q_leaves_a_question() -> None:
    assert answered("**A.** because") == "because"
    assert answered("Another line") is None
    assert without_q("Q. 왜 쓰나?") == "왜 쓰나?"
    assert without_q("Queues") == "Queues"


def test_written_out_questions_in_a_paragraph_an_item_and_sibling_items() -> None:
    text = (
        "## 추론\n\nQ: Why use three models?\nA: Because each one fails alone.\n\n"
        "- Q. 언제 생성을 멈추나?\n  A. 끝 토큰이 나올 때\n"
        "- 평가\n  - Q. 두 글의 유사도는 어떻게 재나?\n  - A. 단어가 겹치는 정도로\n"
        "- Q. 왜 예시가 필요한가?\n  - 모델이 형식을 따라 하게 하려고\n"
    )
    cards = by_question(cards_of(text, "qa.md"))
    assert cards["Why use three models?"].answer == "Because each one fails alone."
    assert cards["언제 생성을 멈추나?"].answer == "끝 토큰이 나올 때"
    assert cards["두 글의 유사도는 어떻게 재나?"].answer == "단어가 겹치는 정도로"
    assert "형식을 따라" in cards["왜 예시가 필요한가?"].answer


def test_an_exams_multiple_choice_question_is_no_card() -> None:
    for question in (
        "쿠키와 세션에 대해 잘못 설명한 것은?",
        "다음 중 RNN의 특징으로 옳지 않은 것은?",
        "빈칸에 들어갈 단어로 알맞은 것을 모두 고르시오.",
        "Which of the following is a transport protocol?",
    ):
        assert asks_to_choose(question), question
    assert not asks_to_choose("가장 중요한 것은?")
    text = (
        "# 모의고사\n\n1. 쿠키와 세션에 대해 잘못 설명한 것은?\n"
        "   1. 쿠키는 브라우저에 저장된다\n   2. 세션은 서버에 저장된다\n"
    )
    assert not any("것은" in card.question for card in cards_of(text, "test/mock.md"))
