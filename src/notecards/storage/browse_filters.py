"""What the card browser filters and sorts by, as SQL over a card beside its state for a
profile (:func:`notecards.storage.listing.with_state`): a :class:`Search`, the states and
marks it names, the tags and words it asks for, and the column it sorts by."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Connection, and_, case, func, literal, or_, select

from notecards.storage import searching
from notecards.storage.listing import in_deck, not_rejected
from notecards.storage.repo import LEARNED_REPETITIONS
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


def _buried(today: date) -> ColumnElement[bool]:
    return and_(_STATES.c.buried_until.is_not(None), _STATES.c.buried_until > today)


def is_rejected() -> ColumnElement[bool]:
    return _STATES.c.rejected.is_(True)


def _retired() -> ColumnElement[bool]:
    return _CARDS.c.retired.is_(True)


def state_of(today: date) -> ColumnElement[str]:
    """A card's main state, as SQL over :func:`with_state` (see :data:`MAIN_STATES`)."""
    return case(
        (is_rejected(), literal("rejected")),
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
    live = and_(not_rejected(), _CARDS.c.retired.is_(False))
    scheduled = and_(live, _STATES.c.card_id.is_not(None))
    unset = and_(_STATES.c.suspended.is_(False), ~_buried(today))
    conditions: dict[str, ColumnElement[bool]] = {
        "rejected": is_rejected(),
        "retired": and_(not_rejected(), _retired()),
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


def lapse_subquery(profile: str) -> Any:
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
        found.append(not_rejected())
        if "retired" not in search.states:  # gone from the notes: listed when asked for
            # (an expression, not the column: SQLite then reads the cards a text search
            # found in id order rather than every card through ix_cards_active_deck)
            found.append(func.coalesce(_CARDS.c.retired, False).is_(False))
    found.extend(_tag_condition(tag) for tag in search.tags)
    return found


def ordering(search: Search, today: date, lapses: Any) -> list[Any]:
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
