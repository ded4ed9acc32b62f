"""What the walker knows of the list it is reading."""

from __future__ import annotations

from notecards.core.extract import blocks
from notecards.core.extract.blocks import Block
from notecards.core.extract.list_being_read import ListBeingRead


def _first_list(text: str) -> Block:
    return next(block for block in blocks.parse(text) if block.kind == "list")


def test_the_items_before_the_one_being_read_are_their_first_lines() -> None:
    reading = ListBeingRead(_first_list("- alpha\n  more\n- beta\n- gamma\n"), nested=False)
    reading.item_at = 2
    assert reading.earlier_items() == ["alpha", "beta"]


def test_outside_every_list_nothing_is_read_as_a_whole() -> None:
    reading = ListBeingRead(None, nested=False)
    assert reading.earlier_items() == []
    assert not reading.glosses_code()
    assert not reading.states_subjects()
    assert not reading.in_bold_glossary()


def test_a_list_glossing_code_in_every_item_is_known_as_one() -> None:
    glossed = _first_list(
        "- `ss -l` listening sockets\n- `ss -t` TCP sockets\n- `ss -u` UDP sockets\n"
    )
    assert ListBeingRead(glossed, nested=True).glosses_code()
    mixed = _first_list("- `ss -l` listening sockets\n- some plain words here\n")
    assert not ListBeingRead(mixed, nested=True).glosses_code()
