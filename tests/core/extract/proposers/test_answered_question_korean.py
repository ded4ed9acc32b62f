"""A question a Korean writer asks in prose (``그렇다면 X는 무엇일까요?``) and answers right
after it, in the same paragraph."""

from __future__ import annotations

from tests.conftest import by_question, cards_of

NOTE = """# 캐시 정리

## 교체 정책

캐시는 크기가 정해져 있습니다. 가득 차면 무언가를 버려야 합니다.

그렇다면 캐시는 어떤 항목을 먼저 버릴까요? 가장 오래 읽히지 않은 항목을 버립니다.
최근 읽기 목록의 끝에 있는 항목입니다.

LRU 정책의 비용은 얼마일까요? 읽을 때마다 목록을 고치므로 읽기 한 번에 $O(1)$이 더 듭니다.

그럼 항목 하나는 무엇을 담고 있을까요? 크게 세 가지로 나눠 볼 수 있습니다.

- 키
- 값
- 마지막으로 읽힌 시각

이제 실제 예를 볼까요? 아래 표는 읽기 순서를 보여줍니다.

이렇게 하면 어떨까요? 버릴 항목을 무작위로 고릅니다.

위 표에서 가장 먼저 버려지는 항목은 무엇일까요? 세 번째 항목입니다.
"""


def test_a_korean_question_and_the_sentences_after_it_are_a_card() -> None:
    cards = by_question(cards_of(NOTE))
    card = cards["캐시는 어떤 항목을 먼저 버릴까요?"]
    assert card.answer == (
        "가장 오래 읽히지 않은 항목을 버립니다.\n최근 읽기 목록의 끝에 있는 항목입니다."
    )
    assert card.context == ("캐시 정리", "교체 정책")
    assert cards["LRU 정책의 비용은 얼마일까요?"].answer.startswith("읽을 때마다 목록을")


def test_an_answer_that_announces_a_list_takes_the_list() -> None:
    cards = by_question(cards_of(NOTE))
    assert cards["항목 하나는 무엇을 담고 있을까요?"].answer == (
        "크게 세 가지로 나눠 볼 수 있습니다.\n\n- 키\n- 값\n- 마지막으로 읽힌 시각"
    )


def test_a_turn_to_an_example_and_a_what_if_are_no_questions() -> None:
    asked = set(by_question(cards_of(NOTE)))
    assert not any(question.endswith("볼까요?") for question in asked)
    assert "이렇게 하면 어떨까요?" not in asked


def test_a_question_about_what_is_above_it_is_no_card() -> None:
    asked = set(by_question(cards_of(NOTE)))
    assert "위 표에서 가장 먼저 버려지는 항목은 무엇일까요?" not in asked


def test_an_answer_that_only_sends_the_reader_below_is_no_answer() -> None:
    text = (
        "# 정렬\n\n## 병합\n\n두 목록은 어떻게 합칠까요? 아래 그림을 보시면 알 수 있습니다.\n\n"
        "합친 결과는 어떤 순서일까요? 작은 값부터 놓입니다. 다음 예를 봅시다.\n"
    )
    cards = by_question(cards_of(text))
    assert "두 목록은 어떻게 합칠까요?" not in cards
    assert cards["합친 결과는 어떤 순서일까요?"].answer == "작은 값부터 놓입니다."
