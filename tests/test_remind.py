"""The daily reminder, with the real ``crontab`` (installed by ``make test`` when missing).

These tests use the current user's crontab: it is saved first and put back afterwards.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest

from notecards import remind
from notecards.storage.db import open_database
from notecards.study import StudySession
from notecards.sync import sync
from tests.conftest import DECKS

NOTECARDS = Path(sys.executable).with_name("notecards")
# somebody's crontab, with the odd spacing, escapes and comments real ones have
THEIRS = (
    "# m h dom mon dow command\n"
    "MAILTO=me@example.org\n"
    "*/5  *   *  * 1-5   /usr/bin/backup --fast   # nightly backup\n"
    "@reboot echo hi\n"
    "\n"
    '0 9 * * * echo "50\\% off" > /dev/null\n'
)


@pytest.fixture
def user_crontab() -> Iterator[None]:
    """The real crontab of this user, saved before the test and restored after it."""
    if shutil.which("crontab") is None:
        if os.environ.get("CI") == "true":
            pytest.fail("crontab is required in CI (make test installs cron)")
        pytest.skip("crontab is not installed")
    saved = remind.read_crontab()
    try:
        yield
    finally:
        if saved:
            remind.write_crontab(saved)
        else:
            subprocess.run(["crontab", "-r"], capture_output=True, check=False)


def run(*arguments: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(NOTECARDS), *arguments], capture_output=True, text=True, env=env, check=False
    )


def study_earlier(
    url: str, profile: str, deck: str, *, days_ago: int, new_per_day: int, quality: int
) -> None:
    """Sync the sample decks into ``url`` and grade every card a session of ``deck`` offered
    ``days_ago`` days ago."""
    database = open_database(url)
    sync(database, [DECKS])
    past = datetime.now(UTC) - timedelta(days=days_ago)
    study = StudySession(database, profile, clock=lambda: past, new_per_day=new_per_day)
    study.start(deck)
    while study.current is not None:
        study.reveal()
        study.grade(quality)
    database.close()


def crontab_text() -> str:
    return subprocess.run(["crontab", "-l"], capture_output=True, text=True, check=True).stdout


def test_install_twice_gives_one_entry_and_leaves_the_rest_exactly(
    user_crontab: None, tmp_path: Path
) -> None:
    remind.write_crontab(THEIRS)
    url = f"sqlite:///{tmp_path / 'n.db'}"
    first = run("remind", "install", "--db", url, "--profile", "alice")
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith("installed: 0 9 * * * ")
    second = run("remind", "install", "--at", "07:45", "--db", url, "--profile", "alice")
    assert second.returncode == 0, second.stderr
    assert second.stdout.startswith("replaced: 45 7 * * * ")
    text = crontab_text()
    assert text.startswith(THEIRS)
    ours = text[len(THEIRS) :].splitlines()
    assert len(ours) == 1 and ours[0].endswith("# notecards-remind")
    assert ours[0].startswith(f"45 7 * * * {NOTECARDS} remind --db ")
    status = run("remind", "status")
    assert status.stdout.splitlines()[0] == ours[0]
    assert status.stdout.splitlines()[1].startswith("next reminder: ")
    assert status.stdout.splitlines()[1].endswith(" 07:45")
    removed = run("remind", "uninstall")
    assert removed.stdout.strip() == "removed the daily reminder"
    assert crontab_text() == THEIRS
    assert run("remind", "uninstall").stdout.strip() == "no reminder was installed"
    assert crontab_text() == THEIRS


def test_the_installed_line_runs_under_crons_bare_environment(
    user_crontab: None, tmp_path: Path
) -> None:
    odd = tmp_path / "it's 100% mine"
    odd.mkdir()
    url = f"sqlite:///{odd / 'my notes.db'}"
    # graded 4 for the first time: due the next day, overdue by now
    study_earlier(url, "alice", "math", days_ago=5, new_per_day=3, quality=4)
    program = odd / "bin dir" / "notecards"
    program.parent.mkdir()
    program.symlink_to(NOTECARDS)
    installed = subprocess.run(
        [str(program), "remind", "install", "--db", url, "--profile", "alice"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert installed.returncode == 0, installed.stderr
    (line,) = remind.installed_lines()
    # cron hands the shell what follows the five time fields, with \% made %
    command = line.split(None, 5)[5].replace("\\%", "%")
    assert "%" in command and "'" in line
    bare = subprocess.run(
        ["env", "-i", "/bin/sh", "-c", command], capture_output=True, text=True, check=False
    )
    assert bare.returncode == 0, bare.stderr
    assert bare.stdout == (
        "3 cards due (math::analysis: 3), and 20 new. Start with: notecards review\n"
    )


def test_nothing_to_do_prints_nothing(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'n.db'}"
    assert run("sync", str(DECKS), "--db", url).returncode == 0
    # new cards waiting are a reason to study ...
    waiting = run("remind", "--db", url)
    assert waiting.stdout.startswith("20 new cards to learn (")
    # ... unless today's limit allows none: then there is nothing to do
    quiet = run("remind", "--db", url, env={**os.environ, "NOTECARDS_NEW_PER_DAY": "0"})
    assert (quiet.returncode, quiet.stdout, quiet.stderr) == (0, "", "")


def test_notify_uses_notify_send_and_falls_back_to_printing(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'n.db'}"
    study_earlier(url, "me", "economics", days_ago=3, new_per_day=1, quality=5)
    tools = tmp_path / "bin"
    tools.mkdir()
    sender = tools / "notify-send"
    sender.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" > {tmp_path / "sent"}\n', "utf-8")
    sender.chmod(0o755)
    environment = {**os.environ, "PATH": f"{tools}:{os.environ['PATH']}"}
    shown = run("remind", "--notify", "--db", url, "--profile", "me", env=environment)
    assert (shown.returncode, shown.stdout) == (0, "")
    sent = (tmp_path / "sent").read_text("utf-8").splitlines()
    assert sent[-1] == "1 card due (economics: 1), and 20 new. Start with: notecards review"
    sender.unlink()
    printed = run("remind", "--notify", "--db", url, "--profile", "me", env=environment)
    assert printed.stdout.startswith("1 card due (economics: 1)")
    limited = run(
        "remind", "--db", url, "--profile", "me",
        env={**os.environ, "NOTECARDS_NEW_PER_DAY": "5"},
    )  # fmt: skip
    assert limited.stdout.startswith("1 card due (economics: 1), and 5 new.")


def test_status_hides_passwords_and_at_is_checked(user_crontab: None) -> None:
    url = "postgresql+psycopg://me:s3cr%t@db.example.org/notecards"
    assert run("remind", "install", "--db", url, "--at", "21:05").returncode == 0
    status = run("remind", "status").stdout
    assert "s3cr" not in status and "me:***@db.example.org" in status
    assert "s3cr%t" not in run("remind", "install", "--db", url).stdout
    wrong = run("remind", "install", "--at", "25:00")
    assert wrong.returncode == 2 and "HH:MM" in wrong.stderr


def test_next_run() -> None:
    now = datetime(2026, 3, 2, 8, 30)
    assert remind.next_run(time(9, 0), now) == datetime(2026, 3, 2, 9, 0)
    assert remind.next_run(time(8, 30), now) == datetime(2026, 3, 3, 8, 30)
    assert remind.scheduled_time(remind.crontab_line("echo", time(7, 5))) == time(7, 5)
