"""Lines that are not content: dates."""

from __future__ import annotations

import pytest

from notecards.core.extract.patterns import chatter


@pytest.mark.parametrize(
    "text", ["*2021.04.25*", "2023년 1월 5일", "Jan 5, 2023", "2023. 1. 11. 15:30", "2024-03-18"]
)
def test_dates(text: str) -> None:
    assert chatter.is_date(text)


@pytest.mark.parametrize("text", ["2008-present", "1995–2001", "1990s", "90년대", "2015 ~ 현재"])
def test_spans_of_years_and_decades_are_dates(text: str) -> None:
    """A timeline's entries (``- 2008-present: joined the lab``) are asked by no date."""
    assert chatter.is_date(text)


@pytest.mark.parametrize("text", ["80s music", "2008 financial crisis", "HTTP/2"])
def test_names_holding_a_year_are_not_dates(text: str) -> None:
    assert not chatter.is_date(text)
