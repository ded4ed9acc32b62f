"""Shapes of lists: enough plain items to answer, and a reading list."""

from __future__ import annotations

from notecards.core.extract import list_shapes
from notecards.core.extract.blocks import Block


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
