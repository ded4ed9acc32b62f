"""The daily reminder, with the real ``crontab`` (installed by ``make test`` when missing).

These tests use the current user's crontab: it is saved first and put back afterwards. There is
one crontab per user, so under ``pytest -n`` these tests all run in one worker, one at a time.
"""

from __future__ import annotations

import fcntl
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest

from notecards import remind
from notecards.redact import display_url
from notecards.storage.db import open_database
from notecards.study import StudySession
from notecards.sync import sync
from tests.conftest import DECKS

pytestmark = pytest.mark.xdist_group("the user's crontab")
CRONTAB_LOCK = Path(tempfile.gettempdir()) / "notecards-tests-crontab.lock"

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
    # one test session at a time holds the crontab: two sessions on one machine (two
    # checkouts tested at once) would each restore what the other had written
    with CRONTAB_LOCK.open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
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
    # status and uninstall select the entry of the database and profile in effect
    status = run("remind", "status", "--db", url, "--profile", "alice")
    assert status.stdout.splitlines()[0] == ours[0]
    assert status.stdout.splitlines()[1].startswith("next reminder: ")
    assert status.stdout.splitlines()[1].endswith(" 07:45")
    removed = run("remind", "uninstall", "--db", url, "--profile", "alice")
    assert removed.stdout.strip() == "removed the daily reminder"
    assert crontab_text() == THEIRS
    again = run("remind", "uninstall", "--db", url, "--profile", "alice")
    assert again.stdout.strip() == "no reminder was installed"
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
    status = run("remind", "status", "--db", url).stdout
    assert "s3cr" not in status and "me:***@db.example.org" in status
    assert "s3cr%t" not in run("remind", "install", "--db", url).stdout
    wrong = run("remind", "install", "--at", "25:00")
    assert wrong.returncode == 2 and "HH:MM" in wrong.stderr


def test_next_run() -> None:
    now = datetime(2026, 3, 2, 8, 30)
    assert remind.next_run(time(9, 0), now) == datetime(2026, 3, 2, 9, 0)
    assert remind.next_run(time(8, 30), now) == datetime(2026, 3, 3, 8, 30)
    assert remind.scheduled_time(remind.crontab_line("echo", time(7, 5))) == time(7, 5)


# --- secrets stay out of the crontab ----------------------------------------------------------

# each holds the word "secret", which nothing else in these tests prints
SECRETS = ['it\'s "a" secret!', "100%secret%", "p%40ss%27secret"]  # the last percent-encoded


def unreachable(password: str) -> str:
    return f"postgresql+psycopg://me:{password}@127.0.0.1:1/notecards?connect_timeout=2"


def cron_command(line: str) -> str:
    """What cron hands the shell: the line after the five time fields, \\% made %."""
    return line.split(None, 5)[5].replace("\\%", "%")


def url_files(home: Path) -> list[Path]:
    return sorted((home / "config" / "notecards" / "reminders").glob("*"))


