"""The daily reminder: what is due, as one line or a desktop notification, and the crontab
entry that asks for it every day.

Our crontab entry is built and recognised with python-crontab and tagged ``notecards-remind``.
The rest of the user's crontab is kept byte for byte: it is read with ``crontab -l``, our
lines are taken out, ours is added and the whole is written back with ``crontab -``
(python-crontab's own writer would re-render every other entry, changing spacing and ``%``).
"""

from __future__ import annotations

import os
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
) -> str:
    """The shell command cron runs: our program, the database and profile in effect."""
    arguments = [*program, "remind", "--db", database_url, "--profile", profile]
    if notify:
        arguments.append("--notify")
    session = [
        f"{name}={shlex.quote(environ[name])}"
        for name in _SESSION_VARIABLES
        if notify and environ.get(name)
    ]
    return " ".join([*session, *(shlex.quote(argument) for argument in arguments)])


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


def _without_ours(text: str) -> tuple[list[str], int]:
    lines = text.splitlines(keepends=True)
    kept = [line for line in lines if not is_ours(line)]
    return kept, len(lines) - len(kept)


@dataclass(frozen=True, slots=True)
class Installed:
    line: str
    replaced: int  # earlier entries of ours that this one replaces


def install(command: str, at: time) -> Installed:
    """Add our daily entry, replacing any earlier one; every other line stays as it is."""
    kept, replaced = _without_ours(read_crontab())
    if kept and not kept[-1].endswith("\n"):
        kept[-1] += "\n"
    line = crontab_line(command, at)
    write_crontab("".join(kept) + line + "\n")
    return Installed(line, replaced)


def uninstall() -> int:
    """Remove our entries; how many there were."""
    current = read_crontab()
    kept, removed = _without_ours(current)
    if removed:
        write_crontab("".join(kept))
    return removed


def installed_lines() -> list[str]:
    return [line.rstrip("\n") for line in read_crontab().splitlines() if is_ours(line)]


def scheduled_time(line: str) -> time:
    """The time of day of one of our entries (``M H * * *``)."""
    minute, hour = line.split()[:2]
    return time(int(hour), int(minute))
