"""The narrow query API over the tables; it returns ``notecards.core.model`` objects.

Callers pass a connection inside a transaction (see ``Database.transaction``), so that a
whole sync, or a grade and its log entry, commit together or not at all.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from sqlalchemy import (
    ColumnElement,
    Connection,
    Join,
    Row,
    Select,
    and_,
    bindparam,
    func,
    insert,
    or_,
    select,
    update,
)

from notecards.core.model import (
    Card,
    CardKind,
    CardListing,
    CardStatus,
    Schedule,
)
from notecards.storage.tables import CARDS as _CARDS
from notecards.storage.tables import REVIEWS as _REVIEWS
from notecards.storage.tables import SEARCH_TABLES, SEPARATOR
from notecards.storage.tables import SOURCES as _SOURCES
from notecards.storage.tables import STATES as _STATES

if TYPE_CHECKING:
    from notecards.core.scheduling import Scheduler

_BATCH = 2000
_Item = TypeVar("_Item")
LEARNED_REPETITIONS = 2


@dataclass(frozen=True, slots=True)
class SourceRecord:
    """A note file as the database last saw it."""

    id: int
    root: str
    path: str
    size: int
    mtime_ns: int
    content_hash: str
    extractor_version: int  # the version of the rules its cards came from


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


def _chunks(items: Sequence[_Item], size: int = _BATCH) -> Iterable[Sequence[_Item]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


# --- sources --------------------------------------------------------------------------------


_SOURCE_COLUMNS = (
    _SOURCES.c.id,
    _SOURCES.c.root,
    _SOURCES.c.path,
    _SOURCES.c.size,
    _SOURCES.c.mtime_ns,
    _SOURCES.c.content_hash,
    _SOURCES.c.extractor_version,
)


def sources(connection: Connection, roots: Sequence[str]) -> dict[tuple[str, str], SourceRecord]:
    """The note files known under ``roots``, by (root, path).

    Every sync reads this first, a row per note: only the columns it needs (no time to
    parse), each row made a record at once."""
    rows = connection.execute(select(*_SOURCE_COLUMNS).where(_SOURCES.c.root.in_(list(roots))))
    return {(row[1], row[2]): SourceRecord(*row) for row in rows}


def source_roots(connection: Connection) -> set[str]:
    """Every notes folder the database knows notes under."""
    return {str(root) for (root,) in connection.execute(select(_SOURCES.c.root).distinct())}


def move_root(connection: Connection, old: str, new: str) -> None:
    """File the notes (and cards) stored under folder ``old`` under ``new``."""
    for table in (_SOURCES, _CARDS):
        connection.execute(update(table).where(table.c.root == old).values(root=new))


def save_sources(
    connection: Connection,
    new: Sequence[tuple[str, str, int, int, str, int]],
    changed: Sequence[tuple[int, int, int, str, int]],
    now: datetime,
) -> None:
    """Insert ``(root, path, size, mtime_ns, hash, extractor version)`` rows; update
    ``(id, size, mtime_ns, hash, extractor version)``."""
    if new:
        connection.execute(
            insert(_SOURCES),
            [
                {
                    "root": root,
                    "path": path,
                    "size": size,
                    "mtime_ns": mtime,
                    "content_hash": digest,
                    "extractor_version": version,
                    "synced_at": now,
                }
                for root, path, size, mtime, digest, version in new
            ],
        )
    if changed:
        connection.execute(
            update(_SOURCES)
            .where(_SOURCES.c.id == bindparam("source_id"))
            .values(
                size=bindparam("new_size"),
                mtime_ns=bindparam("new_mtime"),
                content_hash=bindparam("new_hash"),
                extractor_version=bindparam("new_version"),
                synced_at=now,
            ),
            [
                {
                    "source_id": id_,
                    "new_size": size,
                    "new_mtime": mtime,
                    "new_hash": digest,
                    "new_version": version,
                }
                for id_, size, mtime, digest, version in changed
            ],
        )


def delete_sources(connection: Connection, ids: Sequence[int]) -> None:
    for chunk in _chunks(list(ids)):
        connection.execute(_SOURCES.delete().where(_SOURCES.c.id.in_(list(chunk))))


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
    for chunk in _chunks(list(keys), 900):
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
    for chunk in _chunks(list(paths)):
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
    for chunk in _chunks(list(placements), 5000):
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
    for chunk in _chunks(list(updates)):
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
    for chunk in _chunks(list(updates)):
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
    for chunk in _chunks(list(ids)):
        connection.execute(
            update(_CARDS)
            .where(_CARDS.c.id.in_(list(chunk)))
            .values(retired=True, retired_at=now, updated_at=now)
        )
        connection.execute(
            update(_STATES).where(_STATES.c.card_id.in_(list(chunk))).values(retired=True)
        )


# --- listings and counts ------------------------------------------------------------------------


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


# --- grading ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Graded:
    """A grade as recorded: the review's id and the schedule before and after it."""

    review_id: int
    before: Schedule | None
    after: Schedule


