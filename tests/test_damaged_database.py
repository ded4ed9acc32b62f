"""Damaged, crashed and read-only databases: one clear line, a non-zero exit, nothing written.

A damaged file is made by overwriting one of its tables' pages; a crash by a process that
writes and dies without closing the database (leaving its write-ahead log behind); a
read-only file by making it immutable (as root, where permissions do not bind) or read-only.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from notecards.cli import app
from notecards.redact import display_url
from notecards.storage import db
from tests.conftest import notes_folder

runner = CliRunner()
NOTES = {
    "ml/cnn.md": "- Stride: 필터의 보폭\n- Padding: 가장자리를 채우기\n",
    "math/analysis.md": "- Supremum: 최소 상계\n",
}
WHAT_TO_DO = "restore a backup of it, or move it aside and sync again to start afresh"


@pytest.fixture
def notes(tmp_path: Path) -> Path:
    return notes_folder(tmp_path / "notes", NOTES)


@pytest.fixture
def synced(tmp_path: Path, notes: Path) -> Path:
    """A SQLite database synced from the notes, closed cleanly."""
    path = tmp_path / "notecards.db"
    result = runner.invoke(app, ["sync", str(notes), "--db", f"sqlite:///{path}"])
    assert result.exit_code == 0, result.output
    assert not Path(f"{path}-wal").exists()
    return path


def run(path: Path, *arguments: str) -> Result:
    return runner.invoke(app, [*arguments, "--db", f"sqlite:///{path}"])


def damage(path: Path, table: str) -> None:
    """Overwrite the first page of ``table`` with garbage, as a disk or a torn copy might."""
    with sqlite3.connect(path) as connection:
        (root,) = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)
        ).fetchone()
        (page_size,) = connection.execute("PRAGMA page_size").fetchone()
    connection.close()
    with path.open("r+b") as file:
        file.seek((root - 1) * page_size)
        file.write(b"\xff" * page_size)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def assert_damaged(result: Result, path: Path, detail: str) -> None:
    """Exactly one line naming the file, what is wrong and what to do; ``detail`` is a
    pattern for SQLite's own words."""
    assert "Traceback" not in result.output
    assert result.exit_code == 1, result.output
    line = f"notecards: the database {re.escape(str(path))} is damaged \\({detail}\\): "
    assert re.fullmatch(line + re.escape(WHAT_TO_DO) + "\n", result.stderr), result.stderr


def test_a_damaged_file_is_one_line_from_every_command_that_meets_it(
    synced: Path, tmp_path: Path, notes: Path
) -> None:
    damage(synced, "cards")
    malformed = re.escape("database disk image is malformed")
    assert_damaged(run(synced, "cards"), synced, malformed)
    assert_damaged(run(synced, "cards", "--json"), synced, malformed)
    assert_damaged(run(synced, "export", "anki", str(tmp_path / "out.apkg")), synced, malformed)
    (notes / "ml" / "more.md").write_text("- Anchor box: 미리 정한 box 모양\n", "utf-8")
    assert_damaged(run(synced, "sync", str(notes)), synced, "quick_check: .+")
    assert_damaged(run(synced, "backup", str(tmp_path / "copy.db")), synced, "quick_check: .+")
    assert not (tmp_path / "out.apkg").exists() and not (tmp_path / "copy.db").exists()


def test_nothing_is_written_into_a_damaged_file(synced: Path, notes: Path) -> None:
    """The damage is where the writing command does not read: it is checked before the
    first write all the same, and refused."""
    from notecards.storage.backup import backups_folder

    damage(synced, "reviews")
    before = digest(synced)
    (notes / "ml" / "more.md").write_text("- Anchor box: 미리 정한 box 모양\n", "utf-8")
    assert_damaged(run(synced, "sync", str(notes)), synced, "quick_check: .+")
    assert digest(synced) == before
    assert not backups_folder(synced).exists()  # nor backed up over good backups


CRASH = textwrap.dedent(
    """
    import os, sqlite3, sys
    connection = sqlite3.connect(sys.argv[1], isolation_level=None)
    connection.execute("UPDATE cards SET line = line + 1")
    print("written", flush=True)
    if sys.argv[2] == "crash":
        os._exit(0)  # no close: the write-ahead log stays behind
    sys.stdin.readline()  # hold the database open until killed
    """
)


