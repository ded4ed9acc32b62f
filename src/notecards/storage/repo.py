"""The narrow query API over the cards table, as a sync writes it: what each key is held by,
the cards stored for some notes, inserting, updating and retiring cards; and the records
and conversions the other query modules share. It returns ``notecards.core.model`` objects.

The rest of the API is beside it: :mod:`.source_rows` (note files), :mod:`.listing`
(listings and a card's status), :mod:`.grading` (schedules and reviews). Callers pass a
connection inside a transaction (see ``Database.transaction``), so that a whole sync, or a
grade and its log entry, commit together or not at all.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any, NamedTuple, TypeVar

from sqlalchemy import Connection, Row, bindparam, select, update

from notecards.core.model import Card, CardKind
from notecards.storage.tables import CARDS as _CARDS
from notecards.storage.tables import SEARCH_TABLES, SEPARATOR
from notecards.storage.tables import STATES as _STATES

_BATCH = 2000
_Item = TypeVar("_Item")
LEARNED_REPETITIONS = 2


@dataclass(frozen=True, slots=True)
class KeyEntry:
    """Where a card key is held: by which card, active or not, from which note."""

    id: int
    retired: bool
    root: str
    source: str
    base_key: str


class CardRecord(NamedTuple):
    """A card's stored text and place (context and tags joined with U+001F).

    The compact form sync moves between processes and compares to what is stored.
    """

    kind: str
    question: str
    answer: str
    deck: str
    context: str
    tags: str
    source: str
    line: int


def records_of(cards: Iterable[Card]) -> list[CardRecord]:
    """The cards' records. Cards that share a context or tags share one joined string, so a
    note's records are pickled, sent between processes and held with each string once."""
    joined: dict[tuple[str, ...], str] = {}
    records: list[CardRecord] = []
    for card in cards:
        context = joined.get(card.context)
        if context is None:
            context = joined[card.context] = SEPARATOR.join(card.context)
        tags = joined.get(card.tags)
        if tags is None:
            tags = joined[card.tags] = SEPARATOR.join(card.tags)
        records.append(
            CardRecord(
                card.kind.value,
                card.question,
                card.answer,
                card.deck,
                context,
                tags,
                card.source,
                card.line,
            )
        )
    return records


# (record, key, base key, root): a found card placed under a key, as sync writes it
Placement = tuple[CardRecord, str, str, str]


@dataclass(frozen=True, slots=True)
class StoredCard:
    """A stored card as sync needs it to match edits."""

    id: int
    key: str
    base_key: str
    root: str
    record: CardRecord


def as_utc(moment: datetime) -> datetime:
    """An aware UTC datetime: how every time is stored and compared.

    SQLite keeps no time zone, so a naive value read back from it is UTC already.
    """
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def centi(easiness: Decimal) -> int:
    return int(easiness * 100)


def from_centi(value: int) -> Decimal:
    return (Decimal(value) / 100).quantize(Decimal("0.01"))


def _split(text: str) -> tuple[str, ...]:
    return tuple(text.split(SEPARATOR)) if text else ()


