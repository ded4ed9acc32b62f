"""How well a scheduler predicts recall: its predictions over a review history, and the metrics.

A prediction is made for every review that came a day or more after the card's previous one
(same-day reviews are not predicted, as in srs-benchmark); it uses only the card's earlier
reviews. Recalled means graded 3 or more (Hard, Good or Easy).

- FSRS predicts the retrievability of the card's memory after the days elapsed.
- SM-2 predicts nothing itself; as in srs-benchmark, its interval is read as the day recall
  falls to 90%: ``0.9 ** (days elapsed / interval)``.
- :func:`log_loss`; :func:`rmse_bins`, srs-benchmark's RMSE (bins): predictions grouped by
  days elapsed, review number and lapses (each on a logarithmic scale), then the root of the
  count-weighted mean squared gap between each group's mean prediction and its recall rate;
  :func:`auc`, the chance a recalled review is predicted above a forgotten one.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from notecards.core import sm2
from notecards.core.fsrs_model import Memory, Model
from notecards.core.scheduling import AGAIN, rating_of

_EPSILON = 1e-6


@dataclass(frozen=True, slots=True)
class Graded:
    """One review of a card: the SM-2 quality it was given and its day."""

    quality: int
    day: date


@dataclass(frozen=True, slots=True)
class Prediction:
    """A predicted chance of recall and what happened."""

    p: float
    recalled: bool
    elapsed: int  # days since the card's previous review
    number: int  # the review's number in the card's history, from 1
    lapses: int  # Again grades before it, same-day ones not counted


def _predictable(reviews: Sequence[Graded]) -> Iterable[tuple[int, int, int]]:
    """(index, days elapsed, lapses before) of each review to predict."""
    lapses = 0
    for index, review in enumerate(reviews):
        elapsed = (review.day - reviews[index - 1].day).days if index else 0
        if index and elapsed > 0:
            yield index, elapsed, lapses
        if rating_of(review.quality) == AGAIN and (index == 0 or elapsed > 0):
            lapses += 1


def fsrs_memories(model: Model, reviews: Sequence[Graded]) -> list[Memory]:
    """The card's FSRS memory after each of its reviews (same-day ones included)."""
    memories: list[Memory] = []
    memory: Memory | None = None
    for index, review in enumerate(reviews):
        elapsed = (review.day - reviews[index - 1].day).days if index else 0
        outcome = model.outcomes(memory, max(0, elapsed), 0.9)[rating_of(review.quality) - 1]
        memory = outcome.memory
        memories.append(memory)
    return memories


def fsrs_predictions(
    model: Model, reviews: Sequence[Graded], wanted: Sequence[bool] | None = None
) -> list[Prediction]:
    """FSRS's prediction for each predictable review (of those ``wanted``, if given)."""
    memories = fsrs_memories(model, reviews)
    return _predictions(
        reviews, wanted, lambda index, elapsed: model.retrievability(memories[index - 1], elapsed)
    )


def sm2_predictions(
    reviews: Sequence[Graded], wanted: Sequence[bool] | None = None
) -> list[Prediction]:
    """SM-2's prediction for each predictable review: ``0.9 ** (elapsed / interval)``, its
    interval being the one SM-2 set at the card's previous review (first of its day)."""
    intervals: list[int] = []
    state: sm2.SM2State | None = None
    for index, review in enumerate(reviews):
        if index == 0 or review.day != reviews[index - 1].day:
            state = sm2.review(state, review.quality, review.day)
        assert state is not None
        intervals.append(state.interval)
    return _predictions(
        reviews, wanted, lambda index, elapsed: 0.9 ** (elapsed / intervals[index - 1])
    )


def _predictions(
    reviews: Sequence[Graded],
    wanted: Sequence[bool] | None,
    recall: Callable[[int, int], float],
) -> list[Prediction]:
    """A prediction for each predictable review (of those ``wanted``, if given): ``recall``
    of the review's index and the days since the card's previous review."""
    return [
        Prediction(
            recall(index, elapsed),
            reviews[index].quality >= sm2.PASSING_QUALITY,
            elapsed,
            index + 1,
            lapses,
        )
        for index, elapsed, lapses in _predictable(reviews)
        if wanted is None or wanted[index]
    ]


def _clipped(p: float) -> float:
    return min(1 - _EPSILON, max(_EPSILON, p))


def log_loss(predictions: Sequence[Prediction]) -> float:
    """Mean negative log-likelihood of what happened (lower is better)."""
    if not predictions:
        return math.nan
    total = 0.0
    for prediction in predictions:
        p = _clipped(prediction.p)
        total -= math.log(p) if prediction.recalled else math.log(1 - p)
    return total / len(predictions)


def _bucket(value: int, scale: float, base: float) -> float:
    return round(scale * base ** math.floor(math.log(value) / math.log(base)), 2)


def rmse_bins(predictions: Sequence[Prediction]) -> float:
    """srs-benchmark's RMSE (bins) (lower is better)."""
    if not predictions:
        return math.nan
    groups: dict[tuple[float, float, float], list[Prediction]] = defaultdict(list)
    for prediction in predictions:
        key = (
            _bucket(prediction.elapsed, 2.48, 3.62),
            round(_bucket(prediction.number, 1.99, 1.89)),
            round(_bucket(prediction.lapses, 1.65, 1.73)) if prediction.lapses else 0,
        )
        groups[key].append(prediction)
    squared = 0.0
    for members in groups.values():
        mean_p = sum(member.p for member in members) / len(members)
        mean_y = sum(member.recalled for member in members) / len(members)
        squared += len(members) * (mean_p - mean_y) ** 2
    return math.sqrt(squared / len(predictions))


def auc(predictions: Sequence[Prediction]) -> float:
    """Area under the ROC curve (higher is better; 0.5 is chance): ranks, ties shared."""
    ordered = sorted(predictions, key=lambda prediction: prediction.p)
    recalled = sum(prediction.recalled for prediction in ordered)
    forgotten = len(ordered) - recalled
    if not recalled or not forgotten:
        return math.nan
    rank_sum = 0.0
    start = 0
    while start < len(ordered):
        end = start
        while end + 1 < len(ordered) and ordered[end + 1].p == ordered[start].p:
            end += 1
        shared = (start + end) / 2 + 1  # the mean of ranks start+1 .. end+1
        rank_sum += shared * sum(ordered[i].recalled for i in range(start, end + 1))
        start = end + 1
    return (rank_sum - recalled * (recalled + 1) / 2) / (recalled * forgotten)
