"""The cards an export writes: active cards with where they came from and when they changed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

from sqlalchemy import Connection, Table, and_, or_, select

from notecards.core.model import Card
from notecards.storage.repo import card_of, in_deck
from notecards.storage.tables import Card as CardRow
from notecards.storage.tables import CardState as StateRow

_CARDS = cast(Table, CardRow.__table__)
_STATES = cast(Table, StateRow.__table__)


@dataclass(frozen=True, slots=True)
class ExportCard:
    card: Card
    origin_key: str  # the card's identity for good: its key when first stored
    root: str  # the notes folder its source path is relative to


def cards_for_export(
    connection: Connection,
    profile: str,
    *,
    deck: str | None = None,
    include_suspended: bool = False,
) -> list[ExportCard]:
    """Active cards (of ``deck`` and the decks under it), without the profile's suspended ones
    unless ``include_suspended``, in deck and note order."""
    joined = _CARDS.outerjoin(
        _STATES, and_(_STATES.c.card_id == _CARDS.c.id, _STATES.c.profile == profile)
    )
    query = (
        select(_CARDS)
        .select_from(joined)
        .where(_CARDS.c.retired.is_(False))
        .order_by(_CARDS.c.deck, _CARDS.c.root, _CARDS.c.source, _CARDS.c.line)
    )
    if deck is not None:
        query = query.where(in_deck(_CARDS.c.deck, deck))
    if not include_suspended:
        query = query.where(or_(_STATES.c.suspended.is_(None), _STATES.c.suspended.is_(False)))
    return [ExportCard(card_of(row), row.origin_key, row.root) for row in connection.execute(query)]
