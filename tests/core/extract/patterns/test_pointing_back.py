"""Sentences that point back at what came before them."""

from __future__ import annotations

import pytest

from notecards.core.extract.patterns.pointing_back import (
    names_a_symbol_from,
    points_at_a_pair,
    refers_back,
)


@pytest.mark.parametrize(
    ("sentence", "points"),
    [
        ("This is called radix sort.", True),
        ("이를 기수 정렬이라고 한다.", True),
        ("(이를 **폴링**이라고 한다)", True),
        ("엄밀하게는 이러한 분포를 범주분포라 합니다.", True),
        ("In practice, this is called greedy decoding.", True),
        ("만일 이와 같은 B가 없으면 A를 특이행렬이라 한다.", False),  # inside a condition
        ("A model that picks the likeliest token is called greedy.", False),
        ("Sorting digit by digit is called radix sort.", False),
    ],
)
def test_what_points_back(sentence: str, points: bool) -> None:
    assert refers_back(sentence) is points


def test_a_pair_pointed_at_in_turn() -> None:
    assert points_at_a_pair("전자를 enqueue, 후자를 dequeue라고 합니다.")
    assert points_at_a_pair("The former is called a stack, the latter a queue.")
    assert not points_at_a_pair("이를 enqueue라고 합니다.")
    assert not points_at_a_pair("In practice, this is called greedy decoding.")


def test_a_naming_sentence_naming_a_symbol_from_the_sentence_before() -> None:
    assert names_a_symbol_from("$g$를 ", "끝의 항을 $g$라 두겠습니다.")
    assert names_a_symbol_from("(다)를 단문, (라)를 ", "(다)와 같이 절이 하나인 문장도 있습니다.")
    assert not names_a_symbol_from("$h$를 ", "끝의 항을 $g$라 두겠습니다.")
    assert not names_a_symbol_from("이 값을 ", "끝의 항을 $g$라 두겠습니다.")
