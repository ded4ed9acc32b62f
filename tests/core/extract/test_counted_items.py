"""Items a note counts off under one word are no cards; names with a number stay."""

from __future__ import annotations

from notecards.core.extract.counted_items import counted_items
from notecards.core.extract.proposal import Idiom, Proposal
from notecards.core.model import CardKind
from tests.conftest import cards_of


def term_line(question: str, answer: str, line: int) -> Proposal:
    return Proposal(CardKind.BASIC, question, answer, line, (), Idiom.TERM_LINE)


def test_findings_counted_under_one_word_are_no_cards() -> None:
    text = (
        "# A paper on sleep\n\n## Summary\n\n"
        "- Finding 1: Mice that slept longer remembered the maze better.\n"
        "- Finding 2: Waking them at night undid most of the gain.\n"
        "- Finding 3: Naps during the day helped only young mice.\n\n"
        "## Terms\n\n- Consolidation: how a new memory is made stable over time\n"
    )
    assert [card.question for card in cards_of(text)] == ["Consolidation"]


def test_a_count_glued_to_a_korean_noun_or_after_a_hash_is_counted_too() -> None:
    proposals = [
        term_line("조건1", "연산이 하나의 블록으로 합쳐질 수 있어야 한다", 1),
        term_line("조건2", "중간에 모양을 바꾸는 연산이 없어야 한다", 2),
        term_line("Method #1", "sort the list first and then scan it once", 4),
        term_line("Method #2", "keep a hash set of the values seen so far", 5),
    ]
    assert counted_items(proposals) == {0, 1, 2, 3}


def test_names_with_a_number_stay() -> None:
    proposals = [
        # versions count from elsewhere than one
        term_line("Java 8", "lambdas and streams came into the language", 1),
        term_line("Java 9", "the module system came into the language", 2),
        # a name glued to its number is one word
        term_line("IPv4", "four 8-bit numbers written in decimal with dots", 4),
        term_line("IPv6", "eight groups of four hexadecimal digits with colons", 5),
        # a glossary's entries: each answer is a short name
        term_line("Layer 1", "Physical", 7),
        term_line("Layer 2", "Data link", 8),
        # one item alone is no list the note counts off
        term_line("Phase 1", "the lock spins for a while before it sleeps", 10),
    ]
    assert counted_items(proposals) == set()


def test_only_term_lines_are_dropped_but_any_card_shows_the_count() -> None:
    topic = Proposal(CardKind.BASIC, "Experiment 1", "- ran on twelve mice", 1, (), Idiom.TOPIC)
    proposals = [topic, term_line("Experiment 2", "the same with the lights turned off", 3)]
    assert counted_items(proposals) == {1}