def card_id_of(connection: Connection, key: str) -> int | None:
    row = connection.execute(select(_CARDS.c.id).where(_CARDS.c.key == key)).first()
    return None if row is None else int(row[0])


def schedule_of(connection: Connection, profile: str, card_id: int) -> Schedule | None:
    row = connection.execute(
        select(_STATES).where(_STATES.c.profile == profile, _STATES.c.card_id == card_id)
    ).first()
    return None if row is None else schedule_of_row(row)


def _state_values(schedule: Schedule) -> dict[str, object]:
    return {
        "repetitions": schedule.repetitions,
        "easiness_centi": centi(schedule.easiness),
        "interval": schedule.interval,
        "due": schedule.due,
        "suspended": schedule.suspended,
        "buried_until": schedule.buried_until,
        "stability": schedule.stability,
        "difficulty": schedule.difficulty,
    }


def save_schedule(
    connection: Connection,
    profile: str,
    card_id: int,
    schedule: Schedule,
    *,
    reviewed_at: datetime | None = None,
) -> None:
    """Create or replace a profile's schedule for a card."""
    values = _state_values(schedule)
    if reviewed_at is not None:
        values["last_reviewed_at"] = reviewed_at
    updated = connection.execute(
        update(_STATES)
        .where(_STATES.c.profile == profile, _STATES.c.card_id == card_id)
        .values(values)
    )
    if updated.rowcount == 0:
        deck, retired = connection.execute(
            select(_CARDS.c.deck, _CARDS.c.retired).where(_CARDS.c.id == card_id)
        ).one()
        connection.execute(
            insert(_STATES).values(
                profile=profile, card_id=card_id, deck=deck, retired=retired, **values
            )
        )


def record_grade(
    connection: Connection,
    profile: str,
    card_id: int,
    quality: int,
    *,
    when: datetime,
    today: date,
    duration_ms: int = 0,
    reschedule: bool = True,
    scheduler: Scheduler | None = None,
) -> Graded:
    """Grade a card: its new schedule (by ``scheduler``: SM-2 unless told) and a review log
    entry, in the caller's transaction.

    With ``reschedule=False`` (a same-day repeat) the log gets the grade but the schedule
    stays as it was.
    """
    from notecards.core.scheduling import Scheduler, next_schedule

    when = as_utc(when)
    before = schedule_of(connection, profile, card_id)
    if reschedule:
        after = next_schedule(scheduler or Scheduler(), before, quality, today)
        save_schedule(connection, profile, card_id, after, reviewed_at=when)
    else:
        if before is None or before.due is None:
            raise ValueError("a same-day repeat needs a card that was graded already")
        after = before
    due = after.due
    assert due is not None
    review_id = connection.execute(
        insert(_REVIEWS)
        .values(
            profile=profile,
            card_id=card_id,
            reviewed_at=when,
            quality=quality,
            duration_ms=duration_ms,
            before_repetitions=before.repetitions if before and before.due else None,
            before_easiness_centi=centi(before.easiness) if before and before.due else None,
            before_interval=before.interval if before and before.due else None,
            before_due=before.due if before else None,
            after_repetitions=after.repetitions,
            after_easiness_centi=centi(after.easiness),
            after_interval=after.interval,
            after_due=due,
        )
        .returning(_REVIEWS.c.id)
    ).scalar_one()
    return Graded(int(review_id), before, after)


def set_aside(
    connection: Connection,
    profile: str,
    card_id: int,
    *,
    suspended: bool | None = None,
    buried_until: date | None = None,
) -> Schedule:
    """Suspend/unsuspend or bury a card for a profile (a new card gets a schedule row)."""
    current = schedule_of(connection, profile, card_id) or Schedule(
        repetitions=0, easiness=from_centi(250), interval=0, due=None
    )
    changed = replace(
        current,
        suspended=current.suspended if suspended is None else suspended,
        buried_until=buried_until or current.buried_until,
    )
    save_schedule(connection, profile, card_id, changed)
    return changed


def review_count(connection: Connection, profile: str, card_id: int | None = None) -> int:
    query = select(func.count()).select_from(_REVIEWS).where(_REVIEWS.c.profile == profile)
    if card_id is not None:
        query = query.where(_REVIEWS.c.card_id == card_id)
    return int(connection.execute(query).scalar_one())
