"""The daily reminder: what is due, as one line or a desktop notification, and the crontab
entries that ask for it every day, one per database and profile.

Our crontab entries are built and recognised with python-crontab and tagged
``notecards-remind``. The rest of the user's crontab is kept byte for byte: it is read with
``crontab -l``, our lines are taken out, ours is added and the whole is written back with
``crontab -`` (python-crontab's own writer would re-render every other entry, changing
spacing and ``%``).

An entry runs ``notecards remind --db URL --profile NAME``. No password goes into the
crontab: when the URL has one, the URL is kept in a file of its own (mode 0600, under
``reminders/`` in the config folder) and the entry names it in ``NOTECARDS_DB_FILE``
instead of giving ``--db``. An entry is told apart from the others by its database (its
password left out) and profile, read from the line as earlier versions wrote it too, or
from the name of its URL file.
"""

from __future__ import annotations

import hashlib
import os
import re
import shlex
import shutil
import subprocess
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from notecards.core.day_plan import DayPlan

TAG = "notecards-remind"
URL_FILE_VARIABLE = "NOTECARDS_DB_FILE"
_KEY = re.compile(r"[0-9a-f]{16}")
_ASSIGNMENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*=.*", re.DOTALL)
# the desktop session a notification needs, carried into the crontab line when present
_SESSION_VARIABLES = ("DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR")


class ReminderError(Exception):
    """The crontab cannot be read or written; the message says why."""


# --- what is due ----------------------------------------------------------------------------


def due_message(plan: DayPlan, command: str) -> str | None:
    """``N cards due (deck: n, ...), and M new`` and how to start, or None with nothing to do.

    Due counts today's reviews (same-day repeats included) and new counts the new cards today's
    limit allows, exactly as the decks screen shows them; new cards alone are a reason to study.
    """
    total = plan.total
    if not total.total:
        return None
    if total.due:
        decks = ", ".join(f"{deck.name}: {deck.due}" for deck in plan.own if deck.due)
        noun = "card" if total.due == 1 else "cards"
        new = f", and {total.new} new" if total.new else ""
        return f"{total.due} {noun} due ({decks}){new}. Start with: {command}"
    decks = ", ".join(f"{deck.name}: {deck.new}" for deck in plan.own if deck.new)
    noun = "card" if total.new == 1 else "cards"
    return f"{total.new} new {noun} to learn ({decks}). Start with: {command}"


