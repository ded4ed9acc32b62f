"""Shapes of lists: enough plain items to answer, and a reading list."""

from __future__ import annotations

from notecards.core.extract import list_shapes
from notecards.core.extract.blocks import Block, parse
from tests.conftest import by_question, cards_of


def _items(count: int) -> list[Block]:
    return [Block("item", line, line + 1) for line in range(count)]


def test_plain_items_answer_when_they_are_two_and_at_least_half() -> None:
    items = _items(4)
    assert list_shapes.plain_answer_items(items, [0, 0, 1, 1]) == items[:2]
    assert list_shapes.plain_answer_items(items, [0, 1, 1, 1]) is None
    assert list_shapes.plain_answer_items(items[:1], [0]) == items[:1]  # a list of one


def test_a_list_led_by_links_is_a_reading_list() -> None:
    lines = ["- [A paper](https://example.org/a)", "- [A post](notes.md)", "- a plain idea"]
    assert list_shapes.is_reading_list(_items(3), lines)
    assert not list_shapes.is_reading_list(_items(3), ["- one", "- two", lines[0]])


def test_a_sentence_written_right_under_a_list_of_one_line_items_is_apart() -> None:
    text = (
        "A hardware feature that guards against:\n"
        "- forged return addresses\n- corrupted heap pointers\n"
        "It signs each pointer with a short code.\n"
    )
    cards = cards_of(text, "security/Pointer Signing.md")
    assert [card.question for card in cards] == ["Pointer Signing"]
    assert "- corrupted heap pointers" in cards[0].answer


def test_lines_under_items_written_so_throughout_are_the_items_own() -> None:
    lines = [
        "- ZoneOffset",
        "UTC로부터 얼마나 떨어져 있는지 나타냄",
        "",
        "- Period",
        "두 날짜의 차이",
    ]
    (block,) = parse("\n".join(lines))
    assert list_shapes.written_apart(block.children, lines) is None
    wrapped = ["- a leaf", "- an empty tree (undivided", "feature space)"]
    (block,) = parse("\n".join(wrapped))
    assert list_shapes.written_apart(block.children, wrapped) is None


def test_a_line_ending_in_a_colon_under_an_item_labels_what_follows() -> None:
    text = (
        "# Paper jams\n\nCaused by:\n- Damp paper\n- A worn roller\n"
        "Solved by:\n- Drying the paper\n- Replacing the roller\n"
    )
    questions = [card.question for card in cards_of(text)]
    assert "A worn roller" not in questions  # "Solved by:" is no definition of it


def test_prose_indented_under_a_heading_is_read_as_its_paragraph() -> None:
    """Four spaces before a paragraph make it code to markdown; a heading over Korean or
    English sentences with no sign of code is answered by them. Code, an error's output or
    a short line stays code."""
    text = (
        "#### 클래스 변수\n\n"
        "    클래스 안, 메서드 밖에 선언되어 모든 인스턴스가 함께 쓰는 변수이며 "
        "`클래스명.변수명`으로 접근한다.\n\n"
        "#### Output\n\n"
        "    ValueError: the callback was registered twice and cannot run again.\n"
    )
    cards = by_question(cards_of(text, "class.md"))
    assert cards["클래스 변수"].answer.startswith("클래스 안, 메서드 밖에 선언되어")
    assert list_shapes.looks_like_prose("The queue drains in order, and each worker takes one job.")
    assert not list_shapes.looks_like_prose("x = compute(1)\nprint(x)")
    assert not list_shapes.looks_like_prose(
        "ValueError: the callback was registered twice and cannot run."
    )
    assert not list_shapes.looks_like_prose("Short line.")


def test_items_that_each_say_what_their_own_subject_is_are_a_card_each() -> None:
    """A writer who lines up ``- X is the ...`` sentences, a subject each, writes a glossary
    (a formula's symbols, a field's terms): each item asks its subject. One item so among
    others, or the same subject said again and again, is no glossary."""
    text = (
        "# Ohm's law\n\n## Symbols\n\n"
        "- $R$ is the resistance of the wire\n"
        "- $I$ is the current through it\n\n"
        "## Caches\n\n"
        "- A write-back cache is a cache that delays writes\n"
        "- it is faster for bursts\n"
    )
    cards = by_question(cards_of(text, "physics/Ohm.md"))
    assert cards["$R$"].answer == "$R$ is the resistance of the wire"
    assert cards["$I$"].answer == "$I$ is the current through it"
    assert "it" not in cards
    assert list_shapes.stated_subject("Stored rows are the tuples of a table") == "Stored rows"
    assert list_shapes.stated_subject("This is the best option") is None  # a pronoun
    assert list_shapes.stated_subject("Heaps are fast") is None  # no noun says what they are
    assert list_shapes.stated_subject("Why is a gap a problem?") is None  # a question