def test_a_password_never_goes_into_the_crontab(
    user_crontab: None, postgres_url: str, isolated_user_folders: Path
) -> None:
    study_earlier(postgres_url, "alice", "math", days_ago=5, new_per_day=3, quality=4)
    password = "notecards_test_password"
    assert password in postgres_url  # scripts/test-postgres's role
    remind.write_crontab(THEIRS)
    installed = run("remind", "install", "--db", postgres_url, "--profile", "alice")
    assert installed.returncode == 0, installed.stderr
    assert password not in installed.stdout + installed.stderr
    text = crontab_text()
    assert password not in text and text.startswith(THEIRS)
    (line,) = remind.installed_lines()
    (file,) = url_files(isolated_user_folders)
    assert f"NOTECARDS_DB_FILE={file} {NOTECARDS} remind --profile alice" in line
    assert file.read_bytes() == f"{postgres_url}\n".encode()
    assert file.stat().st_mode & 0o7777 == 0o600
    assert file.parent.stat().st_mode & 0o777 == 0o700
    # the entry works with cron's bare environment: the URL comes from the file
    bare = subprocess.run(
        ["env", "-i", "/bin/sh", "-c", cron_command(line)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (bare.returncode, bare.stderr) == (0, "")
    assert bare.stdout.startswith("3 cards due (math::analysis: 3), and 20 new.")
    status = run("remind", "status", "--db", postgres_url, "--profile", "alice").stdout
    assert password not in status
    assert status.splitlines()[0] == line
    assert status.splitlines()[1] == f"database: {display_url(postgres_url)}, from {file}"
    assert "notecards_test:***@127.0.0.1" in status.splitlines()[1]
    assert status.splitlines()[2].startswith("next reminder: ")
    removed = run("remind", "uninstall", "--db", postgres_url, "--profile", "alice")
    assert removed.stdout == "removed the daily reminder\n"
    assert crontab_text() == THEIRS
    assert url_files(isolated_user_folders) == []


@pytest.mark.parametrize("password", SECRETS)
def test_a_password_with_quotes_or_percents_shows_nowhere(
    user_crontab: None, password: str, isolated_user_folders: Path
) -> None:
    url = unreachable(password)
    installed = run("remind", "install", "--db", url, "--profile", "me")
    assert installed.returncode == 0, installed.stderr
    (line,) = remind.installed_lines()
    status = run("remind", "status", "--db", url, "--profile", "me")
    (file,) = url_files(isolated_user_folders)
    assert file.read_text("utf-8") == url + "\n"
    # what cron runs, and would mail: the error names the database, without the password
    bare = subprocess.run(
        ["env", "-i", "/bin/sh", "-c", cron_command(line)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert bare.returncode == 1
    assert "me:***@127.0.0.1:1/notecards" in bare.stderr
    for shown in (crontab_text(), installed.stdout, status.stdout, bare.stdout + bare.stderr):
        assert "secret" not in shown
    assert "me:***@127.0.0.1:1/notecards" in status.stdout


def legacy_line(url: str, profile: str, at: time) -> str:
    """An entry as notecards 0.1.0 installed it: the URL, password and all, on the line."""
    arguments = [str(NOTECARDS), "remind", "--db", url, "--profile", profile]
    return remind.crontab_line(" ".join(shlex.quote(a) for a in arguments), at)


def test_each_database_and_profile_has_its_own_reminder_and_old_entries_are_handled(
    user_crontab: None, isolated_user_folders: Path, tmp_path: Path
) -> None:
    shared = unreachable("it's-a-secret")
    alice, bob = ("--db", shared, "--profile", "alice"), ("--db", shared, "--profile", "bob")
    remind.write_crontab(
        THEIRS + legacy_line(shared, "alice", time(8, 0)) + "\n"
        + legacy_line(shared, "bob", time(8, 30)) + "\n"
    )  # fmt: skip
    status = run("remind", "status", *alice).stdout.splitlines()
    assert status[0].startswith("0 8 * * * ") and "--profile alice" in status[0]
    assert "it's-a-secret" not in status[0] and "me:***@127.0.0.1:1" in status[0]
    assert [line[:9] for line in run("remind", "status", "--all").stdout.splitlines()] == [
        "0 8 * * *", "next remi", "30 8 * * ", "next remi",
    ]  # fmt: skip
    assert "secret" not in run("remind", "status", "--all").stdout
    # installing for alice replaces alice's old entry only, and takes the password off the line
    replaced = run("remind", "install", "--at", "07:00", *alice)
    assert replaced.stdout.startswith("replaced: 0 7 * * * NOTECARDS_DB_FILE=")
    assert "secret" not in replaced.stdout
    text = crontab_text()
    assert text.startswith(THEIRS + legacy_line(shared, "bob", time(8, 30)) + "\n")
    assert text.count("secret") == 1  # bob's old line, until it is installed again
    # the same for a third profile, from the environment, on another database
    other = f"sqlite:///{tmp_path / 'n.db'}"
    environment = {**os.environ, "NOTECARDS_DB": other, "NOTECARDS_PROFILE": "carol"}
    assert run("remind", "install", env=environment).returncode == 0
    assert len(remind.installed_lines()) == 3
    mine = run("remind", "status", env=environment).stdout.splitlines()
    assert len(mine) == 2 and f"--db {other} --profile carol" in mine[0]
    nobody = run("remind", "status", "--db", other, "--profile", "dave").stdout
    assert nobody == (
        f"no reminder for {other} as dave (notecards remind install); "
        "3 others: notecards remind status --all\n"
    )
    # the options may come before the subcommand too
    assert run("remind", "--db", other, "--profile", "carol", "status").stdout.splitlines() == mine
    assert run("remind", "uninstall", *bob).stdout == "removed the daily reminder\n"
    assert "secret" not in crontab_text()
    assert run("remind", "uninstall", *bob).stdout == (
        f"no reminder was installed for {display_url(shared)} as bob; "
        "2 others: notecards remind status --all\n"
    )
    assert len(remind.installed_lines()) == 2 and len(url_files(isolated_user_folders)) == 1
    assert run("remind", "uninstall", "--all").stdout == "removed 2 daily reminders\n"
    assert crontab_text() == THEIRS
    assert url_files(isolated_user_folders) == []


def test_a_refused_crontab_leaves_no_password_file(
    tmp_path: Path, isolated_user_folders: Path
) -> None:
    tools = tmp_path / "bin"
    tools.mkdir()
    fake = tools / "crontab"  # lists nothing, refuses every new table
    fake.write_text(
        '#!/bin/sh\nif [ "$1" = -l ]; then echo "no crontab for me" >&2; exit 1; fi\n'
        'echo "crontab: full disk" >&2; exit 1\n',
        "utf-8",
    )
    fake.chmod(0o755)
    environment = {**os.environ, "PATH": f"{tools}:{os.environ['PATH']}"}
    refused = run("remind", "install", "--db", unreachable("it's-secret"), env=environment)
    assert refused.returncode == 1
    assert refused.stderr == "notecards: crontab refused the new table: crontab: full disk\n"
    assert url_files(isolated_user_folders) == []
