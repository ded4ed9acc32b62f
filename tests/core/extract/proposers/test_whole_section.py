"""The idioms that read a section whole, once its blocks made their own cards."""

from __future__ import annotations

from tests.conftest import by_question, cards_of


def test_a_heading_over_a_plain_list_is_a_topic_card() -> None:
    text = "## Join types\n\n- inner keeps matches\n- left keeps every left row\n"
    (card,) = cards_of(text, "sql.md")
    assert card.question == "Join types"
    assert card.answer.splitlines() == ["- inner keeps matches", "- left keeps every left row"]


def test_a_section_card_replaces_the_sentence_card_it_says_whole() -> None:
    text = (
        "# Sorting\n\n## Radix sort\n\n"
        "Numbers are sorted digit by digit. 이러한 정렬 방식을 Radix sort라고 한다.\n"
    )
    cards = by_question(cards_of(text, "sort.md"))
    assert list(cards) == ["Radix sort"]
    assert cards["Radix sort"].answer.startswith("Numbers are sorted digit by digit.")


def test_a_note_without_headings_is_asked_by_its_title() -> None:
    (card,) = cards_of("A packet filter that blocks traffic by rules.\n", "net/Firewall.md")
    assert (card.question, card.answer) == (
        "Firewall",
        "A packet filter that blocks traffic by rules.",
    )
