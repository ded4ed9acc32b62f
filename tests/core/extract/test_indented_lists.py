"""Lists indented under a paragraph's line read as the list the writer sees."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from notecards.core.extract.indented_lists import as_lists
from tests.conftest import by_question, cards_of


def test_a_list_indented_under_a_paragraph_line_is_a_list() -> None:
    text = (
        "# Pipes\n\n## what\nTwo ends that talk both ways\n"
        "    - reader: the end a program reads its input from\n"
        "    - writer: the end another program writes into\n"
    )
    cards = by_question(cards_of(text, "os.md"))
    assert cards["reader"].answer == "the end a program reads its input from"
    assert cards["writer"].line == 6
    # "## what" asks what the subject above it is: the card is named "Pipes", not "what"
    assert cards["Pipes"].answer == "Two ends that talk both ways"


def test_tab_indented_and_nested_lines_keep_their_nesting() -> None:
    text = "Parts:\n\t- head\n\t\t- holds the flags\n\t- body\n"
    assert as_lists(text) == "Parts:\n- head\n\t- holds the flags\n- body\n"


def test_a_list_already_under_a_list_item_or_in_code_is_left_alone() -> None:
    under_an_item = "- first\ncontinued\n    - nested in first\n"
    in_code = "```\nsteps\n    - not a list\n```\n"
    under_a_heading_item = "- item\n## Heading\n    - indented code\n"
    for text in (under_an_item, in_code, under_a_heading_item):
        assert as_lists(text) == text


@given(st.text(alphabet=" \t-*1.ab\n#`", max_size=80))
def test_lines_are_never_added_or_removed(text: str) -> None:
    assert as_lists(text).count("\n") == text.count("\n")


def test_an_item_line_right_above_is_nested_already_but_a_rule_line_is_not_an_item() -> None:
    # the line above an indented item decides first (the commonest case: a nested list)
    assert as_lists("1. item\n    - nested") == "1. item\n    - nested"
    assert as_lists("- - -\n    - x") == "- - -\n- x"  # "- - -" is a rule, not an item


def test_bullets_indented_under_a_numbered_item_short_of_its_text_nest_in_it() -> None:
    """``1. 다른 구분자 사용`` + ``  - ...``: two spaces fall short of the item's text (three
    columns in), so to CommonMark the bullets are a list of their own; the writer nests them."""
    text = (
        "## 찾아본 방법\n1. 다른 구분자 사용\n  - 쉼표 대신 세미콜론으로 열을 나눔\n"
        "    - 다른 도구에서 열 때 문제가 생길 수 있음\n"
        "2. 텍스트 감싸기\n  - 쉼표가 든 값을 따옴표로 감쌈\n"
    )
    assert as_lists(text) == (
        "## 찾아본 방법\n1. 다른 구분자 사용\n   - 쉼표 대신 세미콜론으로 열을 나눔\n"
        "     - 다른 도구에서 열 때 문제가 생길 수 있음\n"
        "2. 텍스트 감싸기\n   - 쉼표가 든 값을 따옴표로 감쌈\n"
    )
    cards = by_question(cards_of(text))
    assert cards["다른 구분자 사용"].answer.startswith("- 쉼표 대신 세미콜론으로 열을 나눔")
