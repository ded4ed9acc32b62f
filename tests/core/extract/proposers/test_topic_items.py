"""What the items of a heading's list say of the heading (the behaviour through whole
notes is in test_topic)."""

from __future__ import annotations

import pytest

from notecards.core.extract.proposers import topic_items
from tests.conftest import by_question, cards_of


@pytest.mark.parametrize(
    ("line", "reads"),
    [
        ("- A collection of bits set by arithmetic instructions", True),
        ("- OS가 각 프로세스를 관리하려고 두는 정보", True),
        ("- Note that the tensor is a quasi-primary field", False),  # a remark
        ("- We measure the checks in rounds", False),  # the writer going on
        ("- 용어가 많음 → 알아둬야 오해가 없다", False),  # a chain of thoughts
        ("1. Pad the multiplier with a zero bit", False),  # a numbered step
        ("- $A_v=-1$ at each vertex", False),  # a formula
    ],
)
def test_a_first_item_reads_as_a_definition(line: str, reads: bool) -> None:
    assert topic_items.reads_as_a_definition(line) is reads


def test_an_item_opening_in_bold() -> None:
    assert topic_items.opens_in_bold("- **DAG이 실행되는 주기를 결정하는 설정값**")
    assert not topic_items.opens_in_bold("- 주기를 **결정하는** 설정값")


def test_a_first_item_saying_what_the_heading_is_for_answers_it() -> None:
    """``## Blue-green deployment`` + ``- for releasing without downtime ...`` + an item
    whose nested lines are cards: the first item says what the heading is for, and answers
    it (a step or a condition, ``- for each host ...``, would not)."""
    text = (
        "# Releases\n\n## Blue-green deployment\n\n"
        "- for releasing a new version without downtime or a slow rollback\n"
        "- two environments\n"
        "    - blue: serves the live traffic\n"
        "    - green: runs the new version until the switch\n"
    )
    cards = by_question(cards_of(text, "ops/releases.md"))
    assert cards["Blue-green deployment"].answer == (
        "- for releasing a new version without downtime or a slow rollback"
    )
