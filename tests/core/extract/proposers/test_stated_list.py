"""A statement ending in a colon, answered by the list under it."""

from __future__ import annotations

from tests.conftest import by_question, cards_of

_FOREST = (
    "# Ensembles\n\nBagging averages many deep trees.\n\n"
    "- each tree sees a bootstrap sample\n- votes are averaged\n\n"
    "Random forests have three settings to tune:\n"
    "1. how many features each split may try\n2. how many trees there are\n"
    "3. the smallest leaf\n"
)


def test_a_statement_that_ends_in_a_colon_is_asked_and_its_list_answers() -> None:
    cards = by_question(cards_of(_FOREST, "ensembles.md"))
    card = cards["Random forests have three settings to tune"]
    assert card.answer.splitlines() == [
        "1. how many features each split may try",
        "2. how many trees there are",
        "3. the smallest leaf",
    ]
    assert card.line == 8


def test_a_statement_wrapped_over_lines_is_asked_whole() -> None:
    text = _FOREST.replace("Random forests have", "Random forests\nhave")
    questions = {card.question for card in cards_of(text, "ensembles.md")}
    assert "Random forests have three settings to tune" in questions


def test_an_announcement_a_leaning_sentence_or_a_reading_list_asks_nothing() -> None:
    for opening in (
        "For example:",
        "Here is what I ran:",
        "It is not:",
        "Can be used for:",
        "Some reading on forests:",
    ):
        items = "- one idea here\n- another idea there\n"
        if opening.startswith("Some reading"):
            items = "- [A paper](https://example.org/a)\n- [A post](https://example.org/b)\n"
        text = _FOREST.replace("Random forests have three settings to tune:", opening).replace(
            "1. how many features each split may try\n2. how many trees there are\n"
            "3. the smallest leaf\n",
            items,
        )
        questions = {card.question for card in cards_of(text, "ensembles.md")}
        assert opening.rstrip(":") not in questions, opening


def test_a_section_that_opens_with_the_statement_keeps_its_list_for_its_heading() -> None:
    text = (
        "# Python Virtual Machine\n\nThe interpreter's virtual machine handles many jobs:\n"
        "- memory management\n- running bytecode\n"
    )
    cards = cards_of(text, "pvm.md")
    assert [card.question for card in cards] == ["Python Virtual Machine"]
    assert "running bytecode" in cards[0].answer
