"""A sync killed with SIGKILL half-way through writing leaves the database as it was."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import create_engine, text

from tests.conftest import DECKS, shared_dir

CORPUS_NOTES = 1200


def snapshot(url: str) -> tuple[int, int, int]:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return (
                connection.execute(text("SELECT count(*) FROM cards")).scalar_one(),
                connection.execute(text("SELECT count(*) FROM sources")).scalar_one(),
                connection.execute(text("SELECT count(*) FROM cards WHERE retired")).scalar_one(),
            )
    finally:
        engine.dispose()


def run_sync(folder: Path, url: str, config: Path) -> subprocess.Popen[bytes]:
    environment = {**os.environ, "NOTECARDS_CONFIG": str(config), "NOTECARDS_DB": url}
    return subprocess.Popen(
        [sys.executable, "-m", "notecards", "sync", str(folder)],
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def kill_when(process: subprocess.Popen[bytes], writing: Callable[[], bool]) -> None:
    deadline = time.monotonic() + 120
    while not writing():
        assert process.poll() is None, "the sync finished before it could be interrupted"
        assert time.monotonic() < deadline
        time.sleep(0.005)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL
    assert_no_survivors(process.args)


def assert_no_survivors(command: object) -> None:
    """No worker of the killed sync lives on (one would keep its transaction open)."""
    folder = str(command[-1]) if isinstance(command, list) else ""
    deadline = time.monotonic() + 5
    while True:
        survivors = [
            entry.name
            for entry in Path("/proc").iterdir()
            if entry.name.isdigit() and _command_line(entry).endswith(f"sync {folder}")
        ]
        if not survivors or time.monotonic() > deadline:
            break
        time.sleep(0.05)
    assert not survivors, f"processes of the killed sync still run: {survivors}"


def _command_line(process: Path) -> str:
    try:
        return (process / "cmdline").read_bytes().replace(b"\0", b" ").decode().strip()
    except OSError:
        return ""


def prepare(tmp_path: Path, url: str) -> tuple[Path, Path, tuple[int, int, int]]:
    notes = tmp_path / "notes"
    shutil.copytree(DECKS, notes)
    config = tmp_path / "config.toml"
    first = run_sync(notes, url, config)
    assert first.wait() == 0, first.stderr.read() if first.stderr else ""
    before = snapshot(url)
    assert before[0] > 0
    (notes / "welcome" / "how-notecards-reads-notes.md").unlink()  # would retire cards
    subprocess.run(
        [
            sys.executable,
            str(shared_dir() / "bench" / "make_corpus.py"),
            str(notes / "corpus"),
            "--notes",
            str(CORPUS_NOTES),
        ],
        check=True,
        capture_output=True,
    )
    return notes, config, before


def test_sigkill_during_a_sqlite_sync(tmp_path: Path) -> None:
    database = tmp_path / "notecards.db"
    url = f"sqlite:///{database}"
    notes, config, before = prepare(tmp_path, url)
    wal = Path(f"{database}-wal")
    start_size = wal.stat().st_size if wal.exists() else 0
    process = run_sync(notes, url, config)
    # the write-ahead log grows only while the sync's transaction writes pages
    kill_when(process, lambda: wal.exists() and wal.stat().st_size > start_size + 512 * 1024)
    assert snapshot(url) == before
    finished = run_sync(notes, url, config)
    assert finished.wait() == 0
    after = snapshot(url)
    assert after[0] > before[0] and after[2] > before[2]  # a later sync completes normally


def test_sigkill_during_a_postgresql_sync(tmp_path: Path, postgres_url: str) -> None:
    notes, config, before = prepare(tmp_path, postgres_url)
    watcher = create_engine(postgres_url)
    process = run_sync(notes, postgres_url, config)

    def inserting_cards() -> bool:
        with watcher.connect() as connection:
            return bool(
                connection.execute(
                    text(
                        "SELECT count(*) FROM pg_stat_activity "
                        "WHERE query LIKE 'INSERT INTO cards%' AND pid <> pg_backend_pid()"
                    )
                ).scalar_one()
            )

    try:
        kill_when(process, inserting_cards)
        time.sleep(0.5)  # the server notices the dead client and rolls back
        assert snapshot(postgres_url) == before
    finally:
        watcher.dispose()
