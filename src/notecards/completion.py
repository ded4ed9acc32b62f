"""Shell completion of deck names (``--deck``), from the database in effect.

Completion runs inside the user's shell on every Tab, so it must be quick and silent: any
problem (no database yet, a bad URL, a locked file) completes nothing rather than printing.
"""

from __future__ import annotations

from pathlib import Path

import typer


def complete_deck(ctx: typer.Context, incomplete: str) -> list[str]:
    """Deck names (parents included) starting with ``incomplete``."""
    params = ctx.params or {}
    try:
        from sqlalchemy import select
        from sqlalchemy.engine import make_url

        from notecards import config
        from notecards.storage.db import open_database
        from notecards.storage.tables import CARDS

        settings = config.load(database=params.get("database"), profile=params.get("profile"))
        url = make_url(settings.database_url)
        if url.drivername.startswith("sqlite") and not Path(url.database or "").is_file():
            return []  # never create a database by pressing Tab
        database = open_database(settings.database_url, migrate=False)
        try:
            with database.reading() as connection:
                stored = connection.execute(
                    select(CARDS.c.deck).where(CARDS.c.retired.is_(False)).distinct()
                ).scalars()
                decks = {
                    "::".join(parts[:depth])
                    for parts in (str(deck).split("::") for deck in stored)
                    for depth in range(1, len(parts) + 1)
                }
        finally:
            database.close()
    except Exception:  # completion never fails loudly
        return []
    return sorted(deck for deck in decks if deck.startswith(incomplete))
