"""Changing many cards' states for a profile at once: suspend, bury, flag, reject, reset, accept.

Each change is one UPDATE per chunk of cards, inside the caller's transaction, and says how
many cards it changed (a card already in the state asked for is not counted). A card new to
the profile has no schedule row; the changes that need one (suspend, bury, flag, reject)
create it first, as a never-graded schedule. Undo works on snapshots of the rows as stored
(:func:`snapshots`, :func:`restore`), so that it puts back exactly what was there.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    and_,
    delete,
    false,
    insert,
    literal,
    null,
    or_,
    select,
    text,
    true,
    update,
)
from sqlalchemy.dialects.postgresql import insert as postgres_insert

from notecards.storage.repo import as_utc
from notecards.storage.tables import CARDS as _CARDS
from notecards.storage.tables import STATES as _STATES

_CHUNK = 900
NEW_EASINESS_CENTI = 250
StateRows = dict[int, dict[str, Any] | None]


def _chunks(ids: Sequence[int]) -> list[list[int]]:
    unique = sorted(set(ids))
    return [unique[start : start + _CHUNK] for start in range(0, len(unique), _CHUNK)]


def hold_cards(connection: Connection, profile: str, ids: Sequence[int]) -> None:
    """On PostgreSQL, the per-card advisory locks a review session takes before grading
    (see :func:`notecards.storage.reviewing.hold_card`), in card order; nothing on SQLite,
    whose writers hold the whole database."""
    if connection.dialect.name != "postgresql" or not ids:
        return
    profile_key = zlib.crc32(profile.encode("utf-8"))
    if profile_key >= 2**31:
        profile_key -= 2**32
    for chunk in _chunks(ids):
        connection.execute(
            text(
                "SELECT count(pg_advisory_xact_lock(:profile, card)) "
                "FROM unnest(CAST(:cards AS integer[])) AS card"
            ),
            {"profile": profile_key, "cards": chunk},
        )


def snapshots(connection: Connection, profile: str, ids: Sequence[int]) -> StateRows:
    """Every column of the profile's schedule rows of ``ids`` (None: the card has none)."""
    found: StateRows = dict.fromkeys(sorted(set(ids)))
    for chunk in _chunks(ids):
        rows = connection.execute(
            select(_STATES).where(_STATES.c.profile == profile, _STATES.c.card_id.in_(chunk))
        )
        for row in rows:
            found[int(row.card_id)] = dict(row._mapping)
    return found


def restore(connection: Connection, profile: str, rows: StateRows) -> None:
    """Put the schedule rows back as ``rows`` holds them."""
    for chunk in _chunks(list(rows)):
        connection.execute(
            delete(_STATES).where(_STATES.c.profile == profile, _STATES.c.card_id.in_(chunk))
        )
    kept = [row for row in rows.values() if row is not None]
    if kept:
        connection.execute(insert(_STATES), kept)


# the columns of a schedule row never graded, in the order of :func:`never_graded`
NEVER_GRADED_COLUMNS = [
    "profile", "card_id", "deck", "retired", "repetitions", "easiness_centi",
    "interval", "suspended", "flagged", "rejected", "triaged",
]  # fmt: skip


def never_graded(profile: str, *, triaged: bool) -> Select[Any]:
    """A never-graded schedule row for ``profile`` of each card selected (add a ``where``),
    waiting in the inbox unless ``triaged``."""
    return select(
        literal(profile),
        _CARDS.c.id,
        _CARDS.c.deck,
        _CARDS.c.retired,
        literal(0),
        literal(NEW_EASINESS_CENTI),
        literal(0),
        false(),
        false(),
        false(),
        true() if triaged else false(),
    )


def ensure_states(connection: Connection, profile: str, ids: Sequence[int]) -> None:
    """Give the cards of ``ids`` that have no schedule row for ``profile`` a never-graded one."""
    for chunk in _chunks(ids):
        has_row = (
            select(_STATES.c.card_id)
            .where(_STATES.c.profile == profile, _STATES.c.card_id == _CARDS.c.id)
            .exists()
        )
        rows = never_graded(profile, triaged=True).where(_CARDS.c.id.in_(chunk), ~has_row)
        if connection.dialect.name == "postgresql":
            statement: Any = (
                postgres_insert(_STATES)
                .from_select(NEVER_GRADED_COLUMNS, rows)
                .on_conflict_do_nothing()
            )
        else:
            statement = insert(_STATES).from_select(NEVER_GRADED_COLUMNS, rows)
        connection.execute(statement)


