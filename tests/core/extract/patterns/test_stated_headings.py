"""Headings written as a statement, which the section under them explains."""

from __future__ import annotations

import pytest

from notecards.core.extract.patterns.stated_headings import states_a_point


@pytest.mark.parametrize(
    "heading",
    [
        "캐시 서버에는 영구 저장이 없다.",
        "3. 인덱스는 쓰기 속도를 늦춘다",
        "설정 파일은 한 번만 읽힙니다.",
        "Tuples are immutable",
        "A default argument is evaluated once.",
        "Signals can't be caught in a child thread",
    ],
)
def test_a_statement_heading(heading: str) -> None:
    assert states_a_point(heading)


@pytest.mark.parametrize(
    "heading",
    [
        "인덱스 개요",
        "Step 2: 설정 파일을 엽니다.",  # a labelled step
        "이제 직접 만들어 봅시다.",  # an invitation, not a claim
        "-는다, -ㄴ다",  # endings named, not a sentence
        "How the cache is filled",  # a title that asks
        "Does the cache expire",  # a question without its mark
        "Showing the map is injective",  # a proof's step
        "Things you can do with it",  # a clause inside a noun phrase
        "And then it broke...",
        "DO NOT USE THIS",
        "Caching layers",
    ],
)
def test_not_a_statement_heading(heading: str) -> None:
    assert not states_a_point(heading)
