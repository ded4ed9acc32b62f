"""A term said to be the thing of something: ``The horizon is the edge of the visible sky``."""

from __future__ import annotations

import pytest

from notecards.core.extract import extract_note
from notecards.core.extract.patterns.defining_sentences import defined_in_sentence


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("The watershed is the boundary of a drainage basin.", "watershed"),
        ("A barter is the exchange of goods for other goods.", "barter"),
        ("The shortest path is the path with the fewest hops.", "shortest path"),
        ("Load balancing is the problem of spreading work over servers.", "Load balancing"),
        ("A quorum is a majority of the replicas in a cluster.", "quorum"),
        ("The degree is the number of edges at a vertex.", "degree"),
        ("The meeting is a chance with little at stake.", None),  # not one of its own kind
        # an amount, a judgement, a figure of speech: no kind
        ("Rust is a lot of fun to write.", None),
        ("Caching is a great way of saving time.", None),
        ("Meetings are a waste of time.", None),
        # which one of several, a clause, or a rule about a part: no name
        ("The second argument is a list of flags.", None),
        ("Every prime is the product of itself and one.", None),
        ("Imagine there is a queue of requests.", None),
        ("k is the number of clusters.", None),  # a formula's variable
        ("Height is a poor predictor of skill.", None),
        ("Square of the sum is the sum of the squares.", None),
        # what the text points at, or a sentence that leads into its example
        ("Their proof is a sketch of this.", None),
        ("A cache is a number of fast slots.", None),
        ("The config is a short snippet of YAML:", None),
    ],
)
def test_a_term_said_to_be_the_thing_of_something_is_defined(
    sentence: str, term: str | None
) -> None:
    assert defined_in_sentence(sentence, opening=False) == term


def test_a_section_opening_on_its_subject_with_the_is_asked_by_its_heading() -> None:
    text = "# Sorting\n\n## Cost\n\nThe running time is the number of comparisons made.\n"
    cards = {card.question: card.answer for card in extract_note(text, "sorting.md").cards}
    assert "running time" not in cards
    assert defined_in_sentence("The running time is the number of comparisons.") is None


def test_a_paragraph_defines_a_second_term_by_what_it_is_the_thing_of() -> None:
    text = (
        "# Sorting\n\n"
        "A comparison sort is a sort that orders items by comparing them. We say that a\n"
        "pair is inverted when its items are out of order. The inversion count is the\n"
        "number of inverted pairs in the input.\n"
    )
    cards = {card.question: card.answer for card in extract_note(text, "sorting.md").cards}
    assert cards["inversion count"] == (
        "The inversion count is the number of inverted pairs in the input."
    )
    assert "inversion count" not in cards["comparison sort"]
