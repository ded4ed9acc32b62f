"""An Obsidian callout: its title asks, its body answers; a plain quote is read as any blocks."""

from __future__ import annotations

from notecards.core.extract.blocks import parse
from notecards.core.extract.proposers import callout


def test_a_definition_callout_gives_its_card_and_the_context_for_what_follows() -> None:
    text = "> [!definition] Entropy\n> The expected surprise of a distribution.\n"
    (quote,) = parse(text)
    found = callout.in_quote(quote, text.split("\n"), ("Information",))
    assert found is not None
    cards, _, inner = found
    assert [card.question for card in cards] == ["Entropy"]
    assert inner == ("Information", "Entropy")


def test_a_plain_quote_is_no_callout() -> None:
    text = "> A remark someone made.\n"
    (quote,) = parse(text)
    assert callout.in_quote(quote, text.split("\n"), ()) is None
