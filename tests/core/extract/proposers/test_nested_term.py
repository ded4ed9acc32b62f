"""A term explained by the lines and blocks nested under it."""

from __future__ import annotations

from tests.conftest import by_question, cards_of


def test_term_with_nested_bullets() -> None:
    text = (
        "## RNN\n\n"
        "- LSTM\n"
        "    - Long Short Term Memory\n"
        "    - cell state가 gradient를 잘 전달함\n"
        "    - Forget gate - 무엇을 버릴지 결정\n"
    )
    cards = by_question(cards_of(text))
    assert cards["LSTM"].answer == (
        "- Long Short Term Memory\n"
        "- cell state가 gradient를 잘 전달함\n"
        "- Forget gate - 무엇을 버릴지 결정"
    )
    assert cards["LSTM"].context == ("note", "RNN")
    assert cards["Forget gate"].context == ("note", "RNN", "LSTM")


def test_lines_wrapped_under_a_term_answer_it_once() -> None:
    text = "## Memory\n\n- Stack frame\n  holds locals: freed when the call returns\n"
    cards = cards_of(text)
    assert [card.question for card in cards] == ["Stack frame"]
    assert cards[0].answer == "holds locals: freed when the call returns"


def test_definition_lines_under_a_term_are_a_glossary_without_bullets() -> None:
    text = (
        "## Trees\n\n"
        "- Heaps\n"
        "  min-heap: the smallest key sits at the root\n"
        "  max-heap: the largest key sits at the root\n"
    )
    cards = by_question(cards_of(text))
    assert set(cards) == {"min-heap", "max-heap"}
    assert cards["min-heap"].context == ("note", "Trees", "Heaps")


def test_an_item_asking_why_at_length_is_answered_by_its_nested_list() -> None:
    text = (
        "## HDFS\n\n"
        "- 일반 파일 시스템보다 훨씬 큰 블록 크기를 사용하는 이유\n"
        "  - 디스크 탐색 비용이 줄어든다\n"
        "  - 메타데이터가 작아진다\n"
        "- 블록은 여러 노드에 복제된다\n"
    )
    cards = by_question(cards_of(text))
    asked = cards["일반 파일 시스템보다 훨씬 큰 블록 크기를 사용하는 이유"]
    assert asked.answer == "- 디스크 탐색 비용이 줄어든다\n- 메타데이터가 작아진다"
    assert asked.context == ("note", "HDFS")


def test_a_long_item_that_names_no_facet_is_no_question() -> None:
    text = "## Spark\n\n- 현재 가장 좋은 선택을 되풀이해 답을 구하는 방식\n  - 예: 동전 거스름돈\n"
    assert "현재 가장 좋은 선택을 되풀이해 답을 구하는 방식" not in by_question(cards_of(text))


def test_a_term_over_links_only_is_no_card() -> None:
    """``- VOA`` + a link (and a note under it): where to read, no answer; a term whose
    nested lines explain it before its links still is one."""
    links = (
        "## Topics\n\n- VOA\n\t- https://example.org/question/38253477\n\t\t- not sure\n"
        "- CFT\n\t- a mathematical introduction\n"
    )
    assert [card.question for card in cards_of(links)] == ["CFT"]
    explained = (
        "## Repeatability\n\n- Translation\n"
        "  - CNNs lose position information when they pool with a stride\n"
        "  - [Shift-invariant CNNs](https://example.org/shift.pdf)\n"
    )
    assert "Translation" in [card.question for card in cards_of(explained)]
