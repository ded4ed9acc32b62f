"""An overview section asked once: ``## Abstract`` or ``## Introduction`` asks the subject
above it (:mod:`.patterns.overview_headings`), but when a card above already asks that subject
(a paper's ``Abstract`` and then its ``Introduction``), the later overview asks its own part
of it (``AutoBalance — Introduction``), so that no two cards ask the same question."""

from __future__ import annotations

from notecards.core.extract.clean import clean_term
from notecards.core.extract.patterns.overview_headings import is_overview
from notecards.core.extract.proposal import Proposal


def ask_once(proposals: list[Proposal], start: int, heading: str, subject: str) -> None:
    """The section's cards (``proposals`` from ``start``) under ``heading`` ask its part of
    ``subject`` where a card before ``start`` already asks ``subject`` itself."""
    made = proposals[start:]
    if not subject or all(proposal.question != subject for proposal in made):
        return  # (most sections: no card asks the subject above them)
    if not is_overview(heading):
        return
    if all(proposal.question != subject for proposal in proposals[:start]):
        return  # the first card to ask the subject asks it as it is
    part = f"{subject} — {clean_term(heading.strip()).strip(' .:')}"
    proposals[start:] = [
        proposal._replace(question=part) if proposal.question == subject else proposal
        for proposal in made
    ]
