"""Lines that are not content: dates."""

from __future__ import annotations

import pytest

from notecards.core.extract.patterns import chatter


@pytest.mark.parametrize(
    "text", ["*2021.04.25*", "2023년 1월 5일", "Jan 5, 2023", "2023. 1. 11. 15:30", "2024-03-18"]
)
def test_dates(text: str) -> None:
    assert chatter.is_date(text)
