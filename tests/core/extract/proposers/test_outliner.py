"""An outliner's own flashcard: a block tagged ``#card`` asks, its children answer."""

from __future__ import annotations

from notecards.core.extract.blocks import parse
from notecards.core.extract.proposers import outliner
from notecards.core.model import CardKind
from tests.conftest import by_question, cards_of


def test_a_card_block_asks_and_its_children_answer() -> None:
    text = (
        "- Group axioms #card\n"
        "  card-repeats:: 3\n"
        "  card-last-score:: 5\n"
        "\t- closure\n"
        "\t- associativity\n"
        "\t- identity and inverses\n"
        "- Monoids drop the inverses\n"
    )
    cards = by_question(cards_of(text))
    assert cards["Group axioms"].answer == "- closure\n- associativity\n- identity and inverses"
    assert cards["Group axioms"].line == 1


def test_a_card_block_with_a_cloze_is_a_cloze_card() -> None:
    text = "- A ring with no zero divisors is a {{cloze domain}} #card\n  id:: 0a\n"
    (card,) = cards_of(text)
    assert card.kind is CardKind.CLOZE
    assert card.question == "A ring with no zero divisors is a {{c1::domain}}"


def test_a_card_block_without_children_or_cloze_is_no_card() -> None:
    assert cards_of("- Revisit this theorem later #card\n  card-repeats:: 1\n") == []


def test_a_heading_block_opens_a_section() -> None:
    text = (
        "- ## Eviction policies\n"
        "  collapsed:: true\n"
        "\t- LRU: drops the entry used longest ago\n"
        "\t- LFU: drops the entry used least often\n"
    )
    cards = by_question(cards_of(text))
    assert cards["LRU"].context == ("note", "Eviction policies")
    assert cards["LFU"].answer == "drops the entry used least often"


def test_an_item_tagged_as_a_card_gives_its_card_and_what_is_nested_under_it() -> None:
    text = "- What does TCP add? #card\n  - ordering\n  - retransmission\n"
    (listed,) = parse(text)
    (item,) = listed.children
    found = outliner.in_item(item, text.split("\n"), ("TCP",))
    assert found is not None
    card, rest = found
    assert card.question == "What does TCP add?"
    assert card.answer == "- ordering\n- retransmission"
    assert [block.kind for block in rest] == ["list"]


def test_an_untagged_item_is_no_outliner_card() -> None:
    text = "- ordering\n  - kept by sequence numbers\n"
    (listed,) = parse(text)
    assert outliner.in_item(listed.children[0], text.split("\n"), ()) is None


def test_what_is_nested_under_a_stated_flashcard_is_its_proof_not_cards() -> None:
    page = (
        "- Proposition. Every finite group acting on a vector space keeps an invariant inner "
        "product. #card\n"
        "\t- Averaging trick: sum the inner product over the whole group\n"
        "\t- Invariance: each element only permutes the terms\n"
        "\t- Corollary. The representation is unitary in that product. #card\n"
        "\t\t- Take an orthonormal basis for it\n"
    )
    cards = by_question(cards_of(page, "pages/Unitary.md"))
    assert set(cards) == {
        "Proposition. Every finite group acting on a vector space keeps an invariant inner "
        "product.",
        "Corollary. The representation is unitary in that product.",
    }
    whole = cards[
        "Proposition. Every finite group acting on a vector space keeps an invariant inner product."
    ]
    assert "Averaging trick: sum the inner product" in whole.answer


def test_a_flashcard_naming_a_term_keeps_the_cards_nested_under_it() -> None:
    page = (
        "- Axioms of a group #card\n"
        "\t- Closure: combining two elements gives an element of the set\n"
        "\t- Identity: some element leaves every element unchanged\n"
    )
    assert {"Axioms of a group", "Closure", "Identity"} <= set(
        by_question(cards_of(page, "pages/Group.md"))
    )


def test_a_flashcard_whose_answer_lists_headed_blocks_is_kept() -> None:
    page = (
        "- Study material falls into three kinds. #card\n"
        "\t- ### Basics\n"
        "\t\t- used again and again later on\n"
        "\t- ### Research\n"
        "\t\t- what my own work needs\n"
        "\t- ### Exploration\n"
        "\t\t- new tools tried for taste\n"
    )
    cards = by_question(cards_of(page, "pages/Roadmap.md"))
    assert "used again and again later on" in cards["Study material falls into three kinds."].answer
