"""Content keys: what survives edits and moves, and what never collides."""

from __future__ import annotations

from dataclasses import replace

from notecards.core import identity
from notecards.core.model import Card, CardKind
from tests.conftest import cards_of


def make(question: str, answer: str = "a", source: str = "n.md", line: int = 1) -> Card:
    return Card(CardKind.BASIC, question, answer, "deck", source, line, ("Heading",))


def test_key_ignores_answer_position_and_file() -> None:
    card = make("NMS")
    key = identity.base_key(card)
    assert identity.base_key(replace(card, answer="different answer")) == key
    assert identity.base_key(replace(card, line=99, source="other/place.md")) == key
    assert identity.base_key(replace(card, deck="another::deck")) == key


def test_key_ignores_case_spacing_and_emphasis() -> None:
    assert identity.base_key(make("**Self  Attention**")) == identity.base_key(
        make("self attention")
    )


def test_kind_and_context_distinguish() -> None:
    card = make("view")
    assert identity.base_key(replace(card, kind=CardKind.REVERSED)) != identity.base_key(card)
    other = replace(card, context=("SQL",))
    assert identity.base_key(other) != identity.base_key(card)


def test_collisions_are_disambiguated_deterministically() -> None:
    first, second, third = make("dup", line=1), make("dup", line=5), make("dup", source="b.md")
    keys = [card.key for card in identity.assign_keys([first, second, third])]
    assert len(set(keys)) == 3
    assert keys[0] == identity.base_key(first)
    assert keys == [card.key for card in identity.assign_keys([first, second, third])]


def test_extraction_keys_are_stable_across_edits_and_reordering() -> None:
    before = cards_of("## Tensor\n- view: reshape\n- squeeze: drop size-1 dims\n", "a.md")
    after = cards_of(
        "## Tensor\n- squeeze: removes dimensions of size 1\n- view: reshape without copy\n",
        "moved/elsewhere.md",
    )
    assert {c.question: c.key for c in before} == {c.question: c.key for c in after}


def test_same_term_under_different_headings_differs() -> None:
    cards = cards_of("## PyTorch Tensor\n- view: reshape\n\n## SQL\n- view: a stored query\n")
    assert len({card.key for card in cards}) == 2
    assert [card.context for card in cards] == [("note", "PyTorch Tensor"), ("note", "SQL")]


def test_the_note_title_is_shown_but_a_renamed_note_keeps_its_keys() -> None:
    text = "## CNN\n- Stride: 보폭\n"
    before = cards_of(text, "ml/old-name.md")
    after = cards_of(text, "ml/new-name.md")
    assert before[0].context == ("old-name", "CNN") and after[0].context == ("new-name", "CNN")
    assert before[0].key == after[0].key


def test_cards_keyed_apart_already_come_back_as_given() -> None:
    cards = [replace(make(question), key=identity.base_key(make(question))) for question in "abc"]
    assert all(kept is card for kept, card in zip(identity.assign_keys(cards), cards, strict=True))
    # the same key twice, or a card without one: keys are given out as ever
    twice = identity.assign_keys([cards[0], replace(cards[0], line=9)])
    assert twice[0] is cards[0]
    assert twice[1].key not in ("", cards[0].key)
    unkeyed = identity.assign_keys([cards[0], make("d")])
    assert unkeyed[1].key == identity.base_key(make("d"))
