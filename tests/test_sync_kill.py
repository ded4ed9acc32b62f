"""A sync killed with SIGKILL half-way through writing leaves a consistent database.

A sync writes in short transactions (so that grades are stored while it runs): killed
half-way, it has stored some notes whole, their records and cards together, and left the
others as they were; the next sync completes the work, to exactly what an uninterrupted
sync would have stored. A first sync into an empty database is one transaction: killed, it
leaves the database empty.
"""

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

from tests.conftest import DECKS, postgres_schema, shared_dir, synced_state

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


def orphans(url: str) -> int:
    """Active cards whose note has no record: what a half-written note would leave."""
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return int(
                connection.execute(
                    text(
                        "SELECT count(*) FROM cards c WHERE NOT c.retired AND NOT EXISTS "
                        "(SELECT 1 FROM sources s WHERE s.root = c.root AND s.path = c.source)"
                    )
                ).scalar_one()
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


def first_sync(notes: Path, url: str, config: Path) -> None:
    first = run_sync(notes, url, config)
    assert first.wait() == 0, first.stderr.read() if first.stderr else ""


def add_corpus(notes: Path) -> None:
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


def prepare(tmp_path: Path, urls: list[str]) -> tuple[Path, Path, tuple[int, int, int]]:
    """The sample decks synced into each database, then a note deleted (its cards are to
    be retired) and a corpus of new notes added."""
    notes = tmp_path / "notes"
    shutil.copytree(DECKS, notes)
    config = tmp_path / "config.toml"
    for url in urls:
        first_sync(notes, url, config)
    before = snapshot(urls[0])
    assert before[0] > 0
    (notes / "welcome" / "how-notecards-reads-notes.md").unlink()  # would retire cards
    add_corpus(notes)
    return notes, config, before


def rows_over(url: str, count: int) -> Callable[[], bool]:
    """Whether the database holds more than ``count`` cards: a sync has committed some."""
    watcher = create_engine(url)

    def check() -> bool:
        with watcher.connect() as connection:
            return int(connection.execute(text("SELECT count(*) FROM cards")).scalar_one()) > count

    return check


def assert_completed_by_the_next_sync(
    notes: Path, url: str, reference: str, config: Path, killed: tuple[int, int, int]
) -> None:
    """The killed sync stored part of the work, consistently; the next one finishes it."""
    assert orphans(url) == 0
    for target in (url, reference):
        finished = run_sync(notes, target, config)
        assert finished.wait() == 0, finished.stderr.read() if finished.stderr else ""
    assert synced_state(url) == synced_state(reference)
    after = snapshot(url)
    assert killed[0] < after[0]  # cut short half-way: cards were still to come
    assert after[2] > 0  # the deleted note's cards were retired by the next sync


def test_sigkill_during_a_sqlite_sync(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'notecards.db'}"
    reference = f"sqlite:///{tmp_path / 'reference.db'}"
    notes, config, before = prepare(tmp_path, [url, reference])
    process = run_sync(notes, url, config)
    kill_when(process, rows_over(url, before[0] + 2000))
    killed = snapshot(url)
    assert killed[0] > before[0]  # notes stored whole before the kill stay stored
    assert_completed_by_the_next_sync(notes, url, reference, config, killed)


def test_sigkill_during_a_postgresql_sync(tmp_path: Path, postgres_url: str) -> None:
    with postgres_schema() as reference:
        notes, config, before = prepare(tmp_path, [postgres_url, reference])
        process = run_sync(notes, postgres_url, config)
        kill_when(process, rows_over(postgres_url, before[0] + 2000))
        time.sleep(0.5)  # the server notices the dead client and rolls back
        killed = snapshot(postgres_url)
        assert killed[0] > before[0]
        assert_completed_by_the_next_sync(notes, postgres_url, reference, config, killed)


def test_sigkill_during_a_first_sqlite_sync_leaves_it_empty(tmp_path: Path) -> None:
    database = tmp_path / "notecards.db"
    url = f"sqlite:///{database}"
    notes = tmp_path / "notes"
    add_corpus(notes)
    config = tmp_path / "config.toml"
    process = run_sync(notes, url, config)
    wal = Path(f"{database}-wal")
    # the write-ahead log grows only while the sync's transaction writes pages
    kill_when(process, lambda: wal.exists() and wal.stat().st_size > 512 * 1024)
    assert snapshot(url) == (0, 0, 0)
    first_sync(notes, url, config)
    assert snapshot(url)[0] > 0
