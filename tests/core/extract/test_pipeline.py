"""The pipeline's last step: kept proposals become the note's cards, in line order."""

from __future__ import annotations

import dataclasses

import pytest

from notecards.core.extract.facets import titled
from notecards.core.extract.pipeline import cards_of
from notecards.core.extract.proposal import Idiom, Proposal
from notecards.core.identity import content_key
from notecards.core.model import Card, CardKind


def _proposals() -> list[Proposal]:
    return [
        Proposal(CardKind.BASIC, "LSTM", "a recurrent network", 7, ("Models",), Idiom.TERM_LINE),
        Proposal(CardKind.CLOZE, "{{c1::GRU}} gates", "", 3, (), Idiom.CLOZE),
        Proposal(CardKind.BASIC, "Deep learning", "the note itself", 1, (), Idiom.SECTION_BODY),
        Proposal(CardKind.REVERSED, "RoI", "Region of Interest", 9, ("Models",), Idiom.TERM_LINE),
        Proposal(CardKind.BASIC, "Dropout", "drops units", 9, ("deep learning",), Idiom.TOPIC),
    ]


def test_cards_equal_cards_built_the_usual_way() -> None:
    tags = ("ml",)
    made = cards_of(_proposals(), "ai", tags, "ai/dl.md", "Deep learning")
    expected = [
        Card(
            proposal.kind,
            proposal.question,
            proposal.answer,
            "ai",
            "ai/dl.md",
            proposal.line,
            titled(proposal.context, proposal.question, "Deep learning"),
            tags,
            content_key(proposal.kind, proposal.question, proposal.context),
        )
        for proposal in sorted(_proposals(), key=lambda proposal: proposal.line)
    ]
    assert made == expected
    assert [repr(card) for card in made] == [repr(card) for card in expected]
    assert {hash(card) for card in made} == {hash(card) for card in expected}
    # the title leads each context once, not where it is the question or already first
    assert [card.context for card in made] == [
        (),
        ("Deep learning",),
        ("Deep learning", "Models"),
        ("Deep learning", "Models"),
        ("deep learning",),
    ]


def test_cards_stay_frozen() -> None:
    card = cards_of(_proposals(), "ai", (), "ai/dl.md", "Deep learning")[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        card.question = "changed"  # type: ignore[misc]
    assert dataclasses.replace(card, key="k").key == "k"
