"""The browser's command line: cards with search and filters, card ID, and the actions on ids."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from notecards.cli import app
from tests.conftest import notes_folder

runner = CliRunner()
NOTES = {
    "econ/macro.md": (
        "# 거시경제\n- 인플레이션: 물가가 지속적으로 오르는 현상\n"
        "- 디플레이션: 물가가 지속적으로 내리는 현상\n"
    ),
    "ml/cnn.md": "---\ntags: [vision]\n---\n# CNN\n- Stride: step of the filter\n"
    "- Padding: filling the border\n",
}


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A synced database, named by NOTECARDS_DB for every command."""
    url = f"sqlite:///{tmp_path / 'notecards.db'}"
    monkeypatch.setenv("NOTECARDS_DB", url)
    monkeypatch.setenv("NOTECARDS_PROFILE", "alice")
    monkeypatch.setenv("NOTECARDS_CONFIG", str(tmp_path / "config.toml"))
    notes = notes_folder(tmp_path / "notes", NOTES)
    result = runner.invoke(app, ["sync", str(notes)])
    assert result.exit_code == 0, result.output
    return url


def listed(*options: str) -> list[dict[str, object]]:
    result = runner.invoke(app, ["cards", "--json", *options])
    assert result.exit_code == 0, result.output
    found: list[dict[str, object]] = json.loads(result.stdout)
    return found


def ids(*options: str) -> dict[str, str]:
    return {str(card["question"]): str(card["id"]) for card in listed(*options)}


def test_cards_search_finds_korean_and_english(db: str) -> None:
    assert set(ids("--search", "인플레")) == {"인플레이션"}
    assert set(ids("--search", "물가")) == {"인플레이션", "디플레이션"}
    assert set(ids("--search", "BORDER")) == {"Padding"}
    assert set(ids("--tag", "vision")) == {"Stride", "Padding"}
    assert set(ids("--tag", "vision", "--search", "step")) == {"Stride"}
    none = runner.invoke(app, ["cards", "--search", "zzz"])
    assert none.exit_code == 0 and "no cards" in none.stderr


def test_actions_by_stable_id_and_the_state_filters(db: str) -> None:
    known = ids()
    stride, padding = known["Stride"], known["Padding"]
    result = runner.invoke(app, ["suspend", stride, padding])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == "suspended 2 cards"
    again = runner.invoke(app, ["suspend", stride])
    assert again.stdout.strip() == "suspended 0 cards (1 already suspended)"
    assert set(ids("--state", "suspended")) == {"Stride", "Padding"}
    assert "Stride" not in ids()  # suspended cards are left out without --all
    assert runner.invoke(app, ["unsuspend", stride]).stdout.strip() == "unsuspended 1 card"

    assert runner.invoke(app, ["flag", stride]).exit_code == 0
    assert set(ids("--flagged")) == {"Stride"}
    assert listed("--flagged")[0]["flagged"] is True
    assert runner.invoke(app, ["unflag", stride]).stdout.strip() == "unflagged 1 card"
    assert ids("--flagged") == {}

    assert runner.invoke(app, ["reject", stride]).stdout.strip() == "rejected 1 card"
    assert "Stride" not in ids() and "Stride" not in ids("--search", "step")
    assert set(ids("--state", "rejected")) == {"Stride"}
    assert listed("--state", "rejected")[0]["state"] == "rejected"
    due = json.loads(runner.invoke(app, ["due", "--json"]).stdout)
    assert due["new"] == 2  # Padding suspended, Stride rejected
    assert runner.invoke(app, ["restore", stride]).stdout.strip() == "restored 1 card"
    assert "Stride" in ids()


def test_unknown_ids_change_nothing_and_say_which(db: str) -> None:
    stride = ids()["Stride"]
    result = runner.invoke(app, ["reject", stride, "feedfacecafebeef"])
    assert result.exit_code == 2
    assert "no card feedfacecafebeef" in result.stderr and "nothing was changed" in result.stderr
    assert ids("--state", "rejected") == {}
    assert runner.invoke(app, ["card", "nope"]).exit_code == 2
    bad = runner.invoke(app, ["cards", "--state", "sleepy"])
    assert bad.exit_code == 2 and "no state sleepy" in bad.stderr


def test_card_shows_one_card_with_its_history(db: str) -> None:
    from datetime import UTC, datetime

    from notecards.storage.db import open_database
    from notecards.study import StudySession

    database = open_database(db)
    session = StudySession(database, "alice", clock=lambda: datetime(2026, 3, 2, 3, tzinfo=UTC))
    session.start(deck="ml")
    assert session.current is not None
    question = session.current.queued.card.question
    session.reveal()
    session.grade(4)
    database.close()
    stable = ids()[question]
    shown = json.loads(runner.invoke(app, ["card", stable, "--json"]).stdout)
    assert shown["id"] == stable and shown["question"] == question
    assert shown["tags"] == ["vision"] and shown["context"][-1] == "CNN"
    assert shown["state"] == "learning" and shown["interval"] == 1
    assert [line["quality"] for line in shown["history"]] == [4]
    text = runner.invoke(app, ["card", stable])
    assert text.exit_code == 0, text.output
    assert "grade 4  -> 1 d" in text.stdout and f"id        {stable}" in text.stdout


def test_per_deck_accepted_rejected_and_untriaged(db: str, tmp_path: Path) -> None:
    config = tmp_path / "config.toml"  # the first sync remembered the notes folder in it
    config.write_text(config.read_text(encoding="utf-8") + "triage = true\n", encoding="utf-8")
    notes = tmp_path / "notes"
    (notes / "ml" / "cnn.md").write_text(
        "---\ntags: [vision]\n---\n# CNN\n- Stride: step of the filter\n"
        "- Padding: filling the border\n- Pooling: shrinking the map\n",
        encoding="utf-8",
    )
    assert runner.invoke(app, ["sync"]).exit_code == 0  # triage on: Pooling waits
    assert set(ids("--state", "untriaged")) == {"Pooling"}
    assert runner.invoke(app, ["reject", ids()["Padding"]]).exit_code == 0
    report = json.loads(runner.invoke(app, ["cards", "--by-deck", "--json"]).stdout)
    assert report == [
        {"deck": "econ", "cards": 2, "accepted": 2, "rejected": 0, "untriaged": 0},
        {"deck": "ml", "cards": 3, "accepted": 1, "rejected": 1, "untriaged": 1},
    ]
    due = json.loads(runner.invoke(app, ["due", "--json"]).stdout)
    assert due["new"] == 3  # neither the rejected nor the waiting card
    assert runner.invoke(app, ["accept", ids()["Pooling"]]).stdout.strip() == "accepted 1 card"
    table = runner.invoke(app, ["cards", "--by-deck"]).stdout
    assert table.splitlines()[2].split() == ["ml", "3", "2", "1", "0"]
