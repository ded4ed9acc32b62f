"""A card's origin key is its identity for good: no two cards share one.

Before, a key freed by an edit (a question's typo fixed) could be taken by a new card (the
old text written again), which then shared the edited card's origin key: one id for two
cards in ``notecards cards --json`` and one GUID for two notes in Anki. The older card keeps
the origin key, the younger ones get a new one; a unique index over the origin keys of
edited cards (the others equal their unique key) keeps it so.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01
"""

from __future__ import annotations

import hashlib

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

EDITED = sa.text("key <> origin_key")


def _fresh(origin: str, card_id: int) -> str:
    return hashlib.blake2b(f"{origin}\x1f{card_id}".encode(), digest_size=8).hexdigest()


def upgrade() -> None:
    connection = op.get_bind()
    edited = connection.execute(
        sa.text("SELECT id, origin_key FROM cards WHERE key <> origin_key")
    ).all()
    origins = sorted({str(origin) for _, origin in edited})
    holders: dict[str, list[int]] = {}
    for start in range(0, len(origins), 500):
        chunk = origins[start : start + 500]
        rows = connection.execute(
            sa.text("SELECT id, origin_key FROM cards WHERE origin_key IN :origins").bindparams(
                sa.bindparam("origins", expanding=True)
            ),
            {"origins": chunk},
        )
        for card_id, origin in rows:
            holders.setdefault(str(origin), []).append(int(card_id))
    for origin, ids in holders.items():
        for card_id in sorted(ids)[1:]:  # the oldest card keeps it
            connection.execute(
                sa.text("UPDATE cards SET origin_key = :fresh WHERE id = :id"),
                {"fresh": _fresh(origin, card_id), "id": card_id},
            )
    op.create_index(
        "uq_cards_edited_origin",
        "cards",
        ["origin_key"],
        unique=True,
        sqlite_where=EDITED,
        postgresql_where=EDITED,
    )


def downgrade() -> None:
    op.drop_index("uq_cards_edited_origin", table_name="cards")
