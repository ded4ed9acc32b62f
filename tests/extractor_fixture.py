"""Builds ``tests/fixtures/databases/extractor-2026-12.db``: a database synced and reviewed with
the extractor as it was released before the section-aware rewrite (issue 11), for the test
that a user upgrading keeps every reviewed card's schedule and history.

    python -m tests.extractor_fixture

It was run once with that release's code and the file committed; it must never be rebuilt
with a later extractor (that would test nothing). The notes are written in our own words in
the shapes whose questions the new rules word differently: facet headings (특징, Pros), section
numbers, bold terms with their colon inside, wikilinks with aliases, a one-tip note.
"""

from __future__ import annotations

import os
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from notecards.storage.db import open_database
from notecards.study import StudySession
from notecards.sync import sync
from tests.storage.upgrade_fixture import save_as_fixture

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "databases" / "extractor-2026-12.db"
START = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
NOTES = {
    "ml/cnn.md": (
        "# Convolutional networks\n\n"
        "## CNN\n"
        "### 특징\n"
        "- 지역적인 패턴을 필터로 찾는다\n"
        "- 같은 필터를 이미지 전체에 공유한다\n"
        "- 층이 깊어질수록 넓은 영역을 본다\n\n"
        "### 2-1. Pooling layers\n"
        "- 특징 맵의 크기를 줄인다\n"
        "- 작은 이동에 덜 민감해진다\n\n"
        "- **Stride:** 필터가 한 번에 움직이는 칸 수\n"
        "- **Padding:** 입력 가장자리를 0으로 채우는 것\n"
    ),
    "ml/optim.md": (
        "## Optimizers\n"
        "- [[Gradient descent|경사 하강법]]: 기울기의 반대 방향으로 조금씩 이동\n"
        "- Momentum: 이전 이동 방향을 일부 유지한다\n"
        "### Pros\n"
        "- 구현이 단순하다\n"
        "- 메모리를 적게 쓴다\n"
    ),
    "tips/undo-commit.md": (
        "# Undo the last commit but keep the changes\n\n"
        "Move the branch back one commit and leave the files as they are:\n\n"
        "```sh\ngit reset --soft HEAD~1\n```\n"
    ),
    "db/sql.md": (
        "## Set operations\n"
        "1) UNION: 두 결과를 합치고 중복을 없앤다\n"
        "2) INTERSECT: 두 결과에 모두 있는 행만 남긴다\n"
    ),
}


class _Clock:
    def __init__(self) -> None:
        self.moment = START

    def __call__(self) -> datetime:
        return self.moment


def _study_all(session: StudySession, grades: str) -> None:
    session.start()
    for grade in grades:
        if session.current is None:
            return
        session.reveal()
        session.grade(int(grade))


def build(target: Path) -> None:
    """Write the fixture database to ``target`` (replaced)."""
    os.environ["TZ"] = "UTC"
    time.tzset()
    with tempfile.TemporaryDirectory() as scratch:
        notes = Path(scratch) / "notes"
        for name, body in NOTES.items():
            (notes / name).parent.mkdir(parents=True, exist_ok=True)
            (notes / name).write_text(body, "utf-8")
        file = Path(scratch) / "fixture.db"
        database = open_database(f"sqlite:///{file}")
        sync(database, [notes], now=START)
        clock = _Clock()
        me = StudySession(database, "me", clock=clock, new_per_day=100)
        _study_all(me, "5454535453545354535")  # every card graded once
        clock.moment += timedelta(days=1)
        _study_all(me, "4545454545454545454")  # and again the next day
        save_as_fixture(database, file, notes, target)


if __name__ == "__main__":
    build(FIXTURE)
    print(f"wrote {FIXTURE} ({FIXTURE.stat().st_size:,} bytes)")
