"""Opening databases: creation, SQLite settings, migrations, and secrets kept out of output."""

from __future__ import annotations

import stat
import time
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from notecards.storage import db
from notecards.storage.tables import Base, modelled
from tests.conftest import postgres_base_url


def test_sqlite_file_is_private_and_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "notecards.db"
    database = db.open_database(f"sqlite:///{path}")
    try:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        with database.reading() as connection:
            assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert connection.execute(text("PRAGMA busy_timeout")).scalar() == 10_000
    finally:
        database.close()


def test_default_location_is_the_user_data_folder(isolated_user_folders: Path) -> None:
    from notecards import config

    url = config.load().database_url
    assert url == f"sqlite:///{isolated_user_folders / 'data' / 'notecards' / 'notecards.db'}"


def test_schema_matches_the_models(database: db.Database) -> None:
    with database.reading() as connection:
        context = MigrationContext.configure(connection, opts={"include_name": modelled})
        assert compare_metadata(context, Base.metadata) == []
        assert db.current_revision(connection) == db.HEAD_REVISION


def test_opening_again_does_not_migrate_again(database_url: str) -> None:
    first = db.open_database(database_url)
    with first.transaction() as connection:
        connection.execute(text("CREATE TABLE marker (x INTEGER)"))
    first.close()
    second = db.open_database(database_url)  # a re-run of the migration would fail or drop
    with second.reading() as connection:
        assert connection.execute(text("SELECT count(*) FROM marker")).scalar() == 0
    second.close()


def test_passwords_never_show() -> None:
    # storage's messages use the one scrubber, notecards.redact (see tests/test_redact.py)
    from notecards.redact import display_url, hide_passwords

    url = "postgresql+psycopg://alice:s3cret-pw@db.example:5432/notes"
    assert "s3cret-pw" not in display_url(url)
    assert display_url(url) == "postgresql+psycopg://alice:***@db.example:5432/notes"
    assert hide_passwords("connection to alice:s3cret-pw failed", url) == (
        "connection to alice:*** failed"
    )


def test_a_wrong_password_is_reported_without_it() -> None:
    base = postgres_base_url()
    from sqlalchemy.engine import make_url

    wrong = make_url(base).set(password="not-the-password-42").render_as_string(False)
    with pytest.raises(db.DatabaseError) as caught:
        db.open_database(wrong)
    assert "not-the-password-42" not in str(caught.value)
    assert "***" in str(caught.value)


def test_an_unreachable_server_is_a_clean_error() -> None:
    with pytest.raises(db.DatabaseError, match="cannot open postgresql"):
        db.open_database("postgresql+psycopg://nobody:pw@127.0.0.1:1/none?connect_timeout=2")


def test_a_bad_url_is_a_clean_error() -> None:
    with pytest.raises(db.DatabaseError, match="cannot open"):
        db.open_database("not a url at all")


def test_reads_never_take_the_write_lock_after_a_write(tmp_path: Path) -> None:
    """A pooled connection that wrote once must read without BEGIN IMMEDIATE afterwards:
    otherwise a read waits on (or deadlocks with) a sync writing in another thread."""
    import threading

    database = db.open_database(f"sqlite:///{tmp_path / 'locks.db'}")
    with database.transaction() as connection:
        connection.exec_driver_sql("SELECT 1")
    writing = threading.Event()
    release = threading.Event()

    def writer() -> None:
        other = db.open_database(database.url)
        with other.transaction() as connection:
            connection.exec_driver_sql("DELETE FROM sources")
            writing.set()
            release.wait(30)
        other.close()

    thread = threading.Thread(target=writer)
    thread.start()
    assert writing.wait(30)
    started = time.monotonic()
    with database.reading() as connection:  # the same pooled connection that wrote before
        assert connection.exec_driver_sql("SELECT count(*) FROM cards").scalar() == 0
    assert time.monotonic() - started < 1
    release.set()
    thread.join()
    database.close()