def chunks(items: Sequence[_Item], size: int = _BATCH) -> Iterable[Sequence[_Item]]:
    """``items`` in runs of ``size``: what one statement binds (databases cap parameters)."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


# --- cards ------------------------------------------------------------------------------------


_KEY_LOOKUP = select(
    _CARDS.c.key,
    _CARDS.c.id,
    _CARDS.c.retired,
    _CARDS.c.root,
    _CARDS.c.source,
    _CARDS.c.base_key,
).where(_CARDS.c.key.in_(bindparam("keys", expanding=True)))


# an edited card still holds the key it was first stored under, as its identity
_ORIGIN_LOOKUP = select(
    _CARDS.c.origin_key,
    _CARDS.c.id,
    _CARDS.c.retired,
    _CARDS.c.root,
    _CARDS.c.source,
    _CARDS.c.base_key,
).where(
    _CARDS.c.origin_key.in_(bindparam("keys", expanding=True)),
    _CARDS.c.key != _CARDS.c.origin_key,  # as uq_cards_edited_origin reads, to use it
)


def key_entries(connection: Connection, keys: Iterable[str]) -> dict[str, KeyEntry]:
    """Who holds each of ``keys`` (keys no card holds are absent): the card whose key it is,
    else an edited card it was first stored under, which keeps it as its identity."""
    found: dict[str, KeyEntry] = {}
    for chunk in chunks(list(keys), 900):
        for lookup in (_ORIGIN_LOOKUP, _KEY_LOOKUP):  # a key's own card overrides
            for key, id_, retired, root, source, base_key in connection.execute(
                lookup, {"keys": list(chunk)}
            ):
                found[key] = KeyEntry(id_, bool(retired), root, source, base_key)
    return found


@contextmanager
def indexes_built_after(connection: Connection) -> Iterator[None]:
    """Insert into an empty cards table without its indexes, and build them at the end.

    Building an index over a million rows at once costs a fraction of keeping it up to date
    row by row; so does SQLite's search index (see :mod:`notecards.storage.searching`),
    whose trigger is dropped meanwhile. Inside the caller's transaction: if anything fails,
    nothing was dropped. A duplicate key fails the unique index build, so the whole sync is
    rolled back.
    """
    indexes = sorted(_CARDS.indexes, key=lambda index: str(index.name))
    for index in indexes:
        index.drop(connection)
    search_trigger = _drop_search_trigger(connection)
    yield
    if connection.dialect.name == "sqlite":
        # SQLite sorts the rows of a new index on helper threads when allowed to
        connection.exec_driver_sql(f"PRAGMA threads = {min(os.cpu_count() or 1, 4)}")
    for index in indexes:
        index.create(connection)
    if search_trigger is not None:
        connection.exec_driver_sql(search_trigger)
        for name in SEARCH_TABLES:
            connection.exec_driver_sql(f"INSERT INTO {name}({name}) VALUES ('rebuild')")


def _drop_search_trigger(connection: Connection) -> str | None:
    """Drop the SQLite trigger that indexes each new card for search (in every table of
    :data:`SEARCH_TABLES`); its SQL, to make it again (None: there is none)."""
    if connection.dialect.name != "sqlite":
        return None
    found = connection.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'cards_search_insert'"
    ).scalar()
    if found is None:
        return None
    connection.exec_driver_sql("DROP TRIGGER cards_search_insert")
    return str(found)


def has_cards(connection: Connection) -> bool:
    return connection.execute(select(_CARDS.c.id).limit(1)).first() is not None


def card_of(row: Row[Any]) -> Card:
    """The card in a row of the cards table."""
    return Card(
        kind=CardKind(row.kind),
        question=row.question,
        answer=row.answer,
        deck=row.deck,
        source=row.source,
        line=row.line,
        context=_split(row.context),
        tags=_split(row.tags),
        key=row.key,
    )


def active_cards_in(connection: Connection, root: str, paths: Sequence[str]) -> list[StoredCard]:
    """The active cards of some notes of a root, as they are stored."""
    found: list[StoredCard] = []
    for chunk in chunks(list(paths)):
        rows = connection.execute(
            select(_CARDS).where(
                _CARDS.c.root == root,
                _CARDS.c.source.in_(list(chunk)),
                _CARDS.c.retired.is_(False),
            )
        )
        found.extend(
            StoredCard(
                row.id,
                row.key,
                row.base_key,
                row.root,
                CardRecord(
                    row.kind,
                    row.question,
                    row.answer,
                    row.deck,
                    row.context,
                    row.tags,
                    row.source,
                    row.line,
                ),
            )
            for row in rows
        )
    return found


def _values(
    record: CardRecord, key: str, base_key: str, root: str, now: datetime
) -> dict[str, object]:
    return {
        "key": key,
        "base_key": base_key,
        "deck": record.deck,
        "kind": record.kind,
        "question": record.question,
        "answer": record.answer,
        "context": record.context,
        "tags": record.tags,
        "root": root,
        "source": record.source,
        "line": record.line,
        "retired": False,
        "retired_at": None,
        "updated_at": now,
    }


_INSERT_COLUMNS = (
    "key", "origin_key", "base_key", "deck", "kind", "question", "answer", "context", "tags",
    "root", "source", "line", "retired", "retired_at", "created_at", "updated_at",
)  # fmt: skip


def insert_cards(connection: Connection, placements: Sequence[Placement], now: datetime) -> None:
    """Insert new cards.

    This is the bulk of a first sync, so rows go straight to the driver's ``executemany``
    with values already in the form SQLAlchemy would store them. On SQLite, numbered
    parameters bind the key and the time once each, and the constant columns not at all.
    """
    if not placements:
        return
    sqlite = connection.dialect.name == "sqlite"
    stamp = _stored_datetime(connection.dialect.name, now)
    values = (
        "?1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 0, NULL, ?12, ?12"
        if sqlite
        else ", ".join(["%s"] * len(_INSERT_COLUMNS))
    )
    sql = f"INSERT INTO cards ({', '.join(_INSERT_COLUMNS)}) VALUES ({values})"
    for chunk in chunks(list(placements), 5000):
        rows: list[tuple[object, ...]] = [
            (
                key,
                base_key,
                record.deck,
                record.kind,
                record.question,
                record.answer,
                record.context,
                record.tags,
                root,
                record.source,
                record.line,
                stamp,
            )
            for record, key, base_key, root in chunk
        ]
        if not sqlite:  # every column bound, in order
            rows = [(row[0], *row[:11], False, None, stamp, stamp) for row in rows]
        connection.exec_driver_sql(sql, rows)


def _stored_datetime(dialect: str, moment: datetime) -> object:
    """A datetime as SQLAlchemy's DateTime type would hand it to the driver."""
    if dialect == "sqlite":
        return moment.strftime("%Y-%m-%d %H:%M:%S.%f")
    return moment


