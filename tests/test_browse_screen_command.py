"""``notecards browse``: its help, its need of a terminal, and the app it starts."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from notecards.cli import app
from notecards.tui.app import NotecardsApp
from tests.conftest import DECKS

runner = CliRunner()


def test_help_explains_the_keys() -> None:
    result = runner.invoke(app, ["browse", "--help"])
    assert result.exit_code == 0
    text = " ".join(result.stdout.split())
    for said in ("--search", "--deck", "--inbox", "x rejects", "u undoes", "Korean"):
        assert said in text


def test_browse_needs_a_terminal(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'n.db'}"
    assert runner.invoke(app, ["sync", str(DECKS), "--db", url]).exit_code == 0
    result = runner.invoke(app, ["browse", "--db", url])
    assert result.exit_code == 1 and "browse needs a terminal" in result.stderr


def test_the_options_reach_the_browser(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    url = f"sqlite:///{tmp_path / 'n.db'}"
    assert runner.invoke(app, ["sync", str(DECKS), "--db", url]).exit_code == 0
    started: list[NotecardsApp] = []
    monkeypatch.setattr("notecards.cli._need_terminal", lambda command: None)
    monkeypatch.setattr("notecards.cli._run_screens", started.append)
    monkeypatch.setenv("NOTECARDS_TRIAGE", "true")
    arguments = ["browse", "--db", url, "--profile", "bob", "--search", "supremum"]
    result = runner.invoke(app, [*arguments, "--deck", "math"])
    assert result.exit_code == 0, result.output
    [screens] = started
    assert screens.first_screen == "browse" and screens.search == "supremum"
    assert screens.deck == "math" and screens.triage and not screens.sync_on_start
    assert screens.session.profile == "bob"
    assert runner.invoke(app, ["browse", "--db", url, "--inbox"]).exit_code == 0
    assert started[-1].first_screen == "inbox"


def test_a_missing_database_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("notecards.cli._need_terminal", lambda command: None)
    result = runner.invoke(app, ["browse", "--db", f"sqlite:///{tmp_path / 'none.db'}"])
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith("notecards: ") and len(result.stderr.splitlines()) == 1
    assert "none.db" in result.stderr
