"""The door to fsrs-rs (notecards.core.fsrs_model): outcomes, the forgetting curve, fitting."""

from __future__ import annotations

import math

import pytest

from notecards.core.fsrs_model import (
    DEFAULT_PARAMETERS,
    PARAMETER_COUNT,
    Memory,
    Model,
    check_parameters,
    fit,
    training_items,
)


def test_the_defaults_are_fsrs6s_21_parameters() -> None:
    assert len(DEFAULT_PARAMETERS) == PARAMETER_COUNT == 21
    with pytest.raises(ValueError, match="21 finite"):
        check_parameters([*DEFAULT_PARAMETERS[:-1], math.nan])


def test_outcomes_grow_with_the_rating() -> None:
    model = Model()
    new = model.outcomes(None, 0, 0.9)
    assert [round(o.interval, 3) for o in new] == sorted(round(o.interval, 3) for o in new)
    assert new[0].memory.difficulty > new[3].memory.difficulty  # Again: harder than Easy
    good = new[2].memory
    later = model.outcomes(good, 5, 0.9)
    assert later[2].memory.stability > good.stability  # recalled after 5 days: more stable
    assert later[0].memory.stability < good.stability  # forgotten: less
    with pytest.raises(ValueError, match="negative"):
        model.outcomes(good, -1, 0.9)


def test_the_forgetting_curve() -> None:
    model = Model()
    memory = Memory(10.0, 5.0)
    assert model.retrievability(memory, 0) == 1.0
    assert model.retrievability(memory, 10) == pytest.approx(0.9)
    assert model.retrievability(memory, 20) < 0.9


def test_only_reviews_a_day_or_more_later_are_learned_from() -> None:
    assert len(training_items([[(3, 0), (1, 0), (3, 2), (3, 5)], [(3, 0)]])) == 2
    with pytest.raises(ValueError, match="not a review"):
        training_items([[(5, 0)]])
    with pytest.raises(ValueError, match="nothing to fit"):
        fit([[(3, 0), (3, 0)]])


def test_fit_returns_21_parameters_that_differ_from_the_defaults() -> None:
    # cards forgotten far more often than the defaults expect
    histories = [[(3, 0), (1, 3), (3, 1), (1, 4), (3, 2)] for _ in range(200)]
    fitted = fit(histories)
    assert len(fitted) == PARAMETER_COUNT and fitted != DEFAULT_PARAMETERS
