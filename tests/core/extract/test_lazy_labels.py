"""A label line written right under a list, with no blank line, over the next list."""

from __future__ import annotations

from notecards.core.extract import blocks, lazy_labels
from tests.conftest import by_question, cards_of

_GLOSSARY = """## Storage words
**Page**
- fixed-size unit the buffer pool reads
- usually 8 KB
**Extent**
- a run of pages allocated together
- cuts fragmentation
"""


def test_a_bold_label_under_a_list_asks_for_the_list_after_it() -> None:
    cards = by_question(cards_of(_GLOSSARY))
    assert cards["Page"].answer == "- fixed-size unit the buffer pool reads\n- usually 8 KB"
    assert cards["Extent"].answer.startswith("- a run of pages allocated together")
    assert cards["Extent"].line == 5


def test_plain_labels_between_one_line_lists() -> None:
    text = (
        "# Tides\n\nTwo kinds a month.\n\n"
        "Spring tide\n- sun and moon aligned\nNeap tide\n- sun and moon at right angles\n"
    )
    cards = by_question(cards_of(text))
    assert cards["Spring tide"].answer == "- sun and moon aligned"
    assert cards["Neap tide"].answer == "- sun and moon at right angles"


def test_the_list_is_split_at_the_label() -> None:
    text = "- first\n- second\nNext part:\n- third\n"
    top = lazy_labels.split_at_labels(blocks.parse(text), text.split("\n"))
    assert [(block.kind, block.start, block.end) for block in top] == [
        ("list", 0, 2),
        ("paragraph", 2, 3),
        ("list", 3, 4),
    ]
    assert top[0].children[-1].children[0].text == "second"
    assert top[1].text == "Next part:"


def test_a_wrapped_sentence_stays_in_its_item() -> None:
    text = "- the cache is flushed when\nthe buffer fills up\n- then it is reused\n"
    top = lazy_labels.split_at_labels(blocks.parse(text), text.split("\n"))
    assert [block.kind for block in top] == ["list"]
    assert top[0].children[0].children[0].text == "the cache is flushed when\nthe buffer fills up"


def test_an_indented_continuation_is_no_label() -> None:
    text = "- first\n  Still first\n- second\n"
    top = lazy_labels.split_at_labels(blocks.parse(text), text.split("\n"))
    assert [block.kind for block in top] == ["list"]


def test_a_capital_after_a_long_or_comma_line_goes_on_the_sentence() -> None:
    for text in (
        "- the second run used the same rigs as the first one but swapped the probes and\n"
        "Fresh batteries in every unit\n- results were kept\n",
        "- 요청 값을 받을 변수,\n보통 문자열로 받는다\n- 다음 항목\n",
    ):
        top = lazy_labels.split_at_labels(blocks.parse(text), text.split("\n"))
        assert [block.kind for block in top] == ["list"]


def test_a_line_of_odd_spaces_is_no_label() -> None:
    text = "- first\n- second\n\u3000\n- third\n"
    top = lazy_labels.split_at_labels(blocks.parse(text), text.split("\n"))
    assert top[0].kind == "list"


def test_a_plain_line_in_a_script_without_case_stays_in_its_item() -> None:
    text = "- 왜 이 회사를 골랐나\n연봉이 좋아서\n- 다음에 하고 싶은 일\n"
    top = lazy_labels.split_at_labels(blocks.parse(text), text.split("\n"))
    assert [block.kind for block in top] == ["list"]
