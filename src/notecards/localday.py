"""The user's local day: when "today" starts, by the time zone's own rules (zoneinfo).

A day starts at the zone's midnight for that date, so on the days daylight saving starts or
ends a day is 23 or 25 hours long, not 24 hours from a midnight computed with the offset in
force now. The zone is ``TZ`` when it names one, else the system's ``/etc/localtime``, else
the fixed offset the C library reports.
"""

from __future__ import annotations

import functools
import os
from datetime import date, datetime, time, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

_SYSTEM_ZONE = Path("/etc/localtime")


@functools.lru_cache(maxsize=8)
def _zone(tz_variable: str | None) -> tzinfo | None:
    if tz_variable:
        name = tz_variable.removeprefix(":")
        try:
            return ZoneInfo(name) if not name.startswith("/") else _from_file(Path(name))
        except (ZoneInfoNotFoundError, ValueError, OSError):
            return None
    try:
        return _from_file(_SYSTEM_ZONE)
    except (OSError, ValueError):
        return None


def _from_file(path: Path) -> tzinfo:
    with path.open("rb") as handle:
        return ZoneInfo.from_file(handle, key=path.name)


def local_zone() -> tzinfo:
    """The local time zone, with its daylight-saving rules where they are known."""
    zone = _zone(os.environ.get("TZ"))
    if zone is not None:
        return zone
    fixed = datetime.now().astimezone().tzinfo
    assert fixed is not None
    return fixed


def local_date(moment: datetime) -> date:
    """The local calendar day of an aware ``moment``."""
    return moment.astimezone(local_zone()).date()


def day_start(day: date) -> datetime:
    """The moment local ``day`` begins (aware): its midnight in the local zone."""
    return datetime.combine(day, time(0), tzinfo=local_zone())
