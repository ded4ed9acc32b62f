"""Section numbers leave a heading's name; numbers that are part of a name stay."""

from __future__ import annotations

import pytest

from notecards.core.extract.patterns import numbering
from notecards.core.extract.patterns.numbering import without_section_number
from tests.conftest import by_question, cards_of


@pytest.mark.parametrize(
    ("numbered", "name"),
    [
        ("2-1. Loss functions", "Loss functions"),
        ("1) 정규화", "정규화"),
        ("3. Sorting", "Sorting"),
        ("(1) FIFO 스케줄러", "FIFO 스케줄러"),
        ("1.2.6 DMA controller", "DMA controller"),
        ("0.2.5. 원격 저장소 설정", "원격 저장소 설정"),
        ("III. Topological phases", "Topological phases"),
        ("Chapter 3: Sorting", "Sorting"),
        ("Part 2: Deployment", "Deployment"),
        ("Step 1 - Install", "Install"),
        ("제2장 트리", "트리"),
        ("② 두 번째 방법", "두 번째 방법"),
        ("4| Listen First", "Listen First"),
        ("02 | Setup", "Setup"),
        ("Case 2", ""),
    ],
)
def test_section_numbers_leave(numbered: str, name: str) -> None:
    assert without_section_number(numbered) == name


@pytest.mark.parametrize(
    "name",
    ["2-3 tree", "3D learning", "0-1 knapsack", "23.02.01. TIL", "Lemma 2: Uniqueness", "C++"],
)
def test_numbers_that_are_part_of_a_name_or_a_date_stay(name: str) -> None:
    assert without_section_number(name) == name


def test_a_stage_counted_without_a_separator_is_part_of_the_name() -> None:
    assert without_section_number("1단계 디렉터리") == "1단계 디렉터리"
    assert without_section_number("2단계 인증") == "2단계 인증"
    assert without_section_number("2단계: 설치") == "설치"
    assert without_section_number("3강 정렬") == "정렬"


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("[Swift] Mutating", "Mutating"),
        ("[OS] Race Condition", "Race Condition"),
        ("[Design Pattern] 개요", "Design Pattern 개요"),
        ("[Design Pattern] 개요 — 목적", "Design Pattern 개요 — 목적"),
        ("[x] done", "[x] done"),
        ("[a link](https://example.org) here", "[a link](https://example.org) here"),
        ("[ TCP 특징 ]", "[ TCP 특징 ]"),
    ],
)
def test_a_category_in_brackets_leaves_the_question(text: str, question: str) -> None:
    assert numbering.without_category(text) == question


def test_a_note_titled_with_its_category_is_asked_by_its_name_and_keeps_it_as_context() -> None:
    text = (
        "# [Swift] Mutating\n\nValue types cannot change their own properties by default.\n\n"
        "## 특징\n\n- a mutating method may assign to self\n- it needs a var instance\n"
    )
    cards = by_question(cards_of(text, "mutating.md"))
    assert cards["Mutating"].answer.startswith("Value types cannot change")
    assert cards["Mutating — 특징"].context[0] == "[Swift] Mutating"


def test_a_lettered_item_with_its_explanation_is_asked_by_its_name() -> None:
    text = (
        "## Ways\n\n- (A) Prompting\n  - few examples in the prompt\n- (B) Tuning\n  - more data\n"
    )
    cards = by_question(cards_of(text, "ways.md"))
    assert cards["Prompting"].answer == "- few examples in the prompt"
    assert numbering.without_section_number("(1) FIFO") == "FIFO"


def test_a_hash_count_before_a_headings_name_is_a_section_number() -> None:
    """``### #1 Agile이 될 조건``: the writer counts sections with ``#``; a tag (``#card``)
    or a directive (``#include``) has no number after it."""
    assert without_section_number("#1 Agile이 될 조건") == "Agile이 될 조건"
    assert without_section_number("#card") == "#card"
    (card,) = cards_of(
        "### #0 Software Development Life Cycle (SDLC)\n\n개발 과정의 단계를 정의한 틀이다.\n"
    )
    assert card.question == "Software Development Life Cycle (SDLC)"


def test_a_section_number_whose_dot_is_escaped_leaves_too() -> None:
    # "## 3\. 왜 지연 평가를 쓸까?": the writer's editor escaped the dot (so that the
    # heading is no list), the number is still the section's
    assert without_section_number("3\\. 왜 지연 평가를 쓸까?") == "왜 지연 평가를 쓸까?"
    text = (
        "# 지연 평가\n\n도입.\n\n## 2\\. 이터레이터 소비\n\n"
        "값을 하나씩 꺼내 쓰면 이터레이터가 비게 됩니다.\n"
    )
    assert "이터레이터 소비" in by_question(cards_of(text, "lazy.md"))
