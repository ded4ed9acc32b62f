"""A database stocked with a few cards of two notes, and helpers to find them."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from pathlib import Path

from sqlalchemy import Connection

from notecards.core.day_plan import DayPlan
from notecards.storage import grading, listing, planning
from notecards.storage.db import Database
from notecards.sync import sync

TODAY = date(2026, 3, 1)
NOW = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def stock(database: Database, tmp_path: Path) -> Database:
    """Sync two notes of five cards (three in deck ``ml``) into ``database``."""
    notes = tmp_path / "notes"
    (notes / "ml").mkdir(parents=True)
    (notes / "ml" / "cnn.md").write_text(
        "- Stride: 필터의 보폭\n- Padding: 가장자리 채우기\n- Pooling: 크기 줄이기\n", "utf-8"
    )
    (notes / "math.md").write_text("- Supremum: 최소 상계\n- Infimum: 최대 하계\n", "utf-8")
    sync(database, [notes], now=NOW)
    return database


def card_id(database: Database, question: str) -> int:
    with database.reading() as connection:
        listed = next(
            item
            for item in listing.list_cards(connection, "alice", TODAY, include_all=True)
            if item.card.question == question
        )
        found = grading.card_id_of(connection, listed.card.key)
    assert found is not None
    return found


def summary(connection: Connection, profile: str, day: date) -> DayPlan:
    """What ``day`` holds for ``profile``, with no daily limit and nothing done that day."""
    start = datetime.combine(day, time(0), tzinfo=UTC)
    return planning.day_plan(
        connection, profile, day, start, new_per_day=10**6, reviews_per_day=10**6
    )
