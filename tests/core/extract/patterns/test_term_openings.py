"""The words before a defining sentence's term."""

from __future__ import annotations

import pytest

from notecards.core.extract.patterns.term_openings import without_leading_words


@pytest.mark.parametrize(
    ("opening", "term"),
    [
        ("다시 말해 엔트로피", "엔트로피"),  # a joint
        ("정보이론에서 **엔트로피**", "엔트로피"),  # where it is used; bold left whole
        ("학교문법에 따르면 **품사**", "품사"),  # whose account it is
        ("이 논문에 의하면 잔차", "잔차"),
        ("우선 '먹-'", "'먹-'"),  # a quoted example stays quoted
        ("Note that the `-l` flag", "`-l` flag"),  # the article the phrase left
        ("합성곱 신경망", "합성곱 신경망"),  # nothing to leave out
    ],
)
def test_the_opening_words_are_left_out(opening: str, term: str) -> None:
    assert without_leading_words(opening) == term
