"""The cards an export writes: active cards with where they came from and when they changed."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, select

from notecards.core.model import Card
from notecards.storage.listing import in_deck, not_rejected, not_suspended, with_state
from notecards.storage.repo import card_of
from notecards.storage.tables import CARDS as _CARDS


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
    """Active cards (of ``deck`` and the decks under it), without the profile's rejected
    ones, nor its suspended ones unless ``include_suspended``, in deck and note order."""
    joined = with_state(profile)
    query = (
        select(_CARDS)
        .select_from(joined)
        .where(_CARDS.c.retired.is_(False), not_rejected())
        .order_by(_CARDS.c.deck, _CARDS.c.root, _CARDS.c.source, _CARDS.c.line)
    )
    if deck is not None:
        query = query.where(in_deck(_CARDS.c.deck, deck))
    if not include_suspended:
        query = query.where(not_suspended())
    return [ExportCard(card_of(row), row.origin_key, row.root) for row in connection.execute(query)]


def deck_names(connection: Connection) -> list[str]:
    """The decks that hold active cards, sorted."""
    query = select(_CARDS.c.deck).where(_CARDS.c.retired.is_(False)).distinct()
    return sorted(str(name) for name in connection.execute(query).scalars())
