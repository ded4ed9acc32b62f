"""SM-2 as published: the reference table, the supermemo2 oracle, floors and dates."""

from __future__ import annotations

import math
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
import supermemo2
from hypothesis import assume, given
from hypothesis import strategies as st

from notecards.core.sm2 import INITIAL_EASINESS, MAXIMUM_INTERVAL, SM2State, review

START = date(2026, 1, 1)


def run(grades: list[int], start: date = START) -> list[SM2State]:
    """Grade a new card on each due date in turn."""
    states: list[SM2State] = []
    state: SM2State | None = None
    today = start
    for grade in grades:
        state = review(state, grade, today)
        states.append(state)
        today = state.due
    return states


def test_reference_table() -> None:
    states = run([5, 5, 4, 3, 5, 2, 4, 5])
    assert [s.interval for s in states] == [1, 6, 17, 46, 118, 1, 1, 6]
    assert [str(s.easiness) for s in states] == [
        "2.60",
        "2.70",
        "2.70",
        "2.56",
        "2.66",
        "2.66",
        "2.66",
        "2.76",
    ]
    assert [s.repetitions for s in states] == [1, 2, 3, 4, 5, 0, 1, 2]
    assert states[0].due == date(2026, 1, 2)
    assert states[-1].due == date(2026, 1, 2) + timedelta(
        days=1 + 6 + 17 + 46 + 118 + 1 + 1 + 6 - 1
    )


def test_exact_easiness_never_rounds_an_interval_up() -> None:
    # grades 4, 4, 5, 5, 5 take EF to 2.80; summed in floats it is 2.8000000000000003
    float_easiness = 2.5
    for quality in (4, 4, 5, 5, 5):
        float_easiness += 0.1 - (5 - quality) * (0.08 + (5 - quality) * 0.02)
    assert math.ceil(5 * float_easiness) == 15  # floats would schedule 15 days
    state = SM2State(repetitions=5, easiness=Decimal("2.80"), interval=5, due=START)
    assert review(state, 4, START).interval == 14  # 5 x 2.80 is exactly 14


def test_easiness_floor() -> None:
    state: SM2State | None = None
    for _ in range(10):
        state = review(state, 3, START)
    assert state is not None and state.easiness == Decimal("1.30")


def test_failure_keeps_easiness_and_restarts() -> None:
    state = review(review(None, 5, START), 0, START + timedelta(days=1))
    assert (state.repetitions, state.interval, state.easiness) == (0, 1, Decimal("2.60"))
    assert state.due == START + timedelta(days=2)


@pytest.mark.parametrize("late_days", [0, 3, 40])
def test_late_and_early_reviews_count_from_the_review_date(late_days: int) -> None:
    first = review(None, 5, START)
    second = review(first, 5, first.due + timedelta(days=late_days))
    assert second.due == first.due + timedelta(days=late_days + 6)
    early = review(second, 4, second.due - timedelta(days=3))
    assert early.due == second.due - timedelta(days=3) + timedelta(days=early.interval)


@pytest.mark.parametrize("quality", [-1, 6, 2.5, True, "5", None])
def test_quality_outside_0_to_5_is_rejected(quality: object) -> None:
    with pytest.raises(ValueError, match="quality"):
        review(None, quality, START)  # type: ignore[arg-type]


def test_new_card_defaults() -> None:
    assert review(None, 3, START) == SM2State(1, Decimal("2.36"), 1, START + timedelta(days=1))
    assert Decimal("2.50") == INITIAL_EASINESS


def oracle(grades: list[int], start: date) -> list[dict[str, object]]:
    results: list[dict[str, object]] = []
    when = datetime(start.year, start.month, start.day)
    result = supermemo2.first_review(grades[0], when)
    results.append(result)
    for grade in grades[1:]:
        when = datetime.fromisoformat(str(result["review_datetime"]))
        previous = float(str(result["easiness"]))
        float_product = int(str(result["interval"])) * previous
        # the oracle uses floats: skip sequences where that error could cross an integer
        assume(
            abs(float_product - round(float_product)) > 1e-6 or int(str(result["repetitions"])) < 2
        )
        result = supermemo2.review(
            grade,
            previous,
            int(str(result["interval"])),
            int(str(result["repetitions"])),
            when,
        )
        results.append(result)
    return results


@given(
    st.lists(st.integers(min_value=3, max_value=5), min_size=1, max_size=12),
    st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 1, 1)),
)
def test_agrees_with_supermemo2_without_failures(grades: list[int], start: date) -> None:
    ours = run(grades, start)
    theirs = oracle(grades, start)
    for mine, expected in zip(ours, theirs, strict=True):
        if int(str(expected["interval"])) > MAXIMUM_INTERVAL:  # the oracle has no cap
            assert mine.interval == MAXIMUM_INTERVAL
            break
        assert mine.repetitions == expected["repetitions"]
        assert mine.interval == expected["interval"]
        assert float(mine.easiness) == pytest.approx(float(str(expected["easiness"])), abs=1e-9)
        assert mine.due == datetime.fromisoformat(str(expected["review_datetime"])).date()


@given(
    st.lists(st.integers(min_value=3, max_value=5), max_size=8),
    st.integers(min_value=0, max_value=2),
)
def test_agrees_with_supermemo2_up_to_a_final_failure(passing: list[int], failure: int) -> None:
    # after a failure the oracle also lowers EF; interval, repetitions and due still agree
    grades = [*passing, failure]
    mine = run(grades)[-1]
    expected = oracle(grades, START)[-1]
    assert (mine.repetitions, mine.interval) == (expected["repetitions"], expected["interval"])
    assert mine.due == datetime.fromisoformat(str(expected["review_datetime"])).date()


@given(
    st.lists(st.integers(min_value=0, max_value=5), min_size=1, max_size=400),
    st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 1, 1)),
)
def test_any_long_run_of_grades_stays_on_the_calendar(grades: list[int], start: date) -> None:
    # each card reviewed on its due date, however far that gets: never past the cap
    states = run(grades, start)
    assert all(1 <= state.interval <= MAXIMUM_INTERVAL for state in states)


def test_a_long_run_of_fives_reaches_the_cap_and_stays_there() -> None:
    states = run([5] * 40)
    capped = [state.interval for state in states if state.interval == MAXIMUM_INTERVAL]
    assert MAXIMUM_INTERVAL == 36_500 and len(capped) > 20
    last = states[-1]
    # reviewed a century late, it is still due at most 36,500 days after that review
    again = review(last, 5, date(2990, 1, 1))
    assert again.interval == MAXIMUM_INTERVAL
    assert again.due == date(2990, 1, 1) + timedelta(days=MAXIMUM_INTERVAL)


def test_the_due_date_never_leaves_the_calendar() -> None:
    state = SM2State(repetitions=9, easiness=Decimal("2.50"), interval=36_500, due=date.max)
    assert review(state, 5, date.max - timedelta(days=10)).due == date.max
