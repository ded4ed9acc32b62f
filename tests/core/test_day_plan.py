"""The day plan: caps, parents, repeats and what is waiting, as a pure function."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from notecards.core.day_plan import DeckWork, plan_day


def test_repeats_are_todays_work_and_never_capped() -> None:
    plan = plan_day(
        [DeckWork("ml", due=0, learning=0, repeats=2, new=280)], new_left=18, reviews_left=200
    )
    assert (plan.total.due, plan.total.repeats, plan.total.new) == (2, 2, 18)
    assert plan.deck("ml").due == 2


def test_a_deck_counts_only_its_own_repeats_when_reviews_run_out() -> None:
    # the limit is reached: math's scheduled cards wait for tomorrow, ml's repeats do not
    plan = plan_day(
        [
            DeckWork("math", due=2, learning=0, repeats=0, new=0),
            DeckWork("ml", due=0, learning=0, repeats=2, new=0),
        ],
        new_left=0,
        reviews_left=0,
    )
    assert plan.deck("math").due == 0
    assert plan.deck("ml").due == 2
    assert plan.total.due == 2
    assert plan.waiting_reviews and not plan.waiting_new


def test_parents_sum_their_sub_decks_within_the_limits() -> None:
    plan = plan_day(
        [
            DeckWork("ml::cnn", due=3, learning=1, repeats=1, new=10),
            DeckWork("ml::rnn", due=4, learning=2, repeats=0, new=10),
            DeckWork("math", due=1, learning=1, repeats=0, new=0),
        ],
        new_left=15,
        reviews_left=5,
    )
    assert [row.deck for row in plan.decks] == ["math", "ml", "ml::cnn", "ml::rnn"]
    ml = plan.deck("ml")
    assert (ml.scheduled, ml.learning, ml.repeats, ml.new) == (5, 3, 1, 15)
    assert (plan.total.scheduled, plan.total.new) == (5, 15)
    assert [row.deck for row in plan.own] == ["math", "ml::cnn", "ml::rnn"]
    assert plan.deck("nope").total == 0


def test_negative_limits_are_refused() -> None:
    with pytest.raises(ValueError, match="negative"):
        plan_day([], new_left=-1, reviews_left=0)


counts = st.integers(min_value=0, max_value=500)


@given(
    st.lists(
        st.tuples(st.sampled_from(["a", "a::x", "a::y", "b", "b::z::w"]), counts, counts, counts),
        max_size=6,
        unique_by=lambda entry: entry[0],
    ),
    counts,
    counts,
)
def test_studying_a_deck_asks_what_its_row_says(
    entries: list[tuple[str, int, int, int]], new_left: int, reviews_left: int
) -> None:
    work = [DeckWork(deck, due, min(due, 3), repeats, new) for deck, due, repeats, new in entries]
    plan = plan_day(work, new_left=new_left, reviews_left=reviews_left)
    for row in plan.decks:
        inside = [w for w in work if w.deck == row.deck or w.deck.startswith(f"{row.deck}::")]
        assert row.scheduled == min(sum(w.due for w in inside), reviews_left)
        assert row.repeats == sum(w.repeats for w in inside)
        assert row.new == min(sum(w.new for w in inside), new_left)
        assert row.learning <= row.scheduled
    assert plan.total.due <= reviews_left + sum(w.repeats for w in work)