def notify(message: str) -> bool:
    """Show ``message`` as a desktop notification; False if that could not be done."""
    sender = shutil.which("notify-send")
    if sender is None:
        return False
    try:
        completed = subprocess.run(
            [sender, "--app-name=notecards", "notecards", message],
            capture_output=True,
            timeout=10,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return completed.returncode == 0


# --- the crontab line -----------------------------------------------------------------------


def notecards_command() -> list[str]:
    """How this very notecards was started, as absolute arguments (for cron's bare PATH)."""
    started = Path(sys.argv[0])
    if started.name == "notecards" and started.exists():
        return [os.path.abspath(started)]
    found = shutil.which("notecards")
    if found is not None:
        return [os.path.abspath(found)]
    return [os.path.abspath(sys.executable), "-m", "notecards"]


def reminder_command(
    program: Sequence[str],
    database_url: str,
    profile: str,
    *,
    notify: bool = False,
    environ: Mapping[str, str] = os.environ,
    url_file: Path | None = None,
) -> str:
    """The shell command cron runs: our program, the database and profile in effect (the
    database as ``NOTECARDS_DB_FILE=url_file`` when given, never a password on the line)."""
    database = [] if url_file else ["--db", database_url]
    arguments = [*program, "remind", *database, "--profile", profile]
    if notify:
        arguments.append("--notify")
    session = [
        f"{name}={shlex.quote(environ[name])}"
        for name in _SESSION_VARIABLES
        if notify and environ.get(name)
    ]
    if url_file:
        session.append(f"{URL_FILE_VARIABLE}={shlex.quote(str(url_file))}")
    return " ".join([*session, *(shlex.quote(argument) for argument in arguments)])


def entry_key(database_url: str, profile: str) -> str:
    """The name of the entry that reminds ``profile`` of ``database_url``: a digest of both,
    the password left out (a new password replaces the entry rather than adding one)."""
    from notecards.redact import display_url

    return hashlib.sha256(f"{display_url(database_url)}\n{profile}".encode()).hexdigest()[:16]


def url_folder() -> Path:
    """Where the database URLs of entries whose URL holds a password are kept."""
    import platformdirs

    from notecards.config import APP

    return platformdirs.user_config_path(APP) / "reminders"


def url_file(key: str) -> Path:
    return url_folder() / f"{key}.url"


def describe(database_url: str, profile: str) -> str:
    """``URL as PROFILE``, the password hidden."""
    from notecards.redact import display_url

    return f"{display_url(database_url)} as {profile}"


def crontab_line(command: str, at: time) -> str:
    """Our crontab entry: ``command`` every day at ``at``, tagged as ours."""
    from crontab import CronTab

    job = CronTab(tab="").new(command=command, comment=TAG)
    job.setall(f"{at.minute} {at.hour} * * *")
    return str(job.render())


def is_ours(line: str) -> bool:
    from crontab import CronTab

    if TAG not in line:
        return False
    return any(job.comment == TAG for job in CronTab(tab=line))


def next_run(at: time, now: datetime) -> datetime:
    """When a daily ``at`` entry runs next after ``now`` (local time)."""
    today = datetime.combine(now.date(), at, tzinfo=now.tzinfo)
    return today if today > now else today + timedelta(days=1)


def parse_at(text: str) -> time:
    """``HH:MM`` as a time; ValueError with a readable message otherwise."""
    try:
        hours, minutes = text.split(":")
        return time(int(hours), int(minutes))
    except ValueError:
        raise ValueError(f"--at wants HH:MM (00:00 to 23:59), not {text!r}") from None


# --- the user's crontab ---------------------------------------------------------------------


def _crontab_program() -> str:
    program = shutil.which("crontab")
    if program is None:
        raise ReminderError("crontab is not installed (on Debian or Ubuntu: apt install cron)")
    return program


def read_crontab() -> str:
    """The current user's crontab, exactly as stored ("" when there is none)."""
    completed = subprocess.run(
        [_crontab_program(), "-l"], capture_output=True, text=True, check=False
    )
    if completed.returncode == 0:
        return completed.stdout
    if "no crontab for" in completed.stderr:
        return ""
    raise ReminderError(f"crontab -l failed: {completed.stderr.strip()}")


def write_crontab(text: str) -> None:
    completed = subprocess.run(
        [_crontab_program(), "-"], input=text, capture_output=True, text=True, check=False
    )
    if completed.returncode != 0:
        raise ReminderError(f"crontab refused the new table: {completed.stderr.strip()}")


@dataclass(frozen=True, slots=True)
class Entry:
    """One of our crontab lines, and which database and profile it reminds of."""

    line: str
    key: str | None  # None: a line of ours edited beyond recognition
    url_file: Path | None  # where its database URL is kept, when not on the line


def parse_entry(line: str) -> Entry:
    """Our entry on ``line``, as this version or an earlier one wrote it."""
    from crontab import CronTab

    command = next(job.command for job in CronTab(tab=line) if job.comment == TAG)
    try:
        words = shlex.split(command)
    except ValueError:
        return Entry(line, None, None)
    variables: dict[str, str] = {}
    while words and _ASSIGNMENT.fullmatch(words[0]):
        name, value = words.pop(0).split("=", 1)
        variables[name] = value
    options = _options(words)
    file = variables.get(URL_FILE_VARIABLE)
    if file:
        stem = Path(file).stem
        return Entry(line, stem if _KEY.fullmatch(stem) else None, Path(file))
    database, profile = options.get("--db"), options.get("--profile")
    key = entry_key(database, profile) if database and profile else None
    return Entry(line, key, None)


def _options(words: list[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for index, word in enumerate(words):
        name, equals, value = word.partition("=")
        if name in ("--db", "--profile"):
            if equals:
                found[name] = value
            elif index + 1 < len(words):
                found[name] = words[index + 1]
    return found


def entries() -> list[Entry]:
    """Our entries in the user's crontab, in its order."""
    return [parse_entry(line) for line in read_crontab().splitlines() if is_ours(line)]


def installed_lines() -> list[str]:
    return [entry.line for entry in entries()]


def _without(text: str, key: str | None) -> tuple[list[str], list[Entry]]:
    """The crontab's lines without our entries for ``key`` (every one of ours for None)."""
    kept: list[str] = []
    removed: list[Entry] = []
    for line in text.splitlines(keepends=True):
        entry = parse_entry(line) if is_ours(line) else None
        if entry is not None and (key is None or entry.key == key):
            removed.append(entry)
        else:
            kept.append(line)
    return kept, removed


@dataclass(frozen=True, slots=True)
class Installed:
    line: str
    replaced: int  # earlier entries of ours for this database and profile that it replaces


def install(
    program: Sequence[str],
    database_url: str,
    profile: str,
    at: time,
    *,
    notify: bool = False,
    environ: Mapping[str, str] = os.environ,
) -> Installed:
    """Add the daily entry for this database and profile, replacing any earlier one for them;
    every other line stays as it is. A password goes into a 0600 file, not the crontab."""
    from notecards.files import replace_file
    from notecards.redact import has_password

    key = entry_key(database_url, profile)
    kept, replaced = _without(read_crontab(), key)
    file = url_file(key) if has_password(database_url) else None
    if file is not None:
        try:
            replace_file(file, f"{database_url}\n".encode(), keep_mode=False)
        except OSError as error:
            raise ReminderError(f"cannot write {file}: {error}") from None
    command = reminder_command(
        program, database_url, profile, notify=notify, environ=environ, url_file=file
    )
    if kept and not kept[-1].endswith("\n"):
        kept[-1] += "\n"
    line = crontab_line(command, at)
    try:
        write_crontab("".join(kept) + line + "\n")
    except ReminderError:
        if file is not None and not any(entry.url_file for entry in replaced):
            _forget_url(key)  # no entry of ours needs it
        raise
    if file is None:
        _forget_url(key)  # the URL has no password any more: no copy of the old one is kept
    return Installed(line, len(replaced))


@dataclass(frozen=True, slots=True)
class Uninstalled:
    removed: int
    others: int  # our entries left, for other databases or profiles


def uninstall(key: str | None) -> Uninstalled:
    """Remove our entries for ``key`` (every one of ours for None) and their URL files."""
    current = read_crontab()
    kept, removed = _without(current, key)
    if removed:
        write_crontab("".join(kept))
    for entry in removed:
        if entry.key is not None:
            _forget_url(entry.key)
    return Uninstalled(len(removed), sum(1 for line in kept if is_ours(line)))


def _forget_url(key: str) -> None:
    try:
        url_file(key).unlink(missing_ok=True)
    except OSError as error:
        raise ReminderError(f"cannot remove {url_file(key)}: {error}") from None


def database_line(entry: Entry) -> str | None:
    """``database: URL, from FILE`` (password hidden) for an entry whose URL is in a file."""
    from notecards.redact import display_url

    if entry.url_file is None:
        return None
    try:
        url = entry.url_file.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError) as error:
        return f"database: cannot read {entry.url_file}: {error}"
    return f"database: {display_url(url)}, from {entry.url_file}"


def scheduled_time(line: str) -> time:
    """The time of day of one of our entries (``M H * * *``)."""
    minute, hour = line.split()[:2]
    return time(int(hour), int(minute))
