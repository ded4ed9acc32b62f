"""The card browser's queries: cards found by text and filters, sorted by any column; a card's
history; the decks and tags there are.

A card's state for a profile is read beside it (:func:`notecards.storage.listing.with_state`);
a card without a schedule row is new to the profile. Rejected cards are listed only when
the rejected state is asked for (their state is "rejected" whatever else they are), retired
ones only when the retired or rejected state is.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, Row, Select, and_, func, or_, select

from notecards.storage import listing, searching
from notecards.storage.browse_filters import (
    LAPSE_BELOW,
    Search,
    conditions,
    is_rejected,
    lapse_subquery,
    ordering,
    state_of,
)
from notecards.storage.listing import with_state
from notecards.storage.repo import as_utc
from notecards.storage.tables import CARDS as _CARDS
from notecards.storage.tables import REVIEWS as _REVIEWS
from notecards.storage.tables import SEPARATOR
from notecards.storage.tables import STATES as _STATES


@dataclass(frozen=True, slots=True)
class FoundCard:
    """A card as the browser lists it."""

    card_id: int
    origin_key: str
    question: str
    context: tuple[str, ...]
    deck: str
    state: str
    flagged: bool
    untriaged: bool
    due: date | None
    interval: int
    easiness_centi: int
    lapses: int
    root: str
    source: str
    line: int


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    reviewed_at: datetime
    quality: int
    interval: int  # the interval after the grade, in days


def split(joined: str) -> tuple[str, ...]:
    return tuple(joined.split(SEPARATOR)) if joined else ()


_ROW_COLUMNS = (
    _CARDS.c.id,
    _CARDS.c.origin_key,
    _CARDS.c.question,
    _CARDS.c.context,
    _CARDS.c.deck,
    _CARDS.c.root,
    _CARDS.c.source,
    _CARDS.c.line,
    _STATES.c.flagged,
    _STATES.c.triaged,
    _STATES.c.due,
    _STATES.c.interval,
    _STATES.c.easiness_centi,
)


@dataclass(frozen=True, slots=True)
class Found:
    """A page of what a search found, and how many cards it found in all."""

    cards: list[FoundCard]
    total: int


_PAGE_CHUNK = 5000


def find(connection: Connection, profile: str, search: Search, today: date) -> Found:
    """The cards ``search`` finds for ``profile``, sorted, at most ``search.limit``, and how
    many there are in all.

    One query lists the ids of every card found, in order (their number is the count, at
    no further cost); a second reads the page's cards. Every keystroke of a search runs
    this, so the page is read by its ids and built from plain tuples.
    """
    ids = _ordered_ids(connection, profile, search, today)
    page = ids[: search.limit]
    rows: dict[int, Any] = {}
    for start in range(0, len(page), _PAGE_CHUNK):
        chunk = page[start : start + _PAGE_CHUNK]
        query = (
            select(*_ROW_COLUMNS, state_of(today).label("state"))
            .select_from(with_state(profile))
            .where(_CARDS.c.id.in_(chunk))
        )
        rows.update((row[0], row) for row in connection.execute(query))
    counted = lapse_counts(connection, profile, page)
    return Found([_found(rows[card], counted.get(card, 0)) for card in page], len(ids))


def _ordered_ids(connection: Connection, profile: str, search: Search, today: date) -> list[int]:
    """The ids of every card ``search`` finds, in its order."""
    plain = not (search.decks or search.tags or search.states)
    if plain and search.sort in _STATE_SORTS and connection.dialect.name == "sqlite":
        found = searching.found_by_indexes(search.text)
        if found is not None and searching.indexed(connection):
            return _ids(connection, _index_only(found, profile, search))
    where = conditions(connection, search, today)
    joined = with_state(profile)
    lapses = None
    if search.sort == "lapses":
        lapses = lapse_subquery(profile)
        joined = joined.outerjoin(lapses, lapses.c.card_id == _CARDS.c.id)
    ordered = (
        select(_CARDS.c.id)
        .select_from(joined)
        .where(*where)
        .order_by(*ordering(search, today, lapses))
    )
    return _ids(connection, ordered)


# sorts by a column of the profile's schedule rows alone
_STATE_SORTS = ("due", "interval", "ease")


def _index_only(found: Select[Any], profile: str, search: Search) -> Select[Any]:
    """The ids of the cards the search indexes found (``found``), without the profile's
    rejected ones and retired ones, sorted by a schedule column: the cards themselves are
    never read (only the few retired ones' ids, from an index)."""
    matched = found.subquery("found")
    joined = matched.outerjoin(
        _STATES, and_(_STATES.c.card_id == matched.c.id, _STATES.c.profile == profile)
    )
    retired = select(_CARDS.c.id).where(_CARDS.c.retired.is_(True))
    column: Any = {
        "due": _STATES.c.due,
        "interval": func.coalesce(_STATES.c.interval, 0),
        "ease": func.coalesce(_STATES.c.easiness_centi, 250),
    }[search.sort]
    ordered = column.desc() if search.descending else column.asc()
    if search.sort == "due":
        ordered = ordered.nulls_last()
    return (
        select(matched.c.id)
        .select_from(joined)
        .where(listing.not_rejected(), matched.c.id.not_in(retired))
        .order_by(ordered, matched.c.id)
    )


def _ids(connection: Connection, query: Select[Any]) -> list[int]:
    # plain tuples from the driver: tens of thousands of ids on a search's first keystrokes
    return [row[0] for row in connection.execute(query).cursor.fetchall()]


def _found(row: Any, lapses: int) -> FoundCard:
    """A card of a page: a row of :data:`_ROW_COLUMNS` and its state."""
    (card_id, origin_key, question, context, deck, root, source, line, flagged, triaged, due,
     interval, easiness_centi, state) = row  # fmt: skip
    return FoundCard(
        card_id=card_id,
        origin_key=origin_key,
        question=question,
        context=split(context),
        deck=deck,
        state=state,
        flagged=bool(flagged),
        untriaged=triaged is not None and not triaged and state == "new",
        due=due,
        interval=interval or 0,
        easiness_centi=easiness_centi if easiness_centi is not None else 250,
        lapses=lapses,
        root=root,
        source=source,
        line=line,
    )


def count(connection: Connection, profile: str, search: Search, today: date) -> int:
    """How many cards ``search`` finds, without its limit."""
    query = (
        select(func.count())
        .select_from(with_state(profile))
        .where(*conditions(connection, search, today))
    )
    return int(connection.execute(query).scalar_one())


def lapse_counts(connection: Connection, profile: str, ids: Sequence[int]) -> dict[int, int]:
    """How many times each card was forgotten after being recalled (cards never: absent)."""
    found: dict[int, int] = {}
    for start in range(0, len(ids), _PAGE_CHUNK):
        chunk = list(ids[start : start + _PAGE_CHUNK])
        rows = connection.execute(
            select(_REVIEWS.c.card_id, func.count())
            .where(
                _REVIEWS.c.profile == profile,
                _REVIEWS.c.card_id.in_(chunk),
                _REVIEWS.c.quality < LAPSE_BELOW,
                _REVIEWS.c.before_repetitions > 0,
            )
            .group_by(_REVIEWS.c.card_id)
        )
        found.update((int(card), int(number)) for card, number in rows)
    return found


def one(connection: Connection, profile: str, card_id: int, today: date) -> Row[Any] | None:
    """Every column of a card, its state for ``profile`` and its main state."""
    query = (
        select(
            _CARDS,
            _STATES.c.card_id.label("has_state"),
            _STATES.c.flagged,
            _STATES.c.triaged,
            _STATES.c.due,
            _STATES.c.interval,
            _STATES.c.easiness_centi,
            _STATES.c.repetitions,
            _STATES.c.rejected_at,
            state_of(today).label("state"),
        )
        .select_from(with_state(profile))
        .where(_CARDS.c.id == card_id)
    )
    return connection.execute(query).first()


def found_card(row: Row[Any], lapses: int) -> FoundCard:
    """A row of :func:`one` as the browser lists it."""
    columns = (*(column.name for column in _ROW_COLUMNS), "state")
    return _found(tuple(getattr(row, name) for name in columns), lapses)


def history(connection: Connection, profile: str, card_id: int) -> list[HistoryEntry]:
    """Every grade ``profile`` gave the card, oldest first."""
    rows = connection.execute(
        select(_REVIEWS.c.reviewed_at, _REVIEWS.c.quality, _REVIEWS.c.after_interval)
        .where(_REVIEWS.c.profile == profile, _REVIEWS.c.card_id == card_id)
        .order_by(_REVIEWS.c.reviewed_at, _REVIEWS.c.id)
    )
    return [HistoryEntry(as_utc(moment), int(quality), int(days)) for moment, quality, days in rows]


def card_ids_of(connection: Connection, stable_ids: Iterable[str]) -> dict[str, int]:
    """The database ids of cards named by their stable ids (origin keys); unknown ones are
    absent."""
    wanted = list(dict.fromkeys(stable_ids))
    found: dict[str, int] = {}
    for start in range(0, len(wanted), 900):
        chunk = wanted[start : start + 900]
        rows = connection.execute(
            select(_CARDS.c.origin_key, _CARDS.c.id).where(
                or_(
                    and_(_CARDS.c.key.in_(chunk), _CARDS.c.key == _CARDS.c.origin_key),
                    and_(_CARDS.c.origin_key.in_(chunk), _CARDS.c.key != _CARDS.c.origin_key),
                )
            )
        )
        found.update((str(key), int(card_id)) for key, card_id in rows)
    return found


def deck_names(connection: Connection) -> list[str]:
    """Every deck that holds a card, retired or not, sorted."""
    query = select(_CARDS.c.deck).distinct()
    return sorted(str(name) for name in connection.execute(query).scalars())


def tag_names(connection: Connection) -> list[str]:
    """Every tag of a card, sorted."""
    query = select(_CARDS.c.tags).where(_CARDS.c.tags != "").distinct()
    names: set[str] = set()
    for joined in connection.execute(query).scalars():
        names.update(split(str(joined)))
    return sorted(names)


def flag_and_inbox_counts(connection: Connection, profile: str) -> tuple[int, int]:
    """How many live cards ``profile`` flagged, and how many wait in its inbox."""
    live = and_(_STATES.c.profile == profile, _STATES.c.retired.is_(False))
    flagged, inbox = connection.execute(
        select(
            func.count().filter(and_(_STATES.c.flagged.is_(True), listing.not_rejected())),
            func.count().filter(and_(_STATES.c.triaged.is_(False), listing.not_rejected())),
        ).where(live)
    ).one()
    return int(flagged or 0), int(inbox or 0)


@dataclass(frozen=True, slots=True)
class DeckTriage:
    """One deck's cards as the profile judged them (retired cards aside)."""

    deck: str
    cards: int
    accepted: int  # neither rejected nor waiting in the inbox
    rejected: int
    untriaged: int  # waiting in the inbox


def deck_triage(connection: Connection, profile: str) -> list[DeckTriage]:
    """Per deck: the live cards, and how many the profile accepted, rejected, has yet to
    triage (the extractor's precision on the user's own notes)."""
    rejected = is_rejected()
    waiting = and_(listing.not_rejected(), _STATES.c.triaged.is_(False))
    rows = connection.execute(
        select(
            _CARDS.c.deck,
            func.count(),
            func.count().filter(rejected),
            func.count().filter(waiting),
        )
        .select_from(with_state(profile))
        .where(_CARDS.c.retired.is_(False))
        .group_by(_CARDS.c.deck)
        .order_by(_CARDS.c.deck)
    )
    return [
        DeckTriage(str(deck), int(total), int(total - bad - held), int(bad), int(held))
        for deck, total, bad, held in rows
    ]


def listing_rows(
    connection: Connection,
    profile: str,
    search: Search,
    today: date,
    *,
    deck: str | None = None,
    include_all: bool = False,
) -> Iterator[Row[Any]]:
    """:func:`notecards.storage.listing.listing_rows` narrowed by a search's text, states and
    tags (its sort and limit aside: a listing is in deck and note order, whole)."""
    where = conditions(connection, search, today, hide=False)
    return listing.listing_rows(
        connection, profile, deck=deck, include_all=include_all, where=where
    )