def update_cards(
    connection: Connection,
    updates: Sequence[tuple[int, CardRecord, str, str, str]],
    now: datetime,
) -> None:
    """Rewrite matched cards ``(id, record, key, base_key, root)`` and revive them.

    Every key is first parked on a placeholder, so that cards may trade keys without a
    uniqueness clash half-way.
    """
    if not updates:
        return
    columns = [
        "key", "base_key", "deck", "kind", "question", "answer", "context", "tags",
        "root", "source", "line", "retired", "retired_at", "updated_at",
    ]  # fmt: skip
    park = (
        update(_CARDS)
        .where(_CARDS.c.id == bindparam("card_id"))
        .values(key=bindparam("parked_key"))
    )
    for chunk in chunks(list(updates)):
        connection.execute(
            park, [{"card_id": item[0], "parked_key": f"~{item[0]}"} for item in chunk]
        )
    statement = (
        update(_CARDS)
        .where(_CARDS.c.id == bindparam("card_id"))
        .values({column: bindparam(f"new_{column}") for column in columns})
    )
    deck_of_states = (
        update(_STATES)
        .where(_STATES.c.card_id == bindparam("the_card"))
        .values(deck=bindparam("new_deck"), retired=False)
    )
    for chunk in chunks(list(updates)):
        rows = []
        for card_id, record, key, base_key, root in chunk:
            values = _values(record, key, base_key, root, now)
            rows.append({"card_id": card_id, **{f"new_{k}": v for k, v in values.items()}})
        connection.execute(statement, rows)
        connection.execute(
            deck_of_states,
            [{"the_card": row["card_id"], "new_deck": row["new_deck"]} for row in rows],
        )


def retire_cards(connection: Connection, ids: Sequence[int], now: datetime) -> None:
    for chunk in chunks(list(ids)):
        connection.execute(
            update(_CARDS)
            .where(_CARDS.c.id.in_(list(chunk)))
            .values(retired=True, retired_at=now, updated_at=now)
        )
        connection.execute(
            update(_STATES).where(_STATES.c.card_id.in_(list(chunk))).values(retired=True)
        )