def _change(
    connection: Connection,
    profile: str,
    ids: Sequence[int],
    needed: ColumnElement[bool],
    values: dict[str, Any],
) -> int:
    """Set ``values`` on the rows of ``ids`` where ``needed`` holds; how many changed."""
    changed = 0
    for chunk in _chunks(ids):
        result = connection.execute(
            update(_STATES)
            .where(_STATES.c.profile == profile, _STATES.c.card_id.in_(chunk), needed)
            .values(values)
        )
        changed += int(result.rowcount or 0)
    return changed


def suspend(connection: Connection, profile: str, ids: Sequence[int], on: bool) -> int:
    if on:
        ensure_states(connection, profile, ids)
    return _change(connection, profile, ids, _STATES.c.suspended.is_(not on), {"suspended": on})


def bury(connection: Connection, profile: str, ids: Sequence[int], today: date) -> int:
    """Set the cards aside until the day after ``today``."""
    ensure_states(connection, profile, ids)
    tomorrow = date.fromordinal(today.toordinal() + 1)
    not_buried = or_(_STATES.c.buried_until.is_(None), _STATES.c.buried_until <= today)
    return _change(connection, profile, ids, not_buried, {"buried_until": tomorrow})


def flag(connection: Connection, profile: str, ids: Sequence[int], on: bool) -> int:
    if on:
        ensure_states(connection, profile, ids)
    return _change(connection, profile, ids, _STATES.c.flagged.is_(not on), {"flagged": on})


def reject(
    connection: Connection, profile: str, ids: Sequence[int], on: bool, now: datetime
) -> int:
    """Reject the cards (``on``: never asked again) or restore them."""
    if on:
        ensure_states(connection, profile, ids)
    values: dict[str, Any] = {"rejected": on, "rejected_at": as_utc(now) if on else null()}
    return _change(connection, profile, ids, _STATES.c.rejected.is_(not on), values)


def reset(connection: Connection, profile: str, ids: Sequence[int]) -> int:
    """Forget the cards' schedules: they are new again (their review history stays)."""
    scheduled = or_(
        _STATES.c.due.is_not(None),
        _STATES.c.repetitions != 0,
        _STATES.c.interval != 0,
        _STATES.c.easiness_centi != NEW_EASINESS_CENTI,
        _STATES.c.buried_until.is_not(None),
    )
    values = {
        "repetitions": 0,
        "easiness_centi": NEW_EASINESS_CENTI,
        "interval": 0,
        "due": None,
        "buried_until": None,
    }
    return _change(connection, profile, ids, scheduled, values)


def accept(connection: Connection, profile: str, ids: Sequence[int]) -> int:
    """Take the cards out of the profile's inbox, into the new cards' queue."""
    return _change(connection, profile, ids, _STATES.c.triaged.is_(False), {"triaged": True})


def untriaged_of_note(connection: Connection, profile: str, card_id: int) -> list[int]:
    """The cards of ``card_id``'s note still in the profile's inbox (it included)."""
    note = connection.execute(
        select(_CARDS.c.root, _CARDS.c.source).where(_CARDS.c.id == card_id)
    ).first()
    if note is None:
        return []
    rows = connection.execute(
        select(_CARDS.c.id)
        .select_from(
            _CARDS.join(
                _STATES,
                and_(_STATES.c.card_id == _CARDS.c.id, _STATES.c.profile == profile),
            )
        )
        .where(
            _CARDS.c.root == note.root,
            _CARDS.c.source == note.source,
            _CARDS.c.retired.is_(False),
            _STATES.c.triaged.is_(False),
            _STATES.c.rejected.is_(False),
        )
    )
    return [int(card) for card in rows.scalars()]
