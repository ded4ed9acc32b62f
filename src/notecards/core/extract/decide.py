"""What is kept of the proposed cards.

Today every proposal is kept: each idiom's own rules already refuse what they should not
propose. This is the one place for decisions that need all of a note's proposals at once
(two cards with the same question and answer are one) or a judgement over features of
each proposal (a small scorer trained on ``bench/gold``).
"""

from __future__ import annotations

from notecards.core.extract.proposal import Proposal


def keep(proposals: list[Proposal]) -> list[Proposal]:
    """The proposals that become cards, in the order given."""
    return proposals
