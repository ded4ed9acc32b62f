"""What a review session asks and keeps: the item on screen (a card, maybe reversed or a
same-day repeat), the day's queue order, the tally of the session and the undoable actions it
took. :class:`notecards.study.StudySession` moves these around."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from notecards.core.faces import Faces, faces
from notecards.core.model import CardKind
from notecards.storage.reviewing import QueuedCard, StateSnapshot


@dataclass(frozen=True, slots=True)
class StudyItem:
    """A card as it is being asked."""

    queued: QueuedCard
    repeat: bool = False  # graded already today: grading again does not reschedule it
    reverse: bool = False  # a reversed card asked from its answer

    @property
    def card_id(self) -> int:
        return self.queued.card_id

    @property
    def faces(self) -> Faces:
        return faces(self.queued.card, reverse=self.reverse)

    @property
    def is_new(self) -> bool:
        schedule = self.queued.schedule
        return schedule is None or schedule.due is None

    @property
    def note_path(self) -> Path:
        return Path(self.queued.root) / self.queued.card.source


def item_of(queued: QueuedCard, *, repeat: bool = False) -> StudyItem:
    schedule = queued.schedule
    repetitions = schedule.repetitions if schedule is not None else 0
    reverse = queued.card.kind is CardKind.REVERSED and repetitions % 2 == 1
    return StudyItem(queued, repeat=repeat, reverse=reverse)


@dataclass(frozen=True, slots=True)
class SessionSummary:
    reviewed: int  # different cards graded
    answers: int  # grades given, repeats included
    grades: tuple[int, ...]  # how many of each quality 0..5
    seconds: float  # time spent answering
    next_due: date | None


@dataclass
class Tally:
    graded: set[int] = field(default_factory=set)
    grades: Counter[int] = field(default_factory=Counter)
    milliseconds: int = 0

    def copy(self) -> Tally:
        return Tally(set(self.graded), Counter(self.grades), self.milliseconds)


@dataclass(frozen=True, slots=True)
class Action:
    """One undoable change: what it changed and how the session stood before it."""

    what: str
    item: StudyItem
    queue: tuple[StudyItem, ...]
    tally: Tally
    before: StateSnapshot | None
    after: StateSnapshot | None
    review_id: int | None = None


def interleave(due: Sequence[QueuedCard], new: Sequence[QueuedCard]) -> list[QueuedCard]:
    """Due and new cards merged with the new ones spread evenly, each list's order kept."""
    keyed = [((index + 0.5) / len(due), 0, card) for index, card in enumerate(due)]
    keyed += [((index + 0.5) / len(new), 1, card) for index, card in enumerate(new)]
    return [card for *_, card in sorted(keyed, key=lambda entry: (entry[0], entry[1]))]