def write_and(path: Path, how: str) -> subprocess.Popen[bytes]:
    process = subprocess.Popen(
        [sys.executable, "-c", CRASH, str(path), how],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    assert process.stdout is not None
    assert process.stdout.readline() == b"written\n"
    return process


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every integrity check run, by its result."""
    done: list[str] = []
    real = db._quick_check

    def counted(connection: object) -> str:
        done.append(real(connection))
        return done[-1]

    monkeypatch.setattr(db, "_quick_check", counted)
    return done


def test_a_file_left_by_a_crash_is_checked_when_it_is_opened(
    synced: Path, checks: list[str]
) -> None:
    write_and(synced, "crash").wait(30)
    assert Path(f"{synced}-wal").stat().st_size > 0
    result = run(synced, "due")  # sound: checked, then used
    assert result.exit_code == 0, result.output
    assert checks == ["ok"]
    assert not Path(f"{synced}-wal").exists()  # closed cleanly this time
    damage(synced, "sources")  # not read by due, nor by the crashing writer
    write_and(synced, "crash").wait(30)
    assert_damaged(run(synced, "due"), synced, "quick_check: .+")


def test_a_clean_database_costs_reading_commands_no_check(
    synced: Path, tmp_path: Path, checks: list[str]
) -> None:
    for command in (["due"], ["due", "--json"], ["cards"], ["remind"]):
        assert run(synced, *command).exit_code == 0
    assert run(synced, "export", "anki", str(tmp_path / "out.apkg")).exit_code == 0
    holder = write_and(synced, "hold")  # another session has it open: a log, but no crash
    try:
        assert Path(f"{synced}-wal").stat().st_size > 0
        assert run(synced, "due").exit_code == 0
        assert checks == []
    finally:
        holder.kill()
        holder.wait(30)
    assert run(synced, "due").exit_code == 0  # killed: now the log is a crash's
    assert checks == ["ok"]


@contextlib.contextmanager
def made_read_only(file: Path) -> Iterator[Path]:
    """``file`` read-only while the context lasts: immutable as root (permissions do not bind
    root), else without write permission."""
    if os.geteuid() != 0:
        file.chmod(0o444)
        try:
            yield file
        finally:
            file.chmod(0o600)
        return
    if shutil.which("chattr") is None:
        pytest.skip("chattr is needed to make a file read-only for root")
    made = subprocess.run(["chattr", "+i", str(file)], capture_output=True, check=False)
    if made.returncode != 0:
        pytest.skip(f"this file system cannot make files immutable: {made.stderr!r}")
    try:
        yield file
    finally:
        subprocess.run(["chattr", "-i", str(file)], check=True)


@pytest.fixture
def read_only(synced: Path) -> Iterator[Path]:
    with made_read_only(synced):
        yield synced


def test_a_read_only_file_is_read_but_not_written(read_only: Path, notes: Path) -> None:
    assert run(read_only, "due").stdout.startswith("0 due, 3 new")
    assert run(read_only, "cards", "--json").exit_code == 0
    (notes / "ml" / "more.md").write_text("- Anchor box: 미리 정한 box 모양\n", "utf-8")
    result = run(read_only, "sync", str(notes))
    assert "Traceback" not in result.output
    assert result.exit_code == 1
    assert result.stderr == (
        f"notecards: cannot write to the database {read_only}: it is read-only (attempt to "
        "write a readonly database); check the permissions of the file and of its folder\n"
    )


def test_a_read_only_postgresql_connection_is_one_line(postgres_url: str, notes: Path) -> None:
    assert runner.invoke(app, ["sync", str(notes), "--db", postgres_url]).exit_code == 0
    url = f"{postgres_url}%20-cdefault_transaction_read_only%3Don"
    assert runner.invoke(app, ["due", "--db", url]).stdout.startswith("0 due, 3 new")
    (notes / "ml" / "more.md").write_text("- Anchor box: 미리 정한 box 모양\n", "utf-8")
    result = runner.invoke(app, ["sync", str(notes), "--db", url])
    assert result.exit_code == 1
    assert result.stderr == (
        f"notecards: cannot write to the database {display_url(url)}: it is read-only "
        "(cannot execute INSERT in a read-only transaction); ask for write access, or use "
        "another database\n"
    )
