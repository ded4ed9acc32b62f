"""The measures of how well a scheduler predicts recall (notecards.core.prediction)."""

from __future__ import annotations

import math
from datetime import date, timedelta

import pytest

from notecards.core.fsrs_model import DEFAULT_PARAMETERS, Model
from notecards.core.prediction import (
    Graded,
    Prediction,
    auc,
    fsrs_memories,
    fsrs_predictions,
    log_loss,
    rmse_bins,
    sm2_predictions,
)

DAY = date(2026, 1, 1)


def p(
    value: float, recalled: bool, elapsed: int = 1, number: int = 2, lapses: int = 0
) -> Prediction:
    return Prediction(value, recalled, elapsed, number, lapses)


def test_log_loss() -> None:
    assert log_loss([p(0.9, True)]) == pytest.approx(-math.log(0.9))
    assert log_loss([p(0.9, True), p(0.9, False)]) == pytest.approx(
        -(math.log(0.9) + math.log(0.1)) / 2
    )
    assert math.isfinite(log_loss([p(1.0, False)]))  # clipped, never infinite
    assert math.isnan(log_loss([]))


def test_auc_counts_pairs_ranked_right() -> None:
    assert auc([p(0.9, True), p(0.8, True), p(0.2, False)]) == 1.0
    assert auc([p(0.1, True), p(0.9, False)]) == 0.0
    assert auc([p(0.5, True), p(0.5, False)]) == 0.5  # a tie is half right
    # 2 recalled x 2 forgotten: pairs right 3 of 4
    assert auc([p(0.9, True), p(0.4, True), p(0.5, False), p(0.1, False)]) == 0.75
    assert math.isnan(auc([p(0.9, True)]))


def test_rmse_bins_weighs_each_groups_gap_by_its_size() -> None:
    same = [p(0.9, True), p(0.9, True), p(0.9, False), p(0.9, True)]
    assert rmse_bins(same) == pytest.approx(0.15)  # one group: 0.9 predicted, 0.75 recalled
    other = [p(0.5, True, elapsed=30)]  # another group (30 days): gap 0.5, weight 1
    assert rmse_bins(same + other) == pytest.approx(math.sqrt((4 * 0.15**2 + 0.5**2) / 5))
    # 1 and 2 days elapsed fall in one bin (2.48 x 3.62^0), as srs-benchmark bins them
    assert rmse_bins([p(0.9, True, elapsed=1), p(0.9, False, elapsed=2)]) == pytest.approx(0.4)


def history(*pairs: tuple[int, int]) -> list[Graded]:
    """(quality, day offset) pairs."""
    return [Graded(quality, DAY + timedelta(days=offset)) for quality, offset in pairs]


def test_sm2_reads_its_interval_as_the_day_recall_falls_to_90_percent() -> None:
    reviews = history((5, 0), (5, 1), (4, 7), (1, 7 + 34))
    predictions = sm2_predictions(reviews)
    assert [round(x.p, 6) for x in predictions] == [
        0.9,
        0.9,
        round(0.9 ** (34 / 17), 6),
    ]  # 17: ceil(6 x 2.7)
    assert [x.recalled for x in predictions] == [True, True, False]
    assert [x.number for x in predictions] == [2, 3, 4]


def test_fsrs_predicts_its_retrievability_and_skips_same_day_reviews() -> None:
    model = Model(DEFAULT_PARAMETERS)
    reviews = history((4, 0), (1, 0), (4, 3), (4, 10))
    memories = fsrs_memories(model, reviews)
    predictions = fsrs_predictions(model, reviews)
    assert len(predictions) == 2  # the same-day second review is not predicted
    assert predictions[0].p == pytest.approx(model.retrievability(memories[1], 3))
    assert predictions[1].p == pytest.approx(model.retrievability(memories[2], 7))
    assert predictions[0].lapses == 0  # a same-day Again is no lapse
    assert model.retrievability(memories[2], memories[2].stability) == pytest.approx(0.9)
    wanted = [False, False, False, True]
    assert fsrs_predictions(model, reviews, wanted) == predictions[1:]
