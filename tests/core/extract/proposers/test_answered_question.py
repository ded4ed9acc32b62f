"""A question the writer asks and answers in the same paragraph or list item."""

from __future__ import annotations

from tests.conftest import by_question, cards_of

NOTE = """# Caching notes

## Open questions

- Why not cache every response? Most responses are read once, so the cache
  would mostly hold entries nobody asks for again.
- Does the cache survive a restart? Yes.
- How do I feel about this design? Unsure.

## Eviction

The cache has a fixed size.

What does the cache drop first? The entry that was read least recently, which the
list of recent reads keeps at its tail.

What if two entries tie? That is left to chance.

What does an entry hold? Three things:

- its key
- its value
- the time it was last read
"""


def test_the_question_asks_and_what_follows_it_answers() -> None:
    cards = by_question(cards_of(NOTE))
    assert cards["Why not cache every response?"].answer == (
        "Most responses are read once, so the cache\nwould mostly hold entries nobody asks for"
        " again."
    )
    assert cards["What does the cache drop first?"].answer.startswith(
        "The entry that was read least recently"
    )
    assert cards["What does the cache drop first?"].context == ("Caching notes", "Eviction")
    # an answer that only leads into a list takes the list
    assert cards["What does an entry hold?"].answer == (
        "Three things:\n\n- its key\n- its value\n- the time it was last read"
    )


def test_a_bare_yes_the_writer_asking_about_themselves_and_a_what_if_are_no_cards() -> None:
    asked = set(by_question(cards_of(NOTE)))
    assert "Does the cache survive a restart?" not in asked
    assert "How do I feel about this design?" not in asked
    assert "What if two entries tie?" not in asked


def test_a_title_that_is_a_question_and_a_question_answered_by_a_question_are_no_cards() -> None:
    text = (
        "# Reading list\n\nSome papers.\n\n"
        "Why Do Caches Fail? A Study of Eviction Policies in the Wild. Under review.\n\n"
        "Why did they only test one workload? Would another change the result?\n"
    )
    asked = set(by_question(cards_of(text)))
    assert not {q for q in asked if q.startswith(("Why Do Caches", "Why did they"))}


def test_the_paragraph_opening_a_section_answers_its_heading() -> None:
    text = (
        "# Storage\n\n## Data directory\n\n"
        "Where does the database keep its files? In its data directory, set when the cluster"
        " was created.\n"
    )
    cards = by_question(cards_of(text))
    assert "Where does the database keep its files?" not in cards
    assert cards["Data directory"].answer.startswith("Where does the database keep its files?")
