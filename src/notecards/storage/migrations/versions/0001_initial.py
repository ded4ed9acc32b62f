"""The first schema: sources, cards, per-profile card states and reviews.

Revision ID: 0001
Revises:
Create Date: 2026-11-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sources",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("root", sa.Text(), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("mtime_ns", sa.BigInteger(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("synced_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sources")),
        sa.UniqueConstraint("root", "path", name=op.f("uq_sources_root_path")),
    )
    op.create_table(
        "cards",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=32), nullable=False),
        sa.Column("origin_key", sa.String(length=32), nullable=False),
        sa.Column("base_key", sa.String(length=32), nullable=False),
        sa.Column("deck", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("context", sa.Text(), nullable=False),
        sa.Column("tags", sa.Text(), nullable=False),
        sa.Column("root", sa.Text(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("line", sa.Integer(), nullable=False),
        sa.Column("retired", sa.Boolean(), nullable=False),
        sa.Column("retired_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cards")),
    )
    op.create_index("uq_cards_key", "cards", ["key"], unique=True)
    op.create_index("ix_cards_active_deck", "cards", ["retired", "deck"])
    op.create_index("ix_cards_root_source", "cards", ["root", "source"])
    op.create_table(
        "card_states",
        sa.Column("profile", sa.String(length=128), nullable=False),
        sa.Column("card_id", sa.Integer(), nullable=False),
        sa.Column("deck", sa.Text(), nullable=False),
        sa.Column("retired", sa.Boolean(), nullable=False),
        sa.Column("repetitions", sa.Integer(), nullable=False),
        sa.Column("easiness_centi", sa.SmallInteger(), nullable=False),
        sa.Column("interval", sa.Integer(), nullable=False),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("suspended", sa.Boolean(), nullable=False),
        sa.Column("buried_until", sa.Date(), nullable=True),
        sa.Column("last_reviewed_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["card_id"],
            ["cards.id"],
            name=op.f("fk_card_states_card_id_cards"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("profile", "card_id", name=op.f("pk_card_states")),
    )
    op.create_index(
        "ix_card_states_due",
        "card_states",
        ["profile", "due", "deck", "suspended", "buried_until", "retired"],
    )
    op.create_index(
        "ix_card_states_deck",
        "card_states",
        ["profile", "deck", "retired", "due", "suspended", "buried_until"],
    )
    op.create_index("ix_card_states_card", "card_states", ["card_id"])
    op.create_table(
        "reviews",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            nullable=False,
        ),
        sa.Column("profile", sa.String(length=128), nullable=False),
        sa.Column("card_id", sa.Integer(), nullable=False),
        sa.Column("reviewed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("quality", sa.SmallInteger(), nullable=False),
        sa.Column("duration_ms", sa.Integer(), nullable=False),
        sa.Column("before_repetitions", sa.Integer(), nullable=True),
        sa.Column("before_easiness_centi", sa.SmallInteger(), nullable=True),
        sa.Column("before_interval", sa.Integer(), nullable=True),
        sa.Column("before_due", sa.Date(), nullable=True),
        sa.Column("after_repetitions", sa.Integer(), nullable=False),
        sa.Column("after_easiness_centi", sa.SmallInteger(), nullable=False),
        sa.Column("after_interval", sa.Integer(), nullable=False),
        sa.Column("after_due", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["card_id"],
            ["cards.id"],
            name=op.f("fk_reviews_card_id_cards"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reviews")),
    )
    op.create_index("ix_reviews_profile_reviewed_at", "reviews", ["profile", "reviewed_at"])
    op.create_index("ix_reviews_profile_card", "reviews", ["profile", "card_id"])


def downgrade() -> None:
    op.drop_table("reviews")
    op.drop_table("card_states")
    op.drop_table("cards")
    op.drop_table("sources")
