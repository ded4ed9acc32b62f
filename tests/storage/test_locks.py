"""Locks between processes: turns at SQLite's write lock, and one sync at a time."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from notecards.storage import db
from notecards.storage.db import open_database
from notecards.storage.locks import sync_lock


def test_a_writer_gets_in_between_a_run_of_yielding_transactions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A sync's short transactions follow one another with hardly a gap; SQLite alone
    would let a grade retry only now and then, and refuse it after the busy timeout."""
    monkeypatch.setattr(db, "SQLITE_BUSY_TIMEOUT_MS", 1000)
    url = f"sqlite:///{tmp_path / 'notecards.db'}"
    syncing = open_database(url, migrate=False)
    with syncing.transaction() as connection:
        connection.execute(text("CREATE TABLE t (x INTEGER)"))
    stop = threading.Event()

    def run_of_transactions() -> None:
        while not stop.is_set():
            with syncing.transaction(yielding=True) as connection:
                connection.execute(text("INSERT INTO t VALUES (1)"))
                time.sleep(0.02)

    thread = threading.Thread(target=run_of_transactions)
    thread.start()
    grading = open_database(url, migrate=False)
    try:
        time.sleep(0.1)
        for _ in range(10):
            with grading.transaction() as connection:
                connection.execute(text("INSERT INTO t VALUES (2)"))
            time.sleep(0.01)
    finally:
        stop.set()
        thread.join(10)
        grading.close()
    with syncing.reading() as connection:
        assert connection.execute(text("SELECT count(*) FROM t WHERE x = 2")).scalar() == 10
    syncing.close()


def test_one_sync_at_a_time(database_url: str) -> None:
    database = open_database(database_url)
    order: list[str] = []

    def second() -> None:
        with sync_lock(database.engine):
            order.append("second")

    try:
        with sync_lock(database.engine):
            waiting = threading.Thread(target=second)
            waiting.start()
            time.sleep(0.3)
            order.append("first")
        waiting.join(10)
    finally:
        database.close()
    assert order == ["first", "second"]


def test_a_sync_waits_for_another_only_so_long(
    database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from notecards.storage import locks

    monkeypatch.setattr(locks, "SYNC_WAIT_SECONDS", 0.3)
    database = open_database(database_url)
    try:
        with sync_lock(database.engine):
            waiting: list[BaseException] = []

            def second() -> None:
                try:
                    with sync_lock(database.engine):
                        pass
                except BaseException as error:
                    waiting.append(error)

            thread = threading.Thread(target=second)
            thread.start()
            thread.join(10)
        assert [type(error) for error in waiting] == [db.DatabaseError]
        assert "another sync of this database is running" in str(waiting[0])
    finally:
        database.close()
