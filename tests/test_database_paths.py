"""Where the database is: a mistyped path is an error, never a new empty database.

The default database (and its folder) is made on first use; any other SQLite file must
exist, or be made by a command that says so (``sync``; ``review --create``). Exports go
into folders that exist, and only decks that exist can be exported.
"""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from notecards.cli import app
from tests.conftest import DECKS, notes_folder

runner = CliRunner()
NOTES = {
    "ml/cnn.md": "- Stride: 필터의 보폭\n",
    "math/analysis/bounds.md": "- Supremum: 최소 상계\n",
}


@pytest.fixture(autouse=True)
def screens_without_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("notecards.cli._need_terminal", lambda command: None)


@pytest.fixture
def notes(tmp_path: Path) -> Path:
    return notes_folder(tmp_path / "notes", NOTES)


def run(*arguments: str) -> Result:
    return runner.invoke(app, list(arguments))


def no_database(path: Path) -> str:
    return (
        f"notecards: no database at {path}: check the path (--db, NOTECARDS_DB or the config "
        "file), or let notecards sync create it\n"
    )


@pytest.mark.parametrize("folder_exists", [False, True], ids=["typo-in-folder", "typo-in-file"])
def test_a_mistyped_database_path_is_an_error_and_creates_nothing(
    tmp_path: Path, folder_exists: bool
) -> None:
    path = tmp_path / ("notecards" if folder_exists else "nonexistent-dir") / "x.db"
    if folder_exists:
        path.parent.mkdir()
    url = f"sqlite:///{path}"
    (tmp_path / "exports").mkdir()
    for command in (
        ["due"],
        ["due", "--json"],
        ["cards"],
        ["export", "anki", str(tmp_path / "exports" / "out.apkg")],
        ["remind"],
        ["review", "--no-sync"],
        ["stats"],
        ["backup", str(tmp_path / "exports" / "copy.db")],
    ):
        result = run(*command, "--db", url)
        assert result.exit_code == 2, (command, result.output)
        assert result.stderr == no_database(path), command
        assert result.stdout == ""
    assert not path.exists()
    assert path.parent.exists() == folder_exists
    assert list((tmp_path / "exports").iterdir()) == []


def test_sync_creates_a_named_database_and_says_so(tmp_path: Path, notes: Path) -> None:
    path = tmp_path / "cards.db"
    first = run("sync", str(notes), "--db", f"sqlite:///{path}")
    assert first.exit_code == 0, first.output
    assert first.stderr == f"created a new database: {path}\n"
    assert first.stdout.startswith("2 files read")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    again = run("sync", str(notes), "--db", f"sqlite:///{path}")
    assert again.exit_code == 0 and again.stderr == ""
    assert run("due", "--db", f"sqlite:///{path}").stdout.startswith("0 due, 2 new")


def test_sync_makes_no_folders_for_a_named_database(tmp_path: Path, notes: Path) -> None:
    path = tmp_path / "nonexistent-dir" / "x.db"
    result = run("sync", str(notes), "--db", f"sqlite:///{path}")
    assert result.exit_code == 2
    assert result.stderr == (
        f"notecards: no folder {path.parent} for the database {path}: check the path, or "
        "create the folder first\n"
    )
    assert not path.parent.exists()


def test_review_creates_a_named_database_only_when_asked(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    refused = run("review", "--db", f"sqlite:///{path}")
    assert refused.exit_code == 2 and refused.stderr == no_database(path)
    assert not path.exists()
    created = run("review", "--db", f"sqlite:///{path}", "--create")
    assert created.exit_code == 2  # an empty database: nothing to review yet
    assert "no cards yet" in created.stderr
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_the_default_database_and_its_folder_are_made_on_first_use(
    isolated_user_folders: Path,
) -> None:
    path = isolated_user_folders / "data" / "notecards" / "notecards.db"
    assert not path.parent.exists()
    result = run("due")
    assert result.exit_code == 0, result.output
    assert result.stdout == "0 due, 0 new\n" and result.stderr == ""
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_file_that_is_not_a_notecards_database_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE notes (body TEXT)")
    other.commit()
    other.close()
    before = path.read_bytes()
    for command in (["due"], ["sync", str(DECKS)]):
        result = run(*command, "--db", f"sqlite:///{path}")
        assert result.exit_code == 1
        assert result.stderr == (
            f"notecards: {path} is not a notecards database (it holds the tables notes): "
            "check the path (--db, NOTECARDS_DB or the config file)\n"
        )
    assert path.read_bytes() == before


def test_export_into_a_missing_folder_is_an_error(tmp_path: Path, notes: Path) -> None:
    url = f"sqlite:///{tmp_path / 'n.db'}"
    assert run("sync", str(notes), "--db", url).exit_code == 0
    out = tmp_path / "nonexistent-dir" / "cards.apkg"
    result = run("export", "anki", str(out), "--db", url)
    assert result.exit_code == 2
    assert result.stderr == (
        f"notecards: no folder {out.parent} to write cards.apkg in: create it first\n"
    )
    assert not out.parent.exists()


def test_exporting_a_deck_that_does_not_exist_names_those_that_do(
    tmp_path: Path, notes: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'n.db'}"
    assert run("sync", str(notes), "--db", url).exit_code == 0
    out = tmp_path / "cards.apkg"
    result = run("export", "anki", str(out), "--db", url, "--deck", "nope")
    assert result.exit_code == 2
    assert result.stderr == "notecards: no deck nope: the decks are math::analysis, ml\n"
    assert not out.exists()
    parent = run("export", "anki", str(out), "--db", url, "--deck", "math")
    assert parent.exit_code == 0, parent.output  # a deck with only sub-decks is a deck
    assert "1 note (" in parent.stdout


def test_exporting_a_deck_from_an_empty_database_says_there_are_no_cards(
    tmp_path: Path,
) -> None:
    url = f"sqlite:///{tmp_path / 'n.db'}"
    assert run("review", "--db", url, "--create").exit_code == 2  # made, empty
    result = run("export", "anki", str(tmp_path / "c.apkg"), "--db", url, "--deck", "ml")
    assert result.exit_code == 2
    assert result.stderr == "notecards: no deck ml: there are no cards yet\n"
