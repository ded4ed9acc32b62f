"""One day plan behind every surface: the decks screen, ``due``, ``remind`` and the statistics
must say the same thing, read as the user reads them (what is drawn and printed)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from typer.testing import CliRunner

from notecards.cli import app as cli
from notecards.storage.db import open_database
from notecards.study import StudySession
from notecards.sync import sync
from notecards.tui.app import NotecardsApp
from notecards.tui.screens.decks import DecksScreen
from notecards.tui.screens.stats import StatsScreen
from tests.conftest import notes_folder
from tests.tui.conftest import screen_text, shown

runner = CliRunner()
NOTES = {
    "ml/cnn.md": "- Stride: 필터의 보폭\n- Padding: 가장자리를 채우기\n- Pooling: 크기 줄이기\n",
    "math/sets.md": "- Supremum: 최소 상계\n- Infimum: 최대 하계\n",
}


def invoke(*arguments: str) -> str:
    result = runner.invoke(cli, list(arguments))
    assert result.exit_code == 0, result.output
    return result.stdout


def drawn_rows(app: NotecardsApp) -> dict[str, tuple[int, int]]:
    """The decks table as drawn: deck name -> (due, new)."""
    screen = app.screen
    assert isinstance(screen, DecksScreen)
    rows: dict[str, tuple[int, int]] = {}
    for line in shown(screen.query_one("#decks")).splitlines():
        words = line.split()
        if len(words) >= 3 and words[-1].isdigit() and words[-2].isdigit():
            rows[" ".join(words[:-2])] = (int(words[-2]), int(words[-1]))
    return rows


async def test_after_grading_two_cards_0_and_2_every_surface_agrees(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'n.db'}"
    database = open_database(url)
    sync(database, [notes_folder(tmp_path / "notes", NOTES)])
    study = StudySession(database, "me", new_per_day=4, clock=lambda: datetime.now(UTC))
    study.start("ml")
    for quality in (0, 2):
        study.reveal()
        study.grade(quality)
    # two ml cards to ask again today; of the 3 new cards left, today's limit allows 2
    app = NotecardsApp(study, first_screen="decks", sync_on_start=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert drawn_rows(app) == {"All decks": (2, 2), "math": (0, 2), "ml": (2, 1)}
        assert "Today: 2 reviews and 2 new cards." in screen_text(app)
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(app.screen, StatsScreen)
        assert "Today: 2 to review, 2 new" in screen_text(app)
    env = ["--db", url, "--profile", "me"]
    with_limit = {"NOTECARDS_NEW_PER_DAY": "4"}
    due = json.loads(runner.invoke(cli, ["due", "--json", *env], env=with_limit).stdout)
    assert (due["due"], due["new"], due["repeats"]) == (2, 2, 2)
    assert {row["deck"]: (row["due"], row["new"]) for row in due["decks"]} == {
        "math": (0, 2),
        "ml": (2, 1),
    }
    reminder = runner.invoke(cli, ["remind", *env], env=with_limit).stdout
    assert reminder == "2 cards due (ml: 2), and 2 new. Start with: notecards review\n"
    database.close()


def test_only_new_cards_are_a_reason_to_be_reminded(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'n.db'}"
    invoke("sync", str(notes_folder(tmp_path / "notes", NOTES)), "--db", url)
    assert invoke("remind", "--db", url) == (
        "5 new cards to learn (math: 2, ml: 3). Start with: notecards review\n"
    )
    assert invoke("due", "--db", url).splitlines() == [
        "0 due, 5 new",
        "  math: 0 due, 2 new",
        "  ml: 0 due, 3 new",
    ]


async def test_the_daily_review_limit_caps_every_surface_alike(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'n.db'}"
    database = open_database(url)
    sync(database, [notes_folder(tmp_path / "notes", NOTES)])
    yesterday = datetime.now(UTC) - timedelta(days=1)
    learning = StudySession(database, "me", new_per_day=3, clock=lambda: yesterday)
    learning.start("ml")
    for _ in range(3):  # all three ml cards learned yesterday: due again today
        learning.reveal()
        learning.grade(5)
    study = StudySession(
        database, "me", new_per_day=0, reviews_per_day=2, clock=lambda: datetime.now(UTC)
    )
    app = NotecardsApp(study, first_screen="decks", sync_on_start=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert drawn_rows(app)["ml"] == (2, 0)  # 3 due, the day's limit allows 2
        await pilot.press("t")
        await pilot.pause()
        assert "Today: 2 to review" in screen_text(app)
    env = ["--db", url, "--profile", "me"]
    limits = {"NOTECARDS_NEW_PER_DAY": "0", "NOTECARDS_REVIEWS_PER_DAY": "2"}
    due = json.loads(runner.invoke(cli, ["due", "--json", *env], env=limits).stdout)
    assert (due["due"], due["new"]) == (2, 0)
    reminder = runner.invoke(cli, ["remind", *env], env=limits).stdout
    assert reminder.startswith("2 cards due (ml: 2)")
    study.start("ml")  # studying the deck gives what its row showed
    asked = 0
    while study.current is not None:
        study.reveal()
        study.grade(5)
        asked += 1
    assert asked == 2
    database.close()
