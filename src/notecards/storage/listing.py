"""Listings of a profile's cards and what state each is in: the rows a card list, the
browser and exports read, a card's status (new, learning, due, suspended ...), and the
joins and conditions they are built from."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Connection, Join, Row, Select, and_, or_, select

from notecards.core.model import CardListing, CardStatus, Schedule
from notecards.storage.repo import LEARNED_REPETITIONS, card_of, from_centi
from notecards.storage.tables import CARDS as _CARDS
from notecards.storage.tables import STATES as _STATES


def in_deck(column: ColumnElement[str], deck: str) -> ColumnElement[bool]:
    """``deck`` or a deck under it (``ml`` includes ``ml::cnn``; ``ml_x`` is not ``mlax``)."""
    return or_(column == deck, column.startswith(f"{deck}::", autoescape=True))


# the card_states columns a Schedule is read from (see schedule_of_row)
_PLAN_COLUMNS = (
    _STATES.c.repetitions,
    _STATES.c.easiness_centi,
    _STATES.c.interval,
    _STATES.c.due,
    _STATES.c.suspended,
    _STATES.c.buried_until,
)
# a schedule's columns, with the card's FSRS memory (None under SM-2)
SCHEDULE_COLUMNS = (*_PLAN_COLUMNS, _STATES.c.stability, _STATES.c.difficulty)


def schedule_of_row(row: Row[Any]) -> Schedule:
    """The schedule in a row holding the card_states columns."""
    return Schedule(
        repetitions=row.repetitions,
        easiness=from_centi(row.easiness_centi),
        interval=row.interval,
        due=row.due,
        suspended=bool(row.suspended),
        buried_until=row.buried_until,
        stability=row.stability,
        difficulty=row.difficulty,
    )


def status_of(
    retired: bool, schedule: Schedule | None, today: date, *, rejected: bool = False
) -> CardStatus:
    if rejected:
        return CardStatus.REJECTED
    if schedule is None:
        return CardStatus.RETIRED if retired else CardStatus.NEW
    return _status(
        rejected=False,
        retired=retired,
        scheduled=True,
        suspended=schedule.suspended,
        buried_until=schedule.buried_until,
        due=schedule.due,
        repetitions=schedule.repetitions,
        today=today,
    )


def _status(
    *,
    rejected: bool,
    retired: bool,
    scheduled: bool,
    suspended: bool,
    buried_until: date | None,
    due: date | None,
    repetitions: int,
    today: date,
) -> CardStatus:
    if rejected:
        return CardStatus.REJECTED
    if retired:
        return CardStatus.RETIRED
    if not scheduled:
        return CardStatus.NEW
    if suspended:
        return CardStatus.SUSPENDED
    if buried_until is not None and buried_until > today:
        return CardStatus.BURIED
    if due is None:
        return CardStatus.NEW
    if repetitions < LEARNED_REPETITIONS:
        return CardStatus.LEARNING
    return CardStatus.REVIEW


def list_cards(
    connection: Connection,
    profile: str,
    today: date,
    *,
    deck: str | None = None,
    include_all: bool = False,
) -> list[CardListing]:
    """Cards with their status for ``profile``; retired, suspended and rejected only with
    ``include_all``.

    ``deck`` selects that deck and the decks under it (``ml`` includes ``ml::cnn``).
    """
    query = _listing_query(
        select(_CARDS, *SCHEDULE_COLUMNS, _STATES.c.card_id.label("has_state"), _STATES.c.rejected),
        profile,
        deck,
        include_all,
    )
    listings: list[CardListing] = []
    for row in connection.execute(query):
        schedule = None if row.has_state is None else schedule_of_row(row)
        listings.append(
            CardListing(
                card_of(row),
                status_of(bool(row.retired), schedule, today, rejected=bool(row.rejected)),
                schedule,
                row.origin_key,
            )
        )
    return listings


def _listing_query(
    query: Select[Any],
    profile: str,
    deck: str | None,
    include_all: bool,
    where: Sequence[ColumnElement[bool]] = (),
) -> Any:
    query = query.select_from(with_state(profile)).where(*where)
    if deck is not None:
        query = query.where(in_deck(_CARDS.c.deck, deck))
    if not include_all:
        query = query.where(_CARDS.c.retired.is_(False), not_suspended(), not_rejected())
    return query.order_by(_CARDS.c.deck, _CARDS.c.root, _CARDS.c.source, _CARDS.c.line)


# what a listing shows of each card: the columns of :func:`listing_rows` (its id: the key
# the card was first stored under, which it keeps through edits)
LISTING_COLUMNS = (
    _CARDS.c.origin_key,
    _CARDS.c.deck,
    _CARDS.c.kind,
    _CARDS.c.question,
    _CARDS.c.answer,
    _CARDS.c.source,
    _CARDS.c.line,
    _CARDS.c.retired,
    _STATES.c.card_id.label("has_state"),
    *_PLAN_COLUMNS,
    _STATES.c.flagged,
    _STATES.c.rejected,
    _STATES.c.triaged,
)


def listing_rows(
    connection: Connection,
    profile: str,
    *,
    deck: str | None = None,
    include_all: bool = False,
    where: Sequence[ColumnElement[bool]] = (),
) -> Iterator[Row[Any]]:
    """The rows of :func:`list_cards` with only :data:`LISTING_COLUMNS`, streamed as the
    database yields them (a listing of 100,000 cards never builds 100,000 objects).

    ``where``: more conditions over :func:`with_state` (the browser's filters)."""
    query = _listing_query(select(*LISTING_COLUMNS), profile, deck, include_all, where)
    yield from connection.execution_options(stream_results=True, yield_per=2000).execute(query)


def status_of_row(row: Row[Any], today: date) -> CardStatus:
    """:func:`status_of` for a row of :func:`listing_rows`, without building a schedule."""
    return _status(
        rejected=bool(row.rejected),
        retired=bool(row.retired),
        scheduled=row.has_state is not None,
        suspended=bool(row.suspended),
        buried_until=row.buried_until,
        due=row.due,
        repetitions=row.repetitions or 0,
        today=today,
    )


def with_state(profile: str) -> Join:
    """Every card, beside ``profile``'s schedule row for it where there is one."""
    return _CARDS.outerjoin(
        _STATES, and_(_STATES.c.card_id == _CARDS.c.id, _STATES.c.profile == profile)
    )


def not_suspended() -> ColumnElement[bool]:
    """On :func:`with_state`: cards the profile has not suspended (new ones included)."""
    return or_(_STATES.c.suspended.is_(None), _STATES.c.suspended.is_(False))


def not_rejected() -> ColumnElement[bool]:
    """On :func:`with_state`: cards the profile has not rejected (new ones included)."""
    return or_(_STATES.c.rejected.is_(None), _STATES.c.rejected.is_(False))
