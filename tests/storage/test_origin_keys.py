"""A card's origin key (its identity for good) is never another card's, old databases too."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
import sqlalchemy
from sqlalchemy import text

from notecards.storage import db


def _card(key: str, origin: str) -> dict[str, object]:
    now = datetime(2026, 3, 1, tzinfo=UTC)
    return {
        "key": key, "origin_key": origin, "base_key": key, "deck": "d", "kind": "basic",
        "question": key, "answer": "a", "context": "", "tags": "", "root": "/notes",
        "source": "n.md", "line": 1, "retired": False, "retired_at": None,
        "created_at": now, "updated_at": now,
    }  # fmt: skip


def test_upgrading_gives_a_card_whose_origin_another_holds_a_new_one(database_url: str) -> None:
    """Before the fix, a question's old text could come back as a new card that took the
    edited card's origin key: the older card keeps it, the younger gets a new one."""
    database = db.open_database(database_url, migrate=False)
    try:
        db.upgrade(database, "0001")
        insert = text(
            "INSERT INTO cards (key, origin_key, base_key, deck, kind, question, answer, "
            "context, tags, root, source, line, retired, retired_at, created_at, updated_at) "
            "VALUES (:key, :origin_key, :base_key, :deck, :kind, :question, :answer, :context, "
            ":tags, :root, :source, :line, :retired, :retired_at, :created_at, :updated_at)"
        )
        with database.transaction() as connection:
            for key, origin in (
                ("k-fixed", "k-typo"),  # edited: a typo fixed
                ("k-typo", "k-typo"),  # the typo's text back, as a new card
                ("k-edited-twice", "k-typo"),  # a third claim on the same origin
                ("k-plain", "k-plain"),
            ):
                connection.execute(insert, _card(key, origin))
        db.upgrade(database)
        with database.reading() as connection:
            rows = {
                str(key): str(origin)
                for key, origin in connection.execute(text("SELECT key, origin_key FROM cards"))
            }
            assert db.current_revision(connection) == db.HEAD_REVISION
        assert rows["k-fixed"] == "k-typo"  # the first card keeps its identity (and GUID)
        assert rows["k-plain"] == "k-plain"
        assert len(set(rows.values())) == 4
        with pytest.raises(sqlalchemy.exc.IntegrityError), database.transaction() as connection:
            connection.execute(insert, _card("k-other", "k-typo"))
    finally:
        database.close()
