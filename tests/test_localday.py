""" "Today" starts at the zone's own midnight, also on the days daylight saving changes."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from notecards.localday import day_start, local_date
from notecards.storage.db import open_database
from notecards.study import StudySession
from notecards.sync import sync
from tests.conftest import local_time_zone, notes_folder


@pytest.fixture(autouse=True)
def berlin() -> Iterator[None]:
    with local_time_zone("Europe/Berlin"):
        yield


def test_day_start_uses_the_offset_of_that_midnight() -> None:
    # clocks go forward at 02:00 on 29 March and back at 03:00 on 25 October 2026
    assert day_start(date(2026, 3, 29)).astimezone(UTC) == datetime(2026, 3, 28, 23, tzinfo=UTC)
    assert day_start(date(2026, 3, 30)).astimezone(UTC) == datetime(2026, 3, 29, 22, tzinfo=UTC)
    assert day_start(date(2026, 10, 25)).astimezone(UTC) == datetime(2026, 10, 24, 22, tzinfo=UTC)
    assert day_start(date(2026, 10, 26)).astimezone(UTC) == datetime(2026, 10, 25, 23, tzinfo=UTC)
    assert local_date(datetime(2026, 10, 24, 22, 30, tzinfo=UTC)) == date(2026, 10, 25)


@pytest.mark.parametrize(
    ("graded_at", "asked_at", "counts_today"),
    [
        # 23:30 on 28 March is yesterday at noon on the 23-hour day 29 March
        (datetime(2026, 3, 28, 22, 30, tzinfo=UTC), datetime(2026, 3, 29, 10, tzinfo=UTC), False),
        # 00:30 on 25 October (still summer time) is today at noon on the 25-hour day
        (datetime(2026, 10, 24, 22, 30, tzinfo=UTC), datetime(2026, 10, 25, 11, tzinfo=UTC), True),
    ],
)
def test_a_review_near_midnight_counts_on_its_own_day(
    tmp_path: Path, graded_at: datetime, asked_at: datetime, counts_today: bool
) -> None:
    database = open_database(f"sqlite:///{tmp_path / 'n.db'}")
    sync(database, [notes_folder(tmp_path / "notes", {"a.md": "- A: 가\n- B: 나\n"})])
    moment = graded_at
    study = StudySession(database, "me", new_per_day=5, clock=lambda: moment)
    study.start()
    study.reveal()
    study.grade(5)
    moment = asked_at
    assert study.overview().new_left == (4 if counts_today else 5)
    database.close()
