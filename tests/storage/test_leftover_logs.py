"""Whether a SQLite file was left as a crash leaves it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from notecards.storage.leftover_logs import unclean_shutdown


def test_a_file_alone_or_with_empty_logs_was_shut_down_cleanly(tmp_path: Path) -> None:
    file = tmp_path / "n.db"
    file.write_bytes(b"")
    assert not unclean_shutdown(file)
    Path(f"{file}-journal").write_bytes(b"")
    Path(f"{file}-wal").write_bytes(b"")
    assert not unclean_shutdown(file)


def test_a_journal_with_something_in_it_is_a_crash_left_over(tmp_path: Path) -> None:
    file = tmp_path / "n.db"
    file.write_bytes(b"")
    Path(f"{file}-journal").write_bytes(b"half a transaction")
    assert unclean_shutdown(file)


def test_a_write_ahead_log_no_process_has_open_is_left_over(tmp_path: Path) -> None:
    file = tmp_path / "n.db"
    file.write_bytes(b"")
    Path(f"{file}-wal").write_bytes(b"frames")
    Path(f"{file}-shm").write_bytes(b"\0" * 32768)
    assert unclean_shutdown(file)


def test_a_write_ahead_log_of_a_database_open_elsewhere_is_that_ones(tmp_path: Path) -> None:
    """Another process with the database open holds the -shm file's deadman byte: its log
    is at work, not left over."""
    file = tmp_path / "n.db"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
            "c.execute('PRAGMA journal_mode=WAL'); c.execute('CREATE TABLE t (x)'); "
            "c.execute('INSERT INTO t VALUES (1)'); c.commit(); print('open', flush=True); "
            "sys.stdin.read()",
            str(file),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "open\n"
        assert Path(f"{file}-wal").stat().st_size > 0
        assert not unclean_shutdown(file)
    finally:
        holder.communicate("", timeout=30)
