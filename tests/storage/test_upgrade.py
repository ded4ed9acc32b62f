"""Migrations as upgrades of databases holding data, not only of empty ones.

Each ``tests/fixtures/databases/revision-NNNN.db`` was written by ``upgrade_fixture.py`` when
NNNN was the newest revision: cards, schedules and reviews of two profiles, a retired, a
suspended and a buried card. Opening one must bring it to the newest revision and keep every
row, on SQLite (the file itself) and on PostgreSQL (its rows loaded into a schema at NNNN).
"""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import MetaData, create_engine, select, text

from notecards.storage import db
from notecards.study import StudySession

from .loading import TABLES, load_into_postgres, revision_of
from .upgrade_fixture import FOLDER

FIXTURES = sorted(FOLDER.glob("revision-*.db"))
Rows = dict[str, list[tuple[Any, ...]]]


def test_there_is_a_fixture_for_the_newest_revision() -> None:
    """Adding a revision means adding its fixture (python -m tests.storage.upgrade_fixture),
    so that the revisions after it are tested as upgrades of a database holding data."""
    assert FOLDER / f"revision-{db.HEAD_REVISION}.db" in FIXTURES


def _plain(value: Any) -> Any:
    """A value as both databases give it back: times as naive UTC."""
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone(UTC).replace(tzinfo=None)
    return value


def _rows(url: str, columns: dict[str, list[str]]) -> Rows:
    """Every row of the tables, the given columns only, in primary key order."""
    engine = create_engine(url)
    metadata = MetaData()
    metadata.reflect(engine, only=list(TABLES))
    rows: Rows = {}
    with engine.connect() as connection:
        for name in TABLES:
            table = metadata.tables[name]
            query = select(*(table.c[column] for column in columns[name]))
            order = [table.c[column.name] for column in table.primary_key.columns]
            found = connection.execute(query.order_by(*order))
            rows[name] = [tuple(_plain(value) for value in row) for row in found]
    engine.dispose()
    return rows


def _columns(file: Path) -> dict[str, list[str]]:
    with sqlite3.connect(f"file:{file}?mode=ro", uri=True) as connection:
        found = {
            name: [str(row[1]) for row in connection.execute(f"PRAGMA table_info({name})")]
            for name in TABLES
        }
    connection.close()
    return found


@pytest.mark.parametrize("fixture", FIXTURES, ids=[path.stem for path in FIXTURES])
def test_opening_an_earlier_database_upgrades_it_and_keeps_every_row(
    fixture: Path, database_url: str, tmp_path: Path
) -> None:
    revision = revision_of(fixture)
    columns = _columns(fixture)
    before = _rows(f"sqlite:///file:{fixture}?mode=ro&uri=true", columns)
    assert all(before[name] for name in TABLES)  # every table holds data
    if database_url.startswith("sqlite"):
        shutil.copyfile(fixture, database_url.removeprefix("sqlite:///"))
    else:
        load_into_postgres(fixture, database_url, revision)
    database = db.open_database(database_url)  # upgrades, as any command does
    try:
        with database.reading() as connection:
            assert db.current_revision(connection) == db.HEAD_REVISION
        assert _rows(database_url, columns) == before
        # and it is usable: both profiles' schedules are there, and grading goes on
        bob = StudySession(database, "bob", clock=lambda: datetime(2026, 3, 24, 9, tzinfo=UTC))
        bob.start()
        assert bob.current is not None
        bob.reveal()
        bob.grade(4)
    finally:
        database.close()
    after = _rows(database_url, columns)
    assert len(after["reviews"]) == len(before["reviews"]) + 1
    assert after["cards"] == before["cards"]


def test_notes_stored_before_extractor_versions_were_kept_are_version_1(
    database_url: str,
) -> None:
    """Revision 0003: each note keeps the version of the rules its cards came from; notes
    synced before it were extracted by the first rules, and are read again by a sync."""
    fixture = FOLDER / "revision-0002.db"
    if database_url.startswith("sqlite"):
        shutil.copyfile(fixture, database_url.removeprefix("sqlite:///"))
    else:
        load_into_postgres(fixture, database_url, "0002")
    db.open_database(database_url).close()
    engine = create_engine(database_url)
    with engine.connect() as connection:
        versions = connection.execute(text("SELECT extractor_version FROM sources")).all()
    engine.dispose()
    assert len(versions) == 4 and {version for (version,) in versions} == {1}


def test_schedules_stored_before_browsing_are_triaged_and_the_cards_searchable(
    database_url: str,
) -> None:
    """Revision 0004: earlier schedules are neither flagged nor rejected, and triaged (they
    never waited in an inbox); the search index holds every card stored before."""
    from notecards.browsing import BrowseQuery, Browser

    fixture = FOLDER / "revision-0003.db"
    if database_url.startswith("sqlite"):
        shutil.copyfile(fixture, database_url.removeprefix("sqlite:///"))
    else:
        load_into_postgres(fixture, database_url, "0003")
    database = db.open_database(database_url)
    try:
        with database.reading() as connection:
            marks = connection.execute(
                text("SELECT DISTINCT flagged, rejected, triaged FROM card_states")
            ).all()
        assert [tuple(map(bool, row)) for row in marks] == [(False, False, True)]
        alice = Browser(database, "alice")
        assert {row.question for row in alice.search(BrowseQuery(text="가장자리"))} == {"Padding"}
        assert {row.source for row in alice.search(BrowseQuery(text="analysis"))} == {
            "math/analysis.md"
        }
    finally:
        database.close()


def test_search_tables_stored_before_0006_leave_merging_to_the_sync(tmp_path: Path) -> None:
    """Revision 0006: the search tables of an earlier database no longer merge inside the
    transactions that write cards (the sync merges them: notecards.storage.search_merging)."""
    file = tmp_path / "notecards.db"
    shutil.copyfile(FOLDER / "revision-0005.db", file)
    with sqlite3.connect(file) as before:
        assert (
            before.execute("SELECT v FROM cards_search_config WHERE k = 'automerge'").fetchall()
            == []
        )
    before.close()
    db.open_database(f"sqlite:///{file}").close()
    with sqlite3.connect(file) as after:
        for table in ("cards_search", "cards_words"):
            found = after.execute(f"SELECT v FROM {table}_config WHERE k = 'automerge'").fetchall()
            assert found == [(0,)], table
    after.close()
