"""A term's other name, given where the note defines it, asked with the term."""

from __future__ import annotations

import pytest

from notecards.core.extract import extract_note
from notecards.core.extract.other_names import other_name
from tests.conftest import cards_of


@pytest.mark.parametrize(
    ("label", "paragraph", "other"),
    [
        ("Hidden Markov Models", "Hidden Markov models (HMMs) model a sequence.", "HMMs"),
        ("HMM", "An HMM (Hidden Markov Model) models a sequence.", "Hidden Markov Model"),
        ("Bag of Words", "The bag-of-words (BoW) model counts words.", "BoW"),
        ("Gradient Boosting", "**Gradient Boosting**(이하 GB)은 약한 모델을 더한다.", "GB"),
        ("주성분분석", "주성분분석(Principal Components)은 차원을 줄인다.", "Principal Components"),
        ("Pumping Lemma", "The pumping lemma (a.k.a. iteration lemma) ...", "iteration lemma"),
    ],
)
def test_the_other_name_given_where_the_term_is_defined(
    label: str, paragraph: str, other: str
) -> None:
    assert other_name(label, [paragraph]) == other


@pytest.mark.parametrize(
    ("label", "paragraph"),
    [
        ("Sorting", "Sorting (see below) puts items in order."),  # a pointer, no name
        ("Main Memory", "Main memory (RAM, ROM) holds data."),  # examples, no name
        ("Stack and Queue", "Stack and queue (SQ) are lists."),  # two things: no one name
        # the first mention gives none: the term was defined without one
        ("Binary Search", "We used binary search. Binary search (BS) halves the range."),
        ("Processes", "Processes (프로세스, 스레드) run programs."),  # two names: a list
        ("-", "- (dash) is a sign."),  # a label of no word names nothing (and never fails)
        ("`", "` (backtick) quotes code."),
    ],
)
def test_no_other_name(label: str, paragraph: str) -> None:
    assert other_name(label, [paragraph]) is None


def test_the_cards_under_a_heading_carry_both_names() -> None:
    text = (
        "# Notes\n\n"
        "## Hidden Markov Models\n\n"
        "Hidden Markov models (HMMs) model a sequence through states one cannot see.\n\n"
        "### Training\n\n"
        "An HMM is trained with the forward-backward algorithm, a kind of EM.\n"
    )
    cards = cards_of(text)
    asked = {card.question: card for card in cards}
    assert "Hidden Markov Models (HMMs)" in asked
    training = asked["Hidden Markov Models (HMMs) — Training"]
    assert "Hidden Markov Models (HMMs)" in training.context


def test_a_title_spelled_out_that_the_note_calls_by_its_short_form() -> None:
    text = (
        "# Domain Name System\n\n"
        "Turns host names into addresses.\n\n"
        "## Caching\n\n"
        "A DNS resolver keeps answers for their TTL; every DNS server may cache; DNS is slow "
        "without it.\n"
    )
    cards = cards_of(text)
    assert {card.question for card in cards} >= {"Domain Name System (DNS)"}
    caching = next(card for card in cards if card.question == "Caching")
    assert caching.context[0] == "Domain Name System (DNS)"


def test_a_heading_of_a_stray_mark_leaves_the_note_its_cards() -> None:
    text = (
        "# Curiosity\n\nCuriosity is the drive to learn what one does not know yet.\n\n"
        "## -\n\nChildren show it early.\n"
    )
    extraction = extract_note(text, "curiosity.md")
    assert extraction.warnings == ()
    assert [card.question for card in extraction.cards] == ["Curiosity"]
