"""Each note remembers the version of the extraction rules its cards came from.

When the rules change (a subject added to a facet word, a section number dropped), sync
reads every note extracted by an earlier version again, even when its text is unchanged,
and carries each card over to the card the note now makes in the same place. Notes stored
before this revision were extracted by the first rules: version 1.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-20
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "sources",
        sa.Column("extractor_version", sa.SmallInteger(), nullable=False, server_default="1"),
    )


def downgrade() -> None:
    with op.batch_alter_table("sources") as batch:
        batch.drop_column("extractor_version")
