"""Backups: ``notecards backup [FILE]``, and the automatic daily backup before a day's first sync.

What is checked is on disk: the copy's mode, that it is a whole database holding the rows of
the moment it was made, which files the backups folder holds after many days.
"""

from __future__ import annotations

import re
import sqlite3
import stat
from datetime import date, timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from notecards.cli import app
from notecards.storage import backup as backups
from notecards.storage.db import open_database
from notecards.study import StudySession
from tests.conftest import notes_folder

runner = CliRunner()
NOTES = {"ml/cnn.md": "- Stride: 필터의 보폭\n- Padding: 가장자리를 채우기\n"}


@pytest.fixture
def notes(tmp_path: Path) -> Path:
    return notes_folder(tmp_path / "notes", NOTES)


@pytest.fixture
def synced(tmp_path: Path, notes: Path) -> Path:
    path = tmp_path / "notecards.db"
    assert run(path, "sync", str(notes)).exit_code == 0
    return path


def run(path: Path, *arguments: str) -> Result:
    return runner.invoke(app, [*arguments, "--db", f"sqlite:///{path}"])


def questions(path: Path) -> list[str]:
    """The active cards' questions in a database file, read with plain sqlite3."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        rows = connection.execute("SELECT question FROM cards WHERE NOT retired ORDER BY id")
        found = [str(row[0]) for row in rows]
    connection.close()
    return found


def test_backup_writes_a_whole_private_copy(synced: Path, tmp_path: Path) -> None:
    target = tmp_path / "copies" / "today.db"
    target.parent.mkdir()
    result = run(synced, "backup", str(target))
    assert result.exit_code == 0, result.output
    assert result.stdout == f"backed up {synced} to {target}\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert questions(target) == ["Stride", "Padding"]
    assert [path.name for path in target.parent.iterdir()] == ["today.db"]  # no leftovers
    again = run(synced, "backup", str(target))  # replaced whole
    assert again.exit_code == 0 and questions(target) == ["Stride", "Padding"]


def test_backup_without_a_file_goes_beside_the_database(synced: Path) -> None:
    result = run(synced, "backup")
    assert result.exit_code == 0, result.output
    folder = synced.parent / "notecards-backups"
    (made,) = folder.iterdir()
    assert re.fullmatch(r"notecards-\d{4}-\d{2}-\d{2}-\d{6}\.db", made.name)
    assert result.stdout == f"backed up {synced} to {made}\n"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(made.stat().st_mode) == 0o600
    assert questions(made) == ["Stride", "Padding"]


def test_backup_into_a_missing_folder_or_over_the_database_is_refused(
    synced: Path, tmp_path: Path
) -> None:
    missing = tmp_path / "nonexistent-dir" / "copy.db"
    result = run(synced, "backup", str(missing))
    assert result.exit_code == 2
    assert result.stderr == (
        f"notecards: no folder {missing.parent} to write copy.db in: create it first\n"
    )
    assert not missing.parent.exists()
    itself = run(synced, "backup", str(synced))
    assert itself.exit_code == 1
    assert itself.stderr == f"notecards: {synced} is the database itself: choose another file\n"
    assert questions(synced) == ["Stride", "Padding"]


def test_backup_on_postgresql_says_to_use_pg_dump(postgres_url: str, notes: Path) -> None:
    from sqlalchemy.engine import make_url

    assert runner.invoke(app, ["sync", str(notes), "--db", postgres_url]).exit_code == 0
    result = runner.invoke(app, ["backup", "--db", postgres_url])
    assert result.exit_code == 1
    plain = make_url(postgres_url)._replace(drivername="postgresql", password=None)
    assert result.stderr == (
        "notecards: backup copies SQLite files only; back a PostgreSQL database up with "
        f"pg_dump: pg_dump '{plain.render_as_string(False)}' > notecards.sql\n"
    )
    password = make_url(postgres_url).password
    assert not password or str(password) not in result.output


def test_the_days_first_sync_keeps_the_state_before_it(synced: Path, notes: Path) -> None:
    folder = synced.parent / "notecards-backups"
    assert not folder.exists()  # a database created by this sync: nothing to keep yet
    (notes / "ml" / "cnn.md").write_text("- Stride: 보폭\n- Pooling: 줄이기\n", "utf-8")
    assert run(synced, "sync", str(notes)).exit_code == 0
    (daily,) = folder.iterdir()
    assert re.fullmatch(r"notecards-\d{4}-\d{2}-\d{2}\.db", daily.name)
    assert stat.S_IMODE(daily.stat().st_mode) == 0o600
    assert questions(daily) == ["Stride", "Padding"]  # as it was before today's first sync
    (notes / "ml" / "cnn.md").write_text("- Stride: 보폭\n", "utf-8")
    assert run(synced, "sync", str(notes)).exit_code == 0
    assert list(folder.iterdir()) == [daily]  # one a day
    assert questions(daily) == ["Stride", "Padding"]
    assert questions(synced) == ["Stride"]


def test_daily_backups_are_kept_for_a_week(synced: Path) -> None:
    database = open_database(f"sqlite:///{synced}")
    first = date(2026, 3, 1)
    try:
        for day in range(10):
            made = backups.daily_backup(database, first + timedelta(days=day))
            assert made is not None
            assert backups.daily_backup(database, first + timedelta(days=day)) is None
    finally:
        database.close()
    kept = sorted(path.name for path in (synced.parent / "notecards-backups").iterdir())
    assert backups.KEEP_DAILY == 7
    assert kept == [f"notecards-2026-03-{day:02d}.db" for day in range(4, 11)]


def test_a_manual_backup_is_never_pruned(synced: Path) -> None:
    assert run(synced, "backup").exit_code == 0
    database = open_database(f"sqlite:///{synced}")
    try:
        for day in range(9):
            backups.daily_backup(database, date(2026, 3, 1) + timedelta(days=day))
    finally:
        database.close()
    names = [path.name for path in (synced.parent / "notecards-backups").iterdir()]
    assert len(names) == 8  # the week's daily backups and the manual one
    assert sum(bool(re.fullmatch(r"notecards-[\d-]{10}-\d{6}\.db", name)) for name in names) == 1


def test_the_review_sessions_sync_keeps_the_days_backup_too(synced: Path, notes: Path) -> None:
    database = open_database(f"sqlite:///{synced}")
    try:
        session = StudySession(database, "alice", notes=[notes])
        (notes / "ml" / "cnn.md").write_text("- Stride: 보폭\n", "utf-8")
        report = session.sync_notes()
        assert report is not None and report.cards_retired == 1
    finally:
        database.close()
    (daily,) = (synced.parent / "notecards-backups").iterdir()
    assert questions(daily) == ["Stride", "Padding"]


def test_a_damaged_database_names_its_latest_backup(synced: Path, notes: Path) -> None:
    from tests.test_damaged_database import damage

    (notes / "ml" / "cnn.md").write_text("- Stride: 보폭\n", "utf-8")
    assert run(synced, "sync", str(notes)).exit_code == 0  # backs yesterday's state up
    (daily,) = (synced.parent / "notecards-backups").iterdir()
    damage(synced, "cards")
    result = run(synced, "cards")
    assert result.exit_code == 1
    assert result.stderr == (
        f"notecards: the database {synced} is damaged (database disk image is malformed): "
        f"restore the latest backup (copy {daily} over it)\n"
    )
