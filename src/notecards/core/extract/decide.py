"""What is kept of the proposed cards, once tidied.

Each idiom's own rules already refuse what they should not propose; what is decided here
holds for every idiom:

- a card with nothing left to ask or answer is no card (an answer that was only an image:
  :func:`.clean.tidy` leaves a question or answer with nothing to say empty);

This is also the one place for decisions that need all of a note's proposals at once and
for a judgement over features of each proposal (a small scorer trained on ``bench/gold``).
"""

from __future__ import annotations

from notecards.core.extract.proposal import Proposal
from notecards.core.model import CardKind


def keep(proposals: list[Proposal]) -> list[Proposal]:
    """The proposals that become cards, in the order given."""
    cloze = CardKind.CLOZE
    return [
        proposal
        for proposal in proposals
        # it asks something, and it has an answer (a cloze is its own answer)
        if proposal[1] and (proposal[2] or proposal[0] is cloze)
    ]
