"""SM-2, exactly as published (Wozniak 1990), as one pure function.

- Quality q in 0..5; a new card has repetitions n = 0 and easiness EF = 2.5.
- q >= 3: interval I = 1 if n == 0, 6 if n == 1, else ceil(I_prev * EF) with the EF from
  before this review; n += 1; then EF += 0.1 - (5-q)*(0.08 + (5-q)*0.02), floored at 1.3.
- q < 3: n = 0, I = 1, EF unchanged.
- due = review date + I days; the interval counts from the actual review date, so late and
  early reviews are scheduled from when they happened.
- Intervals are capped at 36,500 days (about a century), as Anki caps them, so that a long
  run of good grades never schedules a card past the calendar; a due date that would pass
  ``date.max`` is ``date.max``.

EF only ever moves in hundredths (+0.10, 0.00, -0.14, -0.32, -0.54 for q = 5..1), so it is
kept as a ``Decimal`` with two places: floating-point error can never change an interval
(10 x 2.6 is 26 days, not 27).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

INITIAL_EASINESS = Decimal("2.50")
MINIMUM_EASINESS = Decimal("1.30")
MAXIMUM_INTERVAL = 36_500
PASSING_QUALITY = 3
QUALITIES = range(6)
_HUNDREDTH = Decimal("0.01")


@dataclass(frozen=True, slots=True)
class SM2State:
    """Where a card stands after its last graded review."""

    repetitions: int
    easiness: Decimal
    interval: int
    due: date


def easiness_change(quality: int) -> Decimal:
    """EF' - EF for a passing grade: 0.1 - (5-q)*(0.08 + (5-q)*0.02), in exact hundredths."""
    miss = 5 - quality
    return Decimal("0.10") - miss * (Decimal("0.08") + miss * Decimal("0.02"))


def review(state: SM2State | None, quality: int, today: date) -> SM2State:
    """The state after grading a card ``quality`` on ``today``; ``None`` is a new card."""
    if isinstance(quality, bool) or not isinstance(quality, int) or quality not in QUALITIES:
        raise ValueError(f"SM-2 quality must be an integer from 0 to 5, not {quality!r}")
    repetitions = state.repetitions if state is not None else 0
    easiness = state.easiness if state is not None else INITIAL_EASINESS
    previous_interval = state.interval if state is not None else 0
    if quality < PASSING_QUALITY:
        return SM2State(0, easiness, 1, _due(today, 1))
    if repetitions == 0:
        interval = 1
    elif repetitions == 1:
        interval = 6
    else:
        interval = min(MAXIMUM_INTERVAL, math.ceil(previous_interval * easiness))
    easiness = max(MINIMUM_EASINESS, (easiness + easiness_change(quality)).quantize(_HUNDREDTH))
    return SM2State(repetitions + 1, easiness, interval, _due(today, interval))


def _due(today: date, interval: int) -> date:
    """``today`` + ``interval`` days, or the calendar's last day if that is further."""
    if (date.max - today).days < interval:
        return date.max
    return today + timedelta(days=interval)
