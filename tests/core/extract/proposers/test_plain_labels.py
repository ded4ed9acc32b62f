"""Headings written as plain lines inside a paragraph: the line asks, the lines under it answer."""

from __future__ import annotations

from tests.conftest import by_question, cards_of


def test_a_plain_line_over_the_lines_saying_it_asks_for_them() -> None:
    text = (
        "# Cloud\n\nA provider rents out servers by the hour.\n\n"
        "Billing model\nYou pay for every second an instance keeps running\n"
        "Storage is billed by the gigabyte and by the month\n"
        "Spot pricing\nSpare capacity is sold at a discount that can end at any time\n"
    )
    cards = by_question(cards_of(text, "cloud.md"))
    assert cards["Billing model"].answer == (
        "You pay for every second an instance keeps running\n"
        "Storage is billed by the gigabyte and by the month"
    )
    assert cards["Spot pricing"].answer.startswith("Spare capacity is sold")


def test_a_paragraph_opening_its_section_answers_the_heading_instead() -> None:
    text = "# Mean value\n\nContinuous functions\nSome point of the interval takes the mean value\n"
    assert "Continuous functions" not in by_question(cards_of(text, "m.md"))


def test_short_lines_of_names_and_a_sentence_line_are_no_labels() -> None:
    text = (
        "# Editor\n\nThe keys I use most.\n\n"
        "F8 Step over\nF7 Step into\nShift F8 Step out\n\n"
        "Cache holds the pages\nThe kernel writes them back to the disk when it runs low\n"
    )
    cards = by_question(cards_of(text, "e.md"))
    assert "F8 Step over" not in cards
    assert "Cache holds the pages" not in cards
