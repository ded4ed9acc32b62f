"""The day's plan: what there is to study today, per deck and in all, within the daily limits.

Every surface that says what is due (the decks screen, ``notecards due``, the reminder and the
statistics) asks this one function, so they cannot disagree. Its input is what storage counted
for the profile's day, deck by deck:

- ``due``: scheduled cards due today or earlier (not suspended, buried or retired);
- ``learning``: those of them still being learned (fewer than two successful repetitions);
- ``repeats``: cards graded below 4 earlier today, asked again until graded 4 or 5 (these are
  never limited: they are today's unfinished work);
- ``new``: cards never graded (not set aside).

The plan caps scheduled reviews at the reviews today's limit still allows and new cards at the new
cards it allows, for each deck as studying that deck would (a deck includes its sub-decks), and
for all decks together. A deck's ``due`` is what studying it asks as reviews: its capped
scheduled cards plus its own repeats, never another deck's.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class DeckWork:
    """What storage counted for one deck today, before any limit."""

    deck: str
    due: int
    learning: int
    repeats: int
    new: int


@dataclass(frozen=True, slots=True)
class DeckPlan:
    """One deck's (or, with ``deck=None``, every deck's) work for today, within the limits."""

    deck: str | None
    scheduled: int  # scheduled reviews asked today (capped)
    learning: int  # of those, cards still being learned
    repeats: int  # same-day repeats
    new: int  # new cards asked today (capped)

    @property
    def due(self) -> int:
        """Reviews to do today: scheduled cards and same-day repeats."""
        return self.scheduled + self.repeats

    @property
    def total(self) -> int:
        return self.due + self.new

    @property
    def name(self) -> str:
        return "All decks" if self.deck is None else self.deck

    @property
    def depth(self) -> int:
        return 0 if self.deck is None else self.deck.count("::")


@dataclass(frozen=True, slots=True)
class DayPlan:
    total: DeckPlan
    decks: tuple[DeckPlan, ...]  # every deck and every parent deck, sorted by name
    own: tuple[DeckPlan, ...]  # each deck that holds cards, without its sub-decks
    new_left: int
    reviews_left: int
    waiting_new: bool  # new cards exist that today's limit holds back
    waiting_reviews: bool  # scheduled reviews exist that today's limit holds back

    def deck(self, name: str | None) -> DeckPlan:
        """The plan of ``name`` (None: all decks); an unknown deck has nothing to do."""
        if name is None:
            return self.total
        for plan in self.decks:
            if plan.deck == name:
                return plan
        return DeckPlan(name, 0, 0, 0, 0)


def _with_ancestors(deck: str) -> list[str]:
    parts = deck.split("::")
    return ["::".join(parts[: depth + 1]) for depth in range(len(parts))]


def _capped(deck: str | None, work: DeckWork, new_left: int, reviews_left: int) -> DeckPlan:
    scheduled = min(work.due, reviews_left)
    return DeckPlan(
        deck,
        scheduled,
        min(work.learning, scheduled),
        work.repeats,
        min(work.new, new_left),
    )


def plan_day(work: Iterable[DeckWork], *, new_left: int, reviews_left: int) -> DayPlan:
    """Today's plan from each deck's counts and what the daily limits still allow."""
    if new_left < 0 or reviews_left < 0:
        raise ValueError("the limits left for today cannot be negative")
    sums: dict[str, list[int]] = {}
    total = [0, 0, 0, 0]
    own: list[DeckPlan] = []
    for counts in work:
        own.append(_capped(counts.deck, counts, new_left, reviews_left))
        values = (counts.due, counts.learning, counts.repeats, counts.new)
        for deck in _with_ancestors(counts.deck):
            into = sums.setdefault(deck, [0, 0, 0, 0])
            for index, value in enumerate(values):
                into[index] += value
        for index, value in enumerate(values):
            total[index] += value
    decks = tuple(
        _capped(deck, DeckWork(deck, *sums[deck]), new_left, reviews_left) for deck in sorted(sums)
    )
    everything = DeckWork("", *total)
    return DayPlan(
        total=_capped(None, everything, new_left, reviews_left),
        decks=decks,
        own=tuple(sorted(own, key=lambda plan: plan.name)),
        new_left=new_left,
        reviews_left=reviews_left,
        waiting_new=everything.new > new_left,
        waiting_reviews=everything.due > reviews_left,
    )
