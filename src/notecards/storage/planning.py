"""Counting a profile's day for the day plan: due, learning, repeats and new cards per deck.

This is the only place that counts what is due; :func:`notecards.core.day_plan.plan_day` turns
the counts into the plan every surface shows (decks screen, ``due``, reminder, statistics).
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime

from sqlalchemy import Connection, and_, func, or_, select

from notecards.core.day_plan import DayPlan, DeckWork, plan_day
from notecards.storage import reviewing
from notecards.storage.repo import LEARNED_REPETITIONS
from notecards.storage.tables import CARDS as _CARDS
from notecards.storage.tables import STATES as _STATES


def deck_work(
    connection: Connection, profile: str, today: date, activity: reviewing.DayActivity
) -> list[DeckWork]:
    """Per deck, before any daily limit: cards due, learning, to repeat today and new."""
    set_aside = or_(  # rejected cards and cards in the inbox are neither due nor new
        _STATES.c.suspended.is_(True),
        and_(_STATES.c.buried_until.is_not(None), _STATES.c.buried_until > today),
        _STATES.c.rejected.is_(True),
        _STATES.c.triaged.is_(False),
    )
    due_now = and_(_STATES.c.due <= today, ~set_aside)
    live = and_(_STATES.c.profile == profile, _STATES.c.retired.is_(False))
    due: Counter[str] = Counter()
    not_new: Counter[str] = Counter()
    # one pass over the profile's live schedules counts both, from the deck index alone
    for deck, due_count, not_new_count in connection.execute(
        select(
            _STATES.c.deck,
            func.count().filter(due_now),
            func.count().filter(or_(_STATES.c.due.is_not(None), set_aside)),
        )
        .where(live)
        .group_by(_STATES.c.deck)
    ):
        due[deck] += due_count
        not_new[deck] += not_new_count
    # the cards still being learnt among those due, read from the due rows alone: repetitions
    # is in no index, so asking it of every schedule reads the whole table; counted here, not
    # grouped in SQL, so that the due index (not the deck index) finds the rows
    learning = Counter(
        str(deck)
        for (deck,) in connection.execute(
            select(_STATES.c.deck).where(live, due_now, _STATES.c.repetitions < LEARNED_REPETITIONS)
        )
    )
    active = Counter(
        {
            str(deck): int(count)
            for deck, count in connection.execute(
                select(_CARDS.c.deck, func.count())
                .where(_CARDS.c.retired.is_(False))
                .group_by(_CARDS.c.deck)
            )
        }
    )
    repeats = Counter(
        queued.card.deck
        for queued in reviewing.cards_to_ask(connection, profile, today, activity.repeats).values()
    )
    return [
        DeckWork(
            deck,
            due=due[deck],
            learning=learning[deck],
            repeats=repeats[deck],
            new=max(0, active[deck] - not_new[deck]),
        )
        for deck in sorted(set(active) | set(due) | set(repeats))
    ]


def day_plan(
    connection: Connection,
    profile: str,
    today: date,
    day_start: datetime,
    *,
    new_per_day: int,
    reviews_per_day: int,
) -> DayPlan:
    """Today's plan for ``profile``: the day began at ``day_start`` (an aware datetime)."""
    activity = reviewing.day_activity(connection, profile, day_start)
    return plan_day(
        deck_work(connection, profile, today, activity),
        new_left=activity.new_left(new_per_day),
        reviews_left=activity.reviews_left(reviews_per_day),
    )
