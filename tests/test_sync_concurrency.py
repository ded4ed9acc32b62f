"""Sync beside other work: grades stored while it runs, a second sync, a sync cut short."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import sqlalchemy

from notecards.storage import db, grading, listing
from notecards.storage.db import Database, open_database
from notecards.sync import SyncReport, sync
from notecards.syncing import writing
from tests.conftest import postgres_schema, synced_state

TODAY = date(2026, 3, 1)
NOW = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def write_notes(root: Path, first: int, count: int, answer: str = "정의") -> None:
    for number in range(first, first + count):
        path = root / f"topic{number % 7}" / f"n{number:03}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(
            f"## Topic {number}\n- Term {number}: {answer} {number}\n- Other {number}: more\n",
            "utf-8",
        )


def card_id(database: Database, question: str) -> int:
    with database.reading() as connection:
        for item in listing.list_cards(connection, "me", TODAY, include_all=True):
            if item.card.question == question:
                found = grading.card_id_of(connection, item.card.key)
                assert found is not None
                return found
    raise AssertionError(question)


@pytest.fixture
def other_url(database_url: str, tmp_path: Path) -> Iterator[str]:
    """A second, empty database of the same kind as ``database_url``."""
    if database_url.startswith("sqlite"):
        yield f"sqlite:///{tmp_path / 'other.db'}"
        return
    with postgres_schema() as url:
        yield url


def test_a_grade_is_stored_while_a_sync_is_running(
    database: Database, database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    notes = tmp_path / "notes"
    write_notes(notes, 0, 1)
    sync(database, [notes], now=NOW)
    write_notes(notes, 1, 60)
    paused, resume = threading.Event(), threading.Event()

    def progress(_phase: str, done: int, _total: int) -> None:
        if done == 30:  # half-way through reading the notes
            paused.set()
            resume.wait(60)

    reports: list[SyncReport] = []
    running = threading.Thread(
        target=lambda: reports.append(sync(database, [notes], progress=progress, jobs=1))
    )
    running.start()
    monkeypatch.setattr(db, "SQLITE_BUSY_TIMEOUT_MS", 2000)  # fail fast if the grade waits
    grader = open_database(database_url)
    try:
        assert paused.wait(60)
        graded = card_id(grader, "Term 0")
        with grader.transaction() as connection:
            grading.record_grade(connection, "me", graded, 5, when=NOW, today=TODAY)
    finally:
        resume.set()
        running.join(60)
        grader.close()
    assert reports and reports[0].cards_new == 120
    with database.reading() as connection:
        assert grading.review_count(connection, "me", graded) == 1


def test_two_syncs_at_once_make_every_card_once(database: Database, tmp_path: Path) -> None:
    notes = tmp_path / "notes"
    write_notes(notes, 0, 1)
    sync(database, [notes], now=NOW)
    write_notes(notes, 1, 80)
    reports: list[SyncReport] = []
    errors: list[BaseException] = []

    def run() -> None:
        try:
            reports.append(sync(database, [notes], now=NOW, jobs=1))
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert not errors
    assert sorted(report.cards_new for report in reports) == [0, 160]
    with database.reading() as connection:
        listed = listing.list_cards(connection, "me", TODAY, include_all=True)
    assert len(listed) == 162 == len({item.card.question for item in listed})


def _history(database: Database) -> dict[str, int]:
    with database.reading() as connection:
        return {
            str(question): int(count)
            for question, count in connection.execute(
                sqlalchemy.text(
                    "SELECT c.question, count(*) FROM reviews r JOIN cards c ON c.id = r.card_id "
                    "GROUP BY c.question"
                )
            )
        }


def test_a_sync_cut_short_leaves_what_the_next_sync_completes(
    database: Database, other_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Written in short transactions, a sync that stops half-way has stored some notes
    whole and left the others untouched: the next sync ends where an uninterrupted one
    would have."""
    notes = tmp_path / "notes"
    write_notes(notes, 0, 120)
    reference = open_database(other_url)
    try:
        for target in (database, reference):
            sync(target, [notes], now=NOW)
            for question in ("Term 3", "Term 10", "Term 50"):
                with target.transaction() as connection:
                    grading.record_grade(
                        connection, "me", card_id(target, question), 4, when=NOW, today=TODAY
                    )
        (notes / "topic3" / "n010.md").rename(notes / "moved.md")  # moved
        (notes / "topic1" / "n050.md").unlink()  # deleted
        write_notes(notes, 100, 20, answer="고친 정의")  # answers edited
        write_notes(notes, 120, 300)  # new
        calls = 0
        original = writing.Writer.flush

        def failing(self: writing.Writer) -> None:
            nonlocal calls
            calls += 1
            if calls == 2:
                raise OSError("disk full")
            original(self)

        before = synced_state(database.url)
        monkeypatch.setattr(writing.Writer, "flush", failing)
        with pytest.raises(OSError, match="disk full"):
            sync(database, [notes], now=NOW, jobs=1)
        monkeypatch.undo()
        partial = synced_state(database.url)
        finished = sync(database, [notes], now=NOW)
        sync(reference, [notes], now=NOW)
        assert partial != before and partial != synced_state(database.url)  # cut short half-way
        assert finished.cards_new > 0
        assert synced_state(database.url) == synced_state(reference.url)
        assert _history(database) == _history(reference) == {
            "Term 3": 1, "Term 10": 1, "Term 50": 1,
        }  # fmt: skip
    finally:
        reference.close()
