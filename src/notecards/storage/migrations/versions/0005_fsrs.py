"""FSRS beside SM-2: each card's FSRS memory, and each profile's scheduler and fitted parameters.

``card_states`` gains ``stability`` and ``difficulty`` (None while SM-2 schedules the
profile); ``profile_schedulers`` records which scheduler the profile's schedules were
computed with and the FSRS-6 parameters fitted to its reviews. Existing schedules are SM-2's.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("card_states", sa.Column("stability", sa.Float(), nullable=True))
    op.add_column("card_states", sa.Column("difficulty", sa.Float(), nullable=True))
    op.create_table(
        "profile_schedulers",
        sa.Column("profile", sa.String(length=128), nullable=False),
        sa.Column("scheduled_by", sa.Text(), nullable=True),
        sa.Column("parameters", sa.Text(), nullable=True),
        sa.Column("fitted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("fitted_reviews", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("profile", name=op.f("pk_profile_schedulers")),
    )


def downgrade() -> None:
    op.drop_table("profile_schedulers")
    with op.batch_alter_table("card_states") as batch:
        batch.drop_column("difficulty")
        batch.drop_column("stability")
