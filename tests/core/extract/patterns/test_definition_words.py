"""The words the defining sentences judge a term by."""

from __future__ import annotations

import pytest

from notecards.core.extract.patterns import definition_words


@pytest.mark.parametrize(
    ("word", "adnominal"),
    [("쪼갤", True), ("할", True), ("먹은", True), ("먹는", True), ("먹던", True),
     ("토픽", False), ("요소", False), ("노드", False), ("rule", False)],
)  # fmt: skip
def test_a_verbs_form_before_a_noun_ends_in_rieul_or_eun_neun_deon(
    word: str, adnominal: bool
) -> None:
    assert definition_words.ends_adnominal(word) is adnominal


def test_no_term_opens_with_a_pronoun_or_a_word_pointing_into_the_text() -> None:
    for word in ("이것", "this", "여기서", "위의", "latter", "below"):
        assert word in definition_words.NEVER_FIRST
    assert "heap" not in definition_words.NEVER_FIRST
