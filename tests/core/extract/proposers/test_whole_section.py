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


def test_a_note_that_opens_with_a_plain_list_is_asked_by_its_title() -> None:
    # (its first item's nested lines are cards of their own, which the title's tip would
    # not take in)
    text = (
        "Tags:\n- [[Networking]]\n---\n"
        "- address length is 32 bit against 128 bit\n"
        "    - IPv4: four 8-bit decimal numbers\n"
        "    - IPv6: eight groups of four hex digits\n"
        "- the newer one solves the address exhaustion problem\n"
    )
    cards = by_question(cards_of(text, "Main Notes/IPv4 vs IPv6.md"))
    assert set(cards) == {"IPv4 vs IPv6", "IPv4", "IPv6"}
    assert cards["IPv4 vs IPv6"].line == 1
    assert cards["IPv4 vs IPv6"].answer.splitlines() == [
        "- address length is 32 bit against 128 bit",
        "- the newer one solves the address exhaustion problem",
    ]
