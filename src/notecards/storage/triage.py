"""Triage: a profile's new cards wait in an inbox until the profile accepts (or rejects) them.

The profile's choice (config ``triage = true``) is kept in the ``profiles`` table, because a
sync run by anyone sharing the database must hold the new cards for every profile that
chose it: each new card gets an untriaged schedule row for each such profile
(:func:`hold_new_cards`). Untriaged cards are never asked nor counted as new. Turning triage
off accepts every card still waiting, so that they join the new cards as before.
"""

from __future__ import annotations

from sqlalchemy import Connection, func, insert, select, update
from sqlalchemy.dialects.postgresql import insert as postgres_insert

from notecards.storage.marking import NEVER_GRADED_COLUMNS, never_graded
from notecards.storage.tables import CARDS as _CARDS
from notecards.storage.tables import PROFILES as _PROFILES
from notecards.storage.tables import STATES as _STATES

NEW_EASINESS_CENTI = 250


def triage_on(connection: Connection, profile: str) -> bool:
    found = connection.execute(
        select(_PROFILES.c.triage).where(_PROFILES.c.profile == profile)
    ).scalar()
    return bool(found)


def set_triage(connection: Connection, profile: str, on: bool) -> None:
    """Record the profile's choice; turning triage off accepts the cards still waiting."""
    if connection.dialect.name == "postgresql":  # two openings at once must not clash
        connection.execute(
            postgres_insert(_PROFILES)
            .values(profile=profile, triage=on)
            .on_conflict_do_update(index_elements=["profile"], set_={"triage": on})
        )
    else:  # SQLite: writers take turns, the row cannot appear in between
        updated = connection.execute(
            update(_PROFILES).where(_PROFILES.c.profile == profile).values(triage=on)
        )
        if not updated.rowcount:
            connection.execute(insert(_PROFILES).values(profile=profile, triage=on))
    if not on:
        connection.execute(
            update(_STATES)
            .where(_STATES.c.profile == profile, _STATES.c.triaged.is_(False))
            .values(triaged=True)
        )


def triaging_profiles(connection: Connection) -> list[str]:
    """The profiles whose new cards wait in an inbox."""
    query = select(_PROFILES.c.profile).where(_PROFILES.c.triage.is_(True))
    return sorted(str(name) for name in connection.execute(query).scalars())


def last_card_id(connection: Connection) -> int:
    """The largest card id so far (0: none); a sync's new cards come after it."""
    return int(connection.execute(select(func.coalesce(func.max(_CARDS.c.id), 0))).scalar_one())


def hold_new_cards(connection: Connection, after_id: int, profiles: list[str]) -> None:
    """Put the cards inserted after ``after_id`` in the inboxes of ``profiles``.

    Only a sync inserts cards, one sync at a time, so every card after ``after_id`` is new.
    """
    for profile in profiles:
        rows = never_graded(profile, triaged=False).where(_CARDS.c.id > after_id)
        connection.execute(insert(_STATES).from_select(NEVER_GRADED_COLUMNS, rows))
