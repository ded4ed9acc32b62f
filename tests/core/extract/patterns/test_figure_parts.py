"""Parts of a picture named by how they look or where they are: no terms."""

from __future__ import annotations

import pytest

from notecards.core.extract.patterns.figure_parts import names_a_figure_part
from notecards.core.extract.patterns.terms import is_term
from tests.conftest import cards_of


@pytest.mark.parametrize(
    "term",
    [
        "빨간색 직선",
        "파란 박스",
        "초록색 점",
        "네모칸",
        "동그라미",
        "왼쪽",
        "the blue line",
        "Red dots",
    ],
)
def test_a_mark_of_a_picture_is_no_term(term: str) -> None:
    assert names_a_figure_part(term)
    assert not is_term(term)


@pytest.mark.parametrize(
    "term", ["Black Box", "Gray Box", "left", "Red-black tree", "원자", "선형"]
)
def test_a_name_holding_a_colour_or_a_side_stays(term: str) -> None:
    assert not names_a_figure_part(term)


def test_a_figures_legend_makes_no_cards_of_its_marks() -> None:
    text = (
        "## QQ plot\n\n![](qq.png)\n\n"
        "- 빨간색 직선: 정규 분포라면 점들이 놓일 이론적인 분위수\n"
        "- 파란색 점: 실제 데이터의 분위수\n\n"
        "네모칸은 반복 횟수를 뜻하며 동그라미는 변수를 가리킵니다.\n"
    )
    asked = [card.question for card in cards_of(text)]
    assert not {"빨간색 직선", "파란색 점", "네모칸", "동그라미"} & set(asked)
