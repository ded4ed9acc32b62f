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

from sqlalchemy import (
    ColumnElement,
    Connection,
    Row,
    Select,
    and_,
    case,
    func,
    literal,
    or_,
    select,
)

from notecards.storage import listing, searching
from notecards.storage.listing import in_deck, with_state
from notecards.storage.repo import LEARNED_REPETITIONS, as_utc
from notecards.storage.tables import CARDS as _CARDS
from notecards.storage.tables import REVIEWS as _REVIEWS
from notecards.storage.tables import SEPARATOR
from notecards.storage.tables import STATES as _STATES

# the states a browser filters by: the main ones, and two marks a card has beside its state
MAIN_STATES = ("new", "learning", "review", "suspended", "buried", "retired", "rejected")
MARKS = ("flagged", "untriaged")
SORTS = ("question", "deck", "state", "due", "interval", "ease", "lapses", "source")
LAPSE_BELOW = 3  # a grade below this of a card recalled before is a lapse


@dataclass(frozen=True, slots=True)
class Search:
    """What to find: words, decks (each with its sub-decks), states (any of them) and tags
    (all of them), sorted by one of :data:`SORTS`."""

    text: str = ""
    decks: tuple[str, ...] = ()
    states: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    sort: str = "due"
    descending: bool = False
    limit: int = 1000


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


def _buried(today: date) -> ColumnElement[bool]:
    return and_(_STATES.c.buried_until.is_not(None), _STATES.c.buried_until > today)


def _rejected() -> ColumnElement[bool]:
    return _STATES.c.rejected.is_(True)


def _not_rejected() -> ColumnElement[bool]:
    return or_(_STATES.c.rejected.is_(None), _STATES.c.rejected.is_(False))


def _retired() -> ColumnElement[bool]:
    return _CARDS.c.retired.is_(True)


def state_of(today: date) -> ColumnElement[str]:
    """A card's main state, as SQL over :func:`with_state` (see :data:`MAIN_STATES`)."""
    return case(
        (_rejected(), literal("rejected")),
        (_retired(), literal("retired")),
        (_STATES.c.card_id.is_(None), literal("new")),
        (_STATES.c.suspended.is_(True), literal("suspended")),
        (_buried(today), literal("buried")),
        (_STATES.c.due.is_(None), literal("new")),
        (_STATES.c.repetitions < LEARNED_REPETITIONS, literal("learning")),
        else_=literal("review"),
    )


def _state_condition(state: str, today: date) -> ColumnElement[bool]:
    """The cards in ``state`` (a main state or a mark), over :func:`with_state`."""
    live = and_(_not_rejected(), _CARDS.c.retired.is_(False))
    scheduled = and_(live, _STATES.c.card_id.is_not(None))
    unset = and_(_STATES.c.suspended.is_(False), ~_buried(today))
    conditions: dict[str, ColumnElement[bool]] = {
        "rejected": _rejected(),
        "retired": and_(_not_rejected(), _retired()),
        "new": and_(
            live,
            or_(_STATES.c.card_id.is_(None), and_(unset, _STATES.c.due.is_(None))),
        ),
        "suspended": and_(scheduled, _STATES.c.suspended.is_(True)),
        "buried": and_(scheduled, _STATES.c.suspended.is_(False), _buried(today)),
        "learning": and_(
            scheduled,
            unset,
            _STATES.c.due.is_not(None),
            _STATES.c.repetitions < LEARNED_REPETITIONS,
        ),
        "review": and_(
            scheduled,
            unset,
            _STATES.c.due.is_not(None),
            _STATES.c.repetitions >= LEARNED_REPETITIONS,
        ),
        "flagged": and_(live, _STATES.c.flagged.is_(True)),
        "untriaged": and_(live, _STATES.c.triaged.is_(False)),
    }
    try:
        return conditions[state]
    except KeyError:
        raise ValueError(f"no state {state!r}: one of {', '.join(conditions)}") from None


def _tag_condition(tag: str) -> ColumnElement[bool]:
    escaped = tag.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    wrapped = literal(SEPARATOR) + _CARDS.c.tags + literal(SEPARATOR)
    return wrapped.like(f"%{SEPARATOR}{escaped}{SEPARATOR}%", escape="\\")


def _lapse_counts(profile: str) -> Any:
    return (
        select(_REVIEWS.c.card_id, func.count().label("lapses"))
        .where(
            _REVIEWS.c.profile == profile,
            _REVIEWS.c.quality < LAPSE_BELOW,
            _REVIEWS.c.before_repetitions > 0,
        )
        .group_by(_REVIEWS.c.card_id)
        .subquery("lapse_counts")
    )


def conditions(
    connection: Connection, search: Search, today: date, *, hide: bool = True
) -> list[ColumnElement[bool]]:
    """The filters of ``search``, over :func:`with_state`; with ``hide``, rejected and retired
    cards are left out unless their state is among the search's."""
    found: list[ColumnElement[bool]] = []
    dialect = connection.dialect.name
    text_match = None
    if search.text.strip():
        indexed = dialect != "sqlite" or searching.indexed(connection)
        text_match = searching.matches(dialect, search.text, indexed=indexed)
    if text_match is not None:
        found.append(text_match)
    if search.decks:
        found.append(or_(*(in_deck(_CARDS.c.deck, deck) for deck in search.decks)))
    if search.states:
        found.append(or_(*(_state_condition(state, today) for state in search.states)))
    if hide and "rejected" not in search.states:
        found.append(_not_rejected())
        if "retired" not in search.states:  # gone from the notes: listed when asked for
            # (an expression, not the column: SQLite then reads the cards a text search
            # found in id order rather than every card through ix_cards_active_deck)
            found.append(func.coalesce(_CARDS.c.retired, False).is_(False))
    found.extend(_tag_condition(tag) for tag in search.tags)
    return found


def _order(search: Search, today: date, lapses: Any) -> list[Any]:
    columns: dict[str, Any] = {
        "question": _CARDS.c.question,
        "deck": _CARDS.c.deck,
        "state": state_of(today),
        "due": _STATES.c.due,
        "interval": func.coalesce(_STATES.c.interval, 0),
        "ease": func.coalesce(_STATES.c.easiness_centi, 250),
        "lapses": func.coalesce(lapses.c.lapses, 0) if lapses is not None else literal(0),
        "source": _CARDS.c.source,
    }
    if search.sort not in columns:
        raise ValueError(f"cannot sort by {search.sort!r}: one of {', '.join(SORTS)}")
    column = columns[search.sort]
    ordered = column.desc() if search.descending else column.asc()
    if search.sort == "due":  # cards with no due day (new ones) come last either way
        ordered = ordered.nulls_last()
    tie = (_CARDS.c.source, _CARDS.c.line) if search.sort == "source" else ()
    return [ordered, *tie, _CARDS.c.id]


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
        lapses = _lapse_counts(profile)
        joined = joined.outerjoin(lapses, lapses.c.card_id == _CARDS.c.id)
    ordered = (
        select(_CARDS.c.id)
        .select_from(joined)
        .where(*where)
        .order_by(*_order(search, today, lapses))
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
        .where(_not_rejected(), matched.c.id.not_in(retired))
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
            func.count().filter(and_(_STATES.c.flagged.is_(True), _not_rejected())),
            func.count().filter(and_(_STATES.c.triaged.is_(False), _not_rejected())),
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
    rejected = _rejected()
    waiting = and_(_not_rejected(), _STATES.c.triaged.is_(False))
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
