"""The real ``notecards review`` in a real terminal (tmux): keys in, screen out, grades stored.

tmux is installed by ``make test`` (scripts/test-tools); in CI its absence fails these tests
instead of skipping.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from notecards.storage.db import open_database
from notecards.storage.tables import Review

NOTECARDS = Path(sys.executable).with_name("notecards")
WAIT_SECONDS = 20.0


class Terminal:
    """One tmux server of our own, with the command running in its only pane."""

    def __init__(self, command: list[str], environment: dict[str, str]) -> None:
        self.socket = f"notecards-test-{uuid.uuid4().hex[:10]}"
        variables = [f"{name}={value}" for name, value in environment.items()]
        self.tmux(
            "new-session", "-d", "-x", "100", "-y", "30", "-s", "review",
            "env", *variables, *command,
        )  # fmt: skip
        self.tmux("set-option", "-t", "review", "remain-on-exit", "on")

    def tmux(self, *arguments: str) -> str:
        completed = subprocess.run(
            ["tmux", "-L", self.socket, *arguments],
            capture_output=True,
            text=True,
            check=True,
            timeout=WAIT_SECONDS,
        )
        return completed.stdout

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", "review")

    def wait_for(self, text: str) -> str:
        deadline = time.monotonic() + WAIT_SECONDS
        while True:
            screen = self.screen()
            if text in screen:
                return screen
            if time.monotonic() > deadline:
                history = self.tmux("capture-pane", "-p", "-t", "review", "-S", "-")
                raise AssertionError(f"{text!r} never appeared; the terminal:\n{history}")
            time.sleep(0.1)

    def keys(self, *keys: str) -> None:
        self.tmux("send-keys", "-t", "review", *keys)

    def pid(self) -> int:
        return int(self.tmux("display-message", "-p", "-t", "review", "#{pane_pid}").strip())

    def exited(self) -> bool:
        return self.tmux("display-message", "-p", "-t", "review", "#{pane_dead}").strip() == "1"

    def close(self) -> None:
        subprocess.run(["tmux", "-L", self.socket, "kill-server"], capture_output=True, check=False)


@pytest.fixture(scope="module", autouse=True)
def need_tmux() -> None:
    if shutil.which("tmux") is None:
        if os.environ.get("CI") == "true":
            pytest.fail("tmux is required in CI (make test installs it)")
        pytest.skip("tmux is not installed")


EDITOR_SCRIPT = """#!/bin/sh
# an "editor" that edits the line it is given: +LINE FILE
line="${1#+}"
sed -i "${line}s/Region of Interest/관심 영역 (Region of Interest)/" "$2"
echo "$1 $2" >> "$0.log"
"""


@pytest.fixture
def terminal(notes: Path, tmp_path: Path) -> Iterator[tuple[Terminal, str]]:
    yield from _terminal(notes, tmp_path, "sm2")


@pytest.fixture(params=["sm2", "fsrs"])
def either_terminal(
    notes: Path, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[tuple[Terminal, str, str]]:
    """The review in a terminal under each scheduler (``--scheduler``)."""
    for screen, url in _terminal(notes, tmp_path, request.param):
        yield screen, url, request.param


def _terminal(notes: Path, tmp_path: Path, scheduler: str) -> Iterator[tuple[Terminal, str]]:
    url = f"sqlite:///{tmp_path / 'review.db'}"
    editor = tmp_path / "edit-line"
    editor.write_text(EDITOR_SCRIPT, "utf-8")
    editor.chmod(0o755)
    environment = {
        "EDITOR": str(editor),
        "NOTECARDS_DB": url,
        "NOTECARDS_PROFILE": "alice",
        "NOTECARDS_CONFIG": str(tmp_path / "config.toml"),
        "TERM": "xterm-256color",
        "TZ": "UTC",
        "HOME": str(tmp_path),
    }
    # --create: NOTECARDS_DB names a file that is not there yet (else an error, not a new file)
    command = [str(NOTECARDS), "review", str(notes), "--create", "--scheduler", scheduler]
    session = Terminal(command, environment)
    try:
        yield session, url
    finally:
        session.close()


def grades(url: str) -> list[int]:
    database = open_database(url)
    try:
        with database.reading() as connection:
            return list(connection.execute(select(Review.quality).order_by(Review.id)).scalars())
    finally:
        database.close()


def test_start_reveal_grade_quit(terminal: tuple[Terminal, str]) -> None:
    screen, url = terminal
    screen.wait_for("0 reviews and 6 new cards")  # found by the sync at start
    screen.keys("Enter")
    screen.wait_for("Supremum, Least upper bound")
    screen.keys("Space")
    answer = screen.wait_for("upper bound 중 가장 작은 것")
    assert "α = sup E" in answer  # math as symbols
    assert "5  perfect" in answer
    screen.keys("4")
    screen.wait_for("Estimator")
    screen.keys("q")
    screen.wait_for("Session stopped")
    screen.keys("q")
    screen.wait_for("All decks")
    screen.keys("q")
    deadline = time.monotonic() + WAIT_SECONDS
    while not screen.exited():
        assert time.monotonic() < deadline, screen.screen()
        time.sleep(0.1)
    assert grades(url) == [4]


def test_a_grade_survives_sigkill_the_moment_the_next_card_shows(
    either_terminal: tuple[Terminal, str, str],
) -> None:
    screen, url, scheduler = either_terminal
    fsrs = scheduler == "fsrs"
    screen.wait_for("6 new cards")
    screen.keys("Enter")
    screen.wait_for("Supremum, Least upper bound")
    screen.keys("Space", "4" if fsrs else "5")  # easy (stored as 5) / perfect
    screen.wait_for("Estimator")
    screen.keys("Space", "1" if fsrs else "2")  # again (stored as 1) / almost
    screen.wait_for("Bijection")
    os.kill(screen.pid(), signal.SIGKILL)
    deadline = time.monotonic() + WAIT_SECONDS
    while not screen.exited():
        assert time.monotonic() < deadline
        time.sleep(0.05)
    assert grades(url) == ([5, 1] if fsrs else [5, 2])
    database = open_database(url)  # the database is whole and writable after the kill
    try:
        with database.transaction() as connection:
            assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    finally:
        database.close()


def test_e_runs_the_editor_at_the_line_and_shows_the_edit(
    terminal: tuple[Terminal, str], notes: Path, tmp_path: Path
) -> None:
    screen, _ = terminal
    screen.wait_for("6 new cards")  # the decks, once the sync at start has found the cards
    screen.keys("Down", "Down", "Enter")  # the ml deck
    screen.wait_for("NMS")
    screen.keys("Space", "5")
    screen.wait_for("RoI")
    screen.keys("e")
    screen.wait_for("Note synced")
    screen.keys("Space")
    screen.wait_for("관심 영역 (Region of Interest)")
    note = notes / "ml" / "detection.md"
    assert (tmp_path / "edit-line.log").read_text("utf-8").split() == ["+3", str(note)]


def test_a_read_only_database_ends_the_review_with_one_line_and_status_1(
    notes: Path, tmp_path: Path
) -> None:
    """What a user saw: a 240-line traceback and exit status 0."""
    from notecards.sync import sync
    from tests.test_damaged_database import made_read_only

    file = tmp_path / "review.db"
    database = open_database(f"sqlite:///{file}")
    sync(database, [notes])
    database.close()
    environment = {
        "NOTECARDS_DB": f"sqlite:///{file}",
        "NOTECARDS_PROFILE": "alice",
        "NOTECARDS_CONFIG": str(tmp_path / "config.toml"),
        "TERM": "xterm-256color",
        "HOME": str(tmp_path),
    }
    command = f'"{NOTECARDS}" review --no-sync --deck ml; echo "exit status $?"'
    with made_read_only(file):
        screen = Terminal(["sh", "-c", command], environment)
        try:
            screen.wait_for("NMS")
            screen.keys("Space", "4")
            screen.wait_for("exit status")
            shown = screen.tmux("capture-pane", "-p", "-J", "-S", "-", "-t", "review").strip()
        finally:
            screen.close()
    assert "Traceback" not in shown
    lines = [line for line in shown.splitlines() if line and not line.startswith("Pane is dead")]
    assert lines == [
        f"notecards: cannot write to the database {file}: it is read-only (attempt to write a "
        "readonly database); check the permissions of the file and of its folder",
        "exit status 1",
    ]
    assert grades(f"sqlite:///{file}") == []


def test_browse_search_reject_quit(notes: Path, tmp_path: Path) -> None:
    """notecards browse: type to search, x rejects the card found, q quits; it stays rejected."""
    from notecards.browsing import BrowseQuery, Browser
    from notecards.sync import sync

    url = f"sqlite:///{tmp_path / 'browse.db'}"
    database = open_database(url)
    sync(database, [notes])
    database.close()
    environment = {
        "NOTECARDS_DB": url,
        "NOTECARDS_PROFILE": "alice",
        "NOTECARDS_CONFIG": str(tmp_path / "config.toml"),
        "TERM": "xterm-256color",
        "TZ": "UTC",
        "HOME": str(tmp_path),
    }
    screen = Terminal([str(NOTECARDS), "browse"], environment)
    try:
        screen.wait_for("6 cards")
        screen.keys("R", "o", "I")
        screen.wait_for("Region of Interest")  # the card found, drawn beside the table
        assert "1 card ·" in screen.screen()
        screen.keys("Enter", "x")  # at once: x is the table's key, not a letter searched
        shown = screen.wait_for("1 card rejected")
        assert "0 cards" in shown  # a rejected card leaves the list
        screen.keys("q")
        deadline = time.monotonic() + WAIT_SECONDS
        while not screen.exited():
            assert time.monotonic() < deadline, screen.screen()
            time.sleep(0.1)
    finally:
        screen.close()
    database = open_database(url)
    try:
        browser = Browser(database, "alice")
        rejected = browser.search(BrowseQuery(statuses=("rejected",)))
        assert [row.question for row in rejected] == ["RoI"]
    finally:
        database.close()
