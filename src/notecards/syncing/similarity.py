"""How surely a card found in a note is a stored card: edited, moved, or reworded by new rules.

Each score is a number to rank candidate pairs by, the highest taken first (see
:meth:`notecards.syncing.matching.Matcher.settle`), or None when the two are not the same
card. Similarities are rapidfuzz ratios (0-100) of normalised questions and of answers.
"""

from __future__ import annotations

from notecards.core import identity
from notecards.storage import repo

# similarity (0-100) for a vanished card to be taken for the same card, edited
QUESTION_SIMILARITY = 80.0
COMBINED_SIMILARITY = 75.0
# the same content (kind, context, question) under a salted key: surely the same card
SAME_CONTENT = 300.0
# a card on the line a vanished card was on, in a note only the rules changed: above any
# similarity (at most 200), below the same content, whatever the questions' similarity
SAME_LINE = 250.0


def similarity(left: str, right: str) -> float:
    from rapidfuzz import fuzz

    return float(fuzz.ratio(left, right))


def question_similarity(stored: repo.StoredCard, record: repo.CardRecord) -> float:
    return similarity(
        identity.normalise_text(stored.record.question), identity.normalise_text(record.question)
    )


def edit_score(stored: repo.StoredCard, record: repo.CardRecord, base_key: str) -> float | None:
    """How surely a found card is a vanished one edited (None: it is not)."""
    if stored.base_key == base_key:
        return SAME_CONTENT
    question = question_similarity(stored, record)
    if question >= QUESTION_SIMILARITY:
        return 100.0 + question
    answer = similarity(stored.record.answer, record.answer)
    combined = 0.5 * question + 0.5 * answer
    if answer >= QUESTION_SIMILARITY and combined >= COMBINED_SIMILARITY:
        return combined
    if answer >= QUESTION_SIMILARITY and _one_holds_the_other(stored, record):
        return COMBINED_SIMILARITY + answer / 100  # ``Pros`` asked as ``Optimizers — Pros``
    return None


def _one_holds_the_other(stored: repo.StoredCard, record: repo.CardRecord) -> bool:
    """Whether one question is the other with words added (a subject named, a section
    number dropped): whole words of at least two letters."""
    old = identity.normalise_text(stored.record.question).split()
    new = identity.normalise_text(record.question).split()
    shorter, longer = sorted((old, new), key=len)
    if not shorter or len("".join(shorter)) < 2 or shorter == longer:
        return False
    return any(
        longer[start : start + len(shorter)] == shorter
        for start in range(len(longer) - len(shorter) + 1)
    )


def move_score(stored: repo.StoredCard, record: repo.CardRecord) -> float | None:
    """How surely a card of a new note is a card of a deleted note, moved and edited.

    Nothing else ties the two notes together, so both question and answer must be alike.
    """
    question = question_similarity(stored, record)
    answer = similarity(stored.record.answer, record.answer)
    if question >= QUESTION_SIMILARITY and answer >= QUESTION_SIMILARITY:
        return 0.5 * question + 0.5 * answer
    return None


def carry_score(stored: repo.StoredCard, record: repo.CardRecord, base_key: str) -> float | None:
    """How surely a found card is a vanished card of the same note reworded by new rules,
    the note's text unchanged: the same content, then the same line (the more alike the
    questions, the surer, when several cards share a line), then an edit's similarity."""
    if stored.base_key == base_key:
        return SAME_CONTENT
    if stored.record.line == record.line:
        return SAME_LINE + question_similarity(stored, record) / 4
    return edit_score(stored, record, base_key)
