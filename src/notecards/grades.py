"""The grades a user can give: SM-2's six qualities, or FSRS's four ratings stored as qualities.

Every grade is stored as an SM-2 quality (0-5) whichever scheduler gave it (see
:mod:`notecards.core.scheduling`); a :class:`GradeChoice` is a key the user presses, the quality
it is stored as, and its name. The review screen, its help and the summary draw these.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from notecards.core.scheduling import Scheduler, SchedulerKind
from notecards.core.sm2 import QUALITIES

# What each SM-2 quality means (Wozniak 1990), as a short label and in full.
GRADE_LABELS = ("blackout", "wrong", "almost", "hard", "good", "perfect")
GRADE_MEANINGS = (
    "complete blackout",
    "wrong; the answer was familiar once seen",
    "wrong, but the answer seemed easy to recall",
    "right, recalled with serious difficulty",
    "right, after a hesitation",
    "perfect recall",
)


@dataclass(frozen=True, slots=True)
class GradeChoice:
    """A grade the user can give: its key, the SM-2 quality it is stored as, its name."""

    key: str
    quality: int
    label: str
    meaning: str


SM2_CHOICES = tuple(
    GradeChoice(str(quality), quality, GRADE_LABELS[quality], GRADE_MEANINGS[quality])
    for quality in QUALITIES
)
# FSRS's four ratings on keys 1-4, stored as the SM-2 qualities 1, 3, 4, 5
FSRS_CHOICES = (
    GradeChoice("1", 1, "again", "forgotten (asked again later today)"),
    GradeChoice("2", 3, "hard", "recalled, with serious difficulty"),
    GradeChoice("3", 4, "good", "recalled, after a hesitation"),
    GradeChoice("4", 5, "easy", "recalled at once"),
)


def other_schedulers(scheduler: Scheduler, state: dict[str, Any] | None) -> bool:
    """Whether a card's stored schedule is the other scheduler's (FSRS keeps a memory)."""
    if state is None or state["due"] is None:
        return False
    has_memory = state["stability"] is not None
    return has_memory != (scheduler.kind is SchedulerKind.FSRS)
