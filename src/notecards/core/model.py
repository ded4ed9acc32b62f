"""Value types shared by every layer: cards, their kinds, and what extraction reports."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum


class CardKind(StrEnum):
    """How a card is asked.

    ``basic`` asks the question and shows the answer; ``reversed`` is asked both ways;
    ``cloze`` hides the ``{{c1::...}}`` deletions of its question and shows them as the answer.
    """

    BASIC = "basic"
    REVERSED = "reversed"
    CLOZE = "cloze"


# a cloze deletion: ``{{c1::answer}}`` or ``{{c1::answer::hint}}`` (number, answer, hint)
CLOZE_DELETION = re.compile(r"\{\{c(\d+)::(.+?)(?:::(.*?))?\}\}", re.DOTALL)


@dataclass(frozen=True, slots=True)
class Card:
    """One flashcard found in a note.

    ``question`` and ``answer`` are markdown source (math kept as ``$...$``); ``context`` is
    the path of headings and parent terms the card sits under; ``source`` is the note's
    path relative to the notes root (POSIX separators) and ``line`` is 1-based.
    ``key`` is the card's content key (see :mod:`notecards.core.identity`); it is empty
    until keys are assigned.
    """

    kind: CardKind
    question: str
    answer: str
    deck: str
    source: str
    line: int
    context: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    key: str = ""


@dataclass(frozen=True, slots=True)
class NoteWarning:
    """A problem met while reading a note: where it was and what was done about it.

    Line 0 stands for the whole file or folder, which is then named without a line.
    """

    source: str
    line: int
    message: str

    def __str__(self) -> str:
        if self.line == 0:
            return f"{self.source}: {self.message}"
        return f"{self.source}:{self.line}: {self.message}"


@dataclass(frozen=True, slots=True)
class NoteExtraction:
    """Everything extraction learned from one note."""

    source: str
    cards: tuple[Card, ...] = ()
    warnings: tuple[NoteWarning, ...] = field(default=())


class CardStatus(StrEnum):
    """Where a card stands for one profile."""

    NEW = "new"  # never graded
    LEARNING = "learning"  # graded, but not yet past its first two successful reviews
    REVIEW = "review"  # on the long schedule
    SUSPENDED = "suspended"  # set aside until unsuspended
    BURIED = "buried"  # set aside until a later day
    RETIRED = "retired"  # gone from the notes; its history is kept
    REJECTED = "rejected"  # "not a card": never asked again, until restored


@dataclass(frozen=True, slots=True)
class Schedule:
    """A profile's schedule for a card (``due`` is None for a never-graded card).

    ``stability`` and ``difficulty`` are the card's FSRS memory when FSRS schedules it
    (None under SM-2, whose ``repetitions`` and ``easiness`` FSRS leaves as they were).
    """

    repetitions: int
    easiness: Decimal
    interval: int
    due: date | None
    suspended: bool = False
    buried_until: date | None = None
    stability: float | None = None
    difficulty: float | None = None


@dataclass(frozen=True, slots=True)
class CardListing:
    """A stored card with its status and schedule for one profile.

    ``identity`` names the card for good: the content key it was first stored under, kept
    through every edit that keeps the card (``card.key`` is the key of its current text).
    """

    card: Card
    status: CardStatus
    schedule: Schedule | None
    identity: str = ""
