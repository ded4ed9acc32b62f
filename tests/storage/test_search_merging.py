"""SQLite's search index merged in short steps of the sync's, never inside a write batch."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Connection

from notecards import sync as sync_module
from notecards.browsing import BrowseQuery, Browser
from notecards.storage import repo
from notecards.storage.db import Database, open_database
from notecards.storage.search_merging import merge_all, merge_step, search_tables
from notecards.storage.tables import SEARCH_TABLES
from notecards.sync import sync
from tests.conftest import cards_of

NOW = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def sqlite(tmp_path: Path) -> Iterator[Database]:
    database = open_database(f"sqlite:///{tmp_path / 'notecards.db'}")
    try:
        yield database
    finally:
        database.close()


def _write_one_card_per_transaction(database: Database, count: int) -> None:
    """``count`` cards, each written in a transaction of its own: one index segment each."""
    for number in range(count):
        card = cards_of(f"- Term{number}: 설명 {number}번째 뜻\n", f"note{number}.md")[0]
        placement = (repo.records_of([card])[0], card.key, card.key, "/notes")
        with database.transaction() as connection:
            repo.insert_cards(connection, [placement], NOW)


def _anything_to_merge(database: Database) -> bool:
    with database.transaction() as connection:
        return any(merge_step(connection, table) for table in search_tables(connection))


def test_the_search_tables_leave_merging_to_the_sync(sqlite: Database) -> None:
    """Migration 0006: FTS5 never merges inside the transaction that wrote the cards."""
    with sqlite.reading() as connection:
        tables = search_tables(connection)
        assert tables == SEARCH_TABLES
        for table in tables:
            setting = connection.exec_driver_sql(
                f"SELECT v FROM {table}_config WHERE k = 'automerge'"
            ).scalar()
            assert setting == 0, table


def test_written_cards_pile_up_segments_that_merge_all_merges_step_by_step(
    sqlite: Database,
) -> None:
    _write_one_card_per_transaction(sqlite, 12)
    assert _anything_to_merge(sqlite)  # left to itself, nothing merges them
    opened: list[int] = []

    @contextmanager
    def counted() -> Iterator[Connection]:
        opened.append(1)
        with sqlite.transaction() as connection:
            yield connection

    with sqlite.reading() as connection:
        tables = search_tables(connection)
    worked = merge_all(counted, tables)
    assert worked >= 1
    # every step that worked had a transaction of its own, and one per table found no work
    assert len(opened) == worked + len(tables)
    assert not _anything_to_merge(sqlite)
    with sqlite.transaction() as connection:
        for table in tables:  # raises if the merged index lost or garbled a card
            connection.exec_driver_sql(f"INSERT INTO {table}({table}) VALUES ('integrity-check')")
        assert _matches(connection, "cards_search", "Ter") == 12
        assert _matches(connection, "cards_words", "설명") == 12


def _matches(connection: Connection, table: str, query: str) -> int:
    found = connection.exec_driver_sql(
        f"SELECT count(*) FROM {table} WHERE {table} MATCH ?", (query,)
    )
    return int(found.scalar_one())


def test_a_sync_in_many_batches_leaves_the_index_merged_and_searchable(
    sqlite: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    notes = tmp_path / "notes"
    notes.mkdir()
    for number in range(40):
        (notes / f"n{number}.md").write_text(
            f"- Alpha{number}: 첫째 뜻 {number}\n- Beta{number}: 둘째 뜻 {number}\n", "utf-8"
        )
    _write_one_card_per_transaction(sqlite, 1)  # cards stored: no first fill in one go
    monkeypatch.setattr(sync_module, "_WRITE_BATCH", 4)
    monkeypatch.setattr(sync_module, "_HOLD_SECONDS", None)
    report = sync(sqlite, [notes], now=NOW, jobs=1)
    assert report.cards_new == 80
    assert not _anything_to_merge(sqlite)
    assert len(Browser(sqlite, "alice").search(BrowseQuery(text="둘째"))) == 40


def test_postgresql_has_no_search_tables_to_merge(database: Database) -> None:
    with database.reading() as connection:
        expected = SEARCH_TABLES if connection.dialect.name == "sqlite" else ()
        assert search_tables(connection) == expected
