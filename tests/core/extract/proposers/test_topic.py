"""A heading whose body is a list: the heading asks, the plain items answer."""

from __future__ import annotations

from tests.conftest import by_question, cards_of


def test_heading_whose_body_is_a_list() -> None:
    text = (
        "## Pie Chart\n\n"
        "- 원을 부채꼴로 분할하여 표현하는 차트\n"
        "- 연구단계에선 지양\n"
        "- Donut Chart → 가운데가 빔\n"
    )
    cards = by_question(cards_of(text))
    assert (
        cards["Pie Chart"].answer == "- 원을 부채꼴로 분할하여 표현하는 차트\n- 연구단계에선 지양"
    )
    assert cards["Pie Chart"].line == 1
    assert cards["Donut Chart"].context == ("note", "Pie Chart")


def test_heading_of_definitions_is_context_not_a_card() -> None:
    text = "## Optimizers\n\n- Adam: momentum + RMSProp\n- SGD: one sample at a time\n"
    assert [card.question for card in cards_of(text)] == ["Adam", "SGD"]


def test_repeated_category_headings_are_not_topics() -> None:
    text = "## ML library\n\n- 첫째 사실\n- 둘째 사실\n\n## ML library\n\n- 셋째 사실\n- 넷째\n"
    assert cards_of(text) == []


def test_dated_entries_are_not_topics() -> None:
    text = "## Tensor tricks\n\n*2021.09.20*\n\n- 첫째 사실\n- 둘째 사실\n"
    assert cards_of(text) == []
