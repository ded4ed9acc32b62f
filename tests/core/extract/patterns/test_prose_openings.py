"""How prose opens, as no name does."""

from __future__ import annotations

import pytest

from notecards.core.extract.patterns.prose_openings import opens_prose


def test_a_connective_as_written_in_prose_still_opens_it() -> None:
    assert opens_prose("Where it fails, retry")


@pytest.mark.parametrize(
    "text", ["So the cache fills", "In short, it works", "This worked", "Breaking that apart", "즉"]
)
def test_connectives_pronouns_and_verb_phrases_on_a_pronoun_open_prose(text: str) -> None:
    assert opens_prose(text)


@pytest.mark.parametrize("text", ["Page table", "Least recently used", "캐시 메모리", ""])
def test_a_name_opens_no_prose(text: str) -> None:
    assert not opens_prose(text)
