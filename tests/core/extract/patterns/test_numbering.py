"""Section numbers leave a heading's name; numbers that are part of a name stay."""

from __future__ import annotations

import pytest

from notecards.core.extract.patterns.numbering import without_section_number


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
