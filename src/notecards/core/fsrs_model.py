"""FSRS-6: the one door to the library that implements it (fsrs-rs, through fsrs-rs-python).

Nothing else in notecards imports ``fsrs_rs_python``: scheduling (:mod:`notecards.core.scheduling`),
fitting and evaluation (:mod:`notecards.fitting`) go through the few calls here, so another
implementation of FSRS-6 (py-fsrs, say) would replace this module alone.

- A card's memory is its stability (days until recall falls to 90%) and difficulty (1-10).
- :meth:`Model.outcomes` gives, for a card's memory and the days since its last review, the
  memory and interval each rating (Again, Hard, Good, Easy) would give.
- :meth:`Model.retrievability` is the predicted chance of recall after some days:
  ``(1 + f * t / S) ** -w20`` with ``f = 0.9 ** (-1 / w20) - 1`` (FSRS-6's forgetting curve).
- :func:`fit` finds the 21 parameters that best predict a set of review histories.

The library's own failures (it panics on input it cannot use) come out as ``ValueError``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import fsrs_rs_python as _fsrs

PARAMETER_COUNT = 21
DEFAULT_PARAMETERS: tuple[float, ...] = tuple(float(value) for value in _fsrs.DEFAULT_PARAMETERS)
RATINGS = (1, 2, 3, 4)  # Again, Hard, Good, Easy


@dataclass(frozen=True, slots=True)
class Memory:
    """A card's memory after a review: stability in days, difficulty from 1 to 10."""

    stability: float
    difficulty: float


@dataclass(frozen=True, slots=True)
class Outcome:
    """What one rating would do: the memory after it, and the ideal interval (days, unrounded)."""

    memory: Memory
    interval: float


def check_parameters(parameters: Sequence[float]) -> tuple[float, ...]:
    """The 21 parameters as floats; ``ValueError`` when they are not 21 finite numbers."""
    values = tuple(float(value) for value in parameters)
    if len(values) != PARAMETER_COUNT or not all(math.isfinite(value) for value in values):
        raise ValueError(f"FSRS-6 needs {PARAMETER_COUNT} finite parameters, not {values!r}")
    return values


class Model:
    """FSRS-6 with one set of parameters."""

    def __init__(self, parameters: Sequence[float] = DEFAULT_PARAMETERS) -> None:
        self.parameters = check_parameters(parameters)
        try:
            self._fsrs = _fsrs.FSRS(list(self.parameters))
        except ValueError as error:
            raise ValueError(f"these FSRS-6 parameters are not usable: {error}") from None
        decay = -self.parameters[20]
        self._decay = decay
        self._factor = 0.9 ** (1 / decay) - 1

    def outcomes(
        self, memory: Memory | None, days_elapsed: int, desired_retention: float
    ) -> tuple[Outcome, Outcome, Outcome, Outcome]:
        """Again, Hard, Good and Easy after ``days_elapsed`` days (None: a new card)."""
        if days_elapsed < 0:
            raise ValueError(f"days elapsed cannot be negative, not {days_elapsed}")
        state = None if memory is None else _fsrs.MemoryState(memory.stability, memory.difficulty)
        states = self._fsrs.next_states(state, desired_retention, days_elapsed)
        return (
            _outcome(states.again),
            _outcome(states.hard),
            _outcome(states.good),
            _outcome(states.easy),
        )

    def retrievability(self, memory: Memory, days_elapsed: float) -> float:
        """The chance of recall ``days_elapsed`` days after the review that left ``memory``."""
        return float((1 + self._factor * days_elapsed / memory.stability) ** self._decay)


def _outcome(state: _fsrs.ItemState) -> Outcome:
    memory = state.memory
    return Outcome(Memory(float(memory.stability), float(memory.difficulty)), float(state.interval))


# one card's reviews for fitting: (rating 1-4, whole days since the card's previous review;
# 0 for its first review and for reviews on the same day)
History = Sequence[tuple[int, int]]


def training_items(histories: Sequence[History]) -> list[_fsrs.FSRSItem]:
    """Each review that came a day or more after the one before it, with the card's reviews
    up to it: what FSRS learns to predict (same-day reviews shape the memory, but are not
    predicted)."""
    items: list[_fsrs.FSRSItem] = []
    for history in histories:
        reviews: list[_fsrs.FSRSReview] = []
        for index, (rating, delta) in enumerate(history):
            if rating not in RATINGS or delta < 0:
                raise ValueError(f"not a review FSRS can use: rating {rating}, {delta} days")
            reviews.append(_fsrs.FSRSReview(rating, delta))
            if index > 0 and delta > 0:
                items.append(_fsrs.FSRSItem(list(reviews)))
    return items


def fit(histories: Sequence[History]) -> tuple[float, ...]:
    """The 21 parameters that best predict these histories (fsrs-rs's optimizer)."""
    items = training_items(histories)
    if not items:
        raise ValueError("no review came a day or more after an earlier one: nothing to fit")
    try:
        fitted = _fsrs.FSRS(list(DEFAULT_PARAMETERS)).compute_parameters(items)
    except BaseException as error:  # a Rust panic is a BaseException (pyo3's PanicException)
        if isinstance(error, KeyboardInterrupt | SystemExit | MemoryError):
            raise
        raise ValueError(f"the FSRS optimizer failed: {error}") from None
    return check_parameters(fitted)
