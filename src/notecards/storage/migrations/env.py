"""Alembic environment: migrations run on the connection notecards hands over."""

from __future__ import annotations

from alembic import context

from notecards.storage.tables import Base, modelled

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - notecards always passes its connection
    raise RuntimeError("notecards runs its migrations itself: see notecards.storage.db")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    include_name=modelled,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
