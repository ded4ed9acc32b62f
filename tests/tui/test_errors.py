"""The screens' error boundary: a database failure ends the app with one line and status 1.

Faults are injected into real databases (SQLite and PostgreSQL): triggers that make a grade's
review-log insert fail as the server would, a read-only connection, a table gone from under
the decks screen, a background sync whose inserts fail. A busy database is the one failure a
screen rides out: it says so and the grade can be given again.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from notecards.redact import display_url
from notecards.storage import grading
from notecards.storage.db import Database, open_database
from notecards.study import StudySession
from notecards.sync import sync
from notecards.tui.app import NotecardsApp
from notecards.tui.screens.review import ReviewScreen

from .conftest import NOW, Clock, make_app, on


def shown(url: str) -> str:
    return url.removeprefix("sqlite:///") if url.startswith("sqlite") else display_url(url)


def execute(database: Database, *statements: str) -> None:
    with database.transaction() as connection:
        for statement in statements:
            connection.exec_driver_sql(statement)


def fail_inserts(database: Database, table: str) -> None:
    """Make every insert into ``table`` fail: a constraint on SQLite, a duplicate key
    (IntegrityError, as two sessions' colliding inserts were) on PostgreSQL."""
    if database.engine.dialect.name == "sqlite":
        execute(
            database,
            f"CREATE TRIGGER injected BEFORE INSERT ON {table} "
            "BEGIN SELECT RAISE(ABORT, 'injected failure'); END",
        )
        return
    execute(
        database,
        "CREATE FUNCTION injected() RETURNS trigger AS $$ BEGIN "
        "RAISE EXCEPTION 'injected failure' USING ERRCODE = '23505'; END $$ LANGUAGE plpgsql",
        f"CREATE TRIGGER injected BEFORE INSERT ON {table} "
        "FOR EACH ROW EXECUTE FUNCTION injected()",
    )


@pytest.fixture
def stocked(database_url: str, notes: Path) -> Iterator[Database]:
    database = open_database(database_url)
    sync(database, [notes], now=NOW)
    yield database
    database.close()


def studying(database: Database, notes: Path) -> StudySession:
    return StudySession(database, "alice", clock=Clock(), notes=[notes])


def reviews(database: Database) -> int:
    with database.reading() as connection:
        return grading.review_count(connection, "alice")


async def ended(app: NotecardsApp, line: str) -> None:
    assert app.failure == line
    assert app.return_code == 1
    assert app._exit  # the app is ending: no screen goes on over a failed database


async def test_a_failed_grade_ends_the_screens_with_one_line(
    stocked: Database, notes: Path
) -> None:
    fail_inserts(stocked, "reviews")
    app = make_app(studying(stocked, notes), first_screen="review")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("space", "4")
        await pilot.pause()
        await ended(app, f"database error in {shown(stocked.url)}: injected failure")
    assert reviews(stocked) == 0


async def test_a_grade_on_a_read_only_database_ends_with_what_to_do(
    database_url: str, notes: Path
) -> None:
    writable = open_database(database_url)
    sync(writable, [notes], now=NOW)
    writable.close()
    if database_url.startswith("sqlite"):
        file = database_url.removeprefix("sqlite:///")
        url = f"sqlite:///file:{file}?mode=ro&uri=true"
        detail = "attempt to write a readonly database"
        what_to_do = "check the permissions of the file and of its folder"
    else:
        url = f"{database_url}%20-cdefault_transaction_read_only%3Don"
        detail = "cannot execute UPDATE in a read-only transaction"
        what_to_do = "ask for write access, or use another database"
    database = open_database(url)
    app = make_app(studying(database, notes), first_screen="review")
    try:
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.press("space", "4")
            await pilot.pause()
            await ended(
                app,
                f"cannot write to the database {display_url(url)}: it is read-only "
                f"({detail}); {what_to_do}",
            )
    finally:
        database.close()


async def test_the_decks_screen_ends_cleanly_when_its_counts_cannot_be_read(
    stocked: Database, notes: Path
) -> None:
    execute(stocked, "DROP TABLE card_states")
    detail = (
        "no such table: card_states"
        if stocked.engine.dialect.name == "sqlite"
        else 'relation "card_states" does not exist'
    )
    app = make_app(studying(stocked, notes))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await ended(app, f"database error in {shown(stocked.url)}: {detail}")


async def test_a_failed_background_sync_ends_cleanly(stocked: Database, notes: Path) -> None:
    (notes / "ml" / "more.md").write_text("- Anchor box: 미리 정한 box 모양\n", "utf-8")
    fail_inserts(stocked, "cards")
    app = make_app(studying(stocked, notes), sync_on_start=True)
    async with app.run_test(size=(100, 30)):
        for _ in range(400):  # the sync runs in a thread
            if app.failure is not None:
                break
            await asyncio.sleep(0.025)
        await ended(app, f"database error in {shown(stocked.url)}: injected failure")


async def test_a_busy_database_lets_the_grade_be_given_again(
    tmp_path: Path, notes: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("notecards.storage.db.SQLITE_BUSY_TIMEOUT_MS", 100)
    file = tmp_path / "busy.db"
    database = open_database(f"sqlite:///{file}")
    sync(database, [notes], now=NOW)
    app = make_app(studying(database, notes), first_screen="review")
    try:
        async with app.run_test(size=(100, 30)) as pilot:
            holder = sqlite3.connect(file, isolation_level=None)
            holder.execute("BEGIN IMMEDIATE")  # another program writing
            await pilot.press("space", "4")
            await pilot.pause()
            assert app.failure is None
            assert on(app, ReviewScreen)
            (message,) = [note.message for note in app._notifications]
            assert message == (
                f"Not graded: the database {file} is busy (another program is writing to it): "
                "try again in a moment"
            )
            holder.rollback()
            holder.close()
            await pilot.press("4")
            await pilot.pause()
        assert reviews(database) == 1
    finally:
        database.close()


async def test_a_grade_is_never_written_into_a_damaged_file(tmp_path: Path, notes: Path) -> None:
    from tests.test_damaged_database import damage, digest

    file = tmp_path / "damaged.db"
    database = open_database(f"sqlite:///{file}")
    sync(database, [notes], now=NOW)
    database.close()
    damage(file, "sources")  # a page the review does not read
    before = digest(file)
    database = open_database(f"sqlite:///{file}")
    app = make_app(studying(database, notes), first_screen="review")
    try:
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.press("space", "4")
            await pilot.pause()
            assert app.failure is not None
            assert app.failure.startswith(f"the database {file} is damaged (quick_check: ")
            assert app.failure.endswith(
                "): restore a backup of it, or move it aside and sync again to start afresh"
            )
            assert app.return_code == 1
    finally:
        database.close()
    assert digest(file) == before
