"""The ``notecards`` command line."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from notecards.cli import app
from tests.conftest import DECKS

runner = CliRunner()
JSON_KEYS = {"id", "deck", "kind", "question", "answer", "context", "tags", "source", "line"}


def test_extract_json(tmp_path: Path) -> None:
    note = tmp_path / "ml" / "cnn.md"
    note.parent.mkdir()
    note.write_text("---\ntags: [vision]\n---\n## CNN\n- Stride: 필터의 보폭\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path), "--json"])
    assert result.exit_code == 0, result.output
    (card,) = json.loads(result.stdout)
    assert set(card) == JSON_KEYS
    assert card == {
        "id": card["id"],
        "deck": "ml",
        "kind": "basic",
        "question": "Stride",
        "answer": "필터의 보폭",
        "context": ["CNN"],
        "tags": ["vision"],
        "source": "ml/cnn.md",
        "line": 5,
    }
    again = json.loads(runner.invoke(app, ["extract", str(tmp_path), "--json"]).stdout)
    assert again[0]["id"] == card["id"]


def test_ids_are_unique_across_notes(tmp_path: Path) -> None:
    for name in ("a.md", "b.md"):
        (tmp_path / name).write_text("- Same: question in two notes\n", encoding="utf-8")
    cards = json.loads(runner.invoke(app, ["extract", str(tmp_path), "--json"]).stdout)
    assert len({card["id"] for card in cards}) == 2


def test_missing_path_exits_2() -> None:
    result = runner.invoke(app, ["extract", "/no/such/notes"])
    assert result.exit_code == 2
    assert "no such file or folder: /no/such/notes" in result.stderr


def test_warnings_go_to_stderr_as_path_line_message(tmp_path: Path) -> None:
    (tmp_path / "broken.md").write_text("---\ntags: [a\n---\n- Term: def\n", encoding="utf-8")
    (tmp_path / "binary.md").write_bytes(b"\x00\x01\x02")
    result = runner.invoke(app, ["extract", str(tmp_path), "--json"])
    assert result.exit_code == 0
    lines = result.stderr.strip().splitlines()
    assert f"{tmp_path.as_posix()}/binary.md:1: not text (binary content); skipped" in lines
    assert any(
        line.startswith(f"{tmp_path.as_posix()}/broken.md:3: front matter") for line in lines
    )
    assert [card["question"] for card in json.loads(result.stdout)] == ["Term"]


def test_table_output_shows_cards_and_a_count() -> None:
    result = runner.invoke(app, ["extract", str(DECKS / "economics"), "--json"])
    count = len(json.loads(result.stdout))
    table = runner.invoke(app, ["extract", str(DECKS / "economics")], terminal_width=160)
    assert table.exit_code == 0
    assert "기준금리" in table.stdout and "중앙은행" in table.stdout
    assert f"{count} cards from 1 note" in table.stdout


def test_help_explains_the_command() -> None:
    result = runner.invoke(app, ["extract", "--help"])
    assert result.exit_code == 0
    assert "--json" in result.stdout and "PATH" in result.stdout.upper()


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.startswith("notecards ")


def test_the_installed_command_runs_on_the_sample_decks() -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "notecards", "extract", str(DECKS), "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    cards = json.loads(completed.stdout)
    assert len(cards) >= 60
    assert {card["deck"] for card in cards} >= {"welcome", "machine-learning", "math::analysis"}
    assert completed.stderr == ""


def test_start_up_pauses_the_collector_and_the_screens_switch_it_back_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import notecards.__main__ as entry
    from notecards import cli

    states: list[tuple[str, bool]] = []

    def command_line(prog_name: str) -> None:
        states.append((prog_name, gc.isenabled()))

    class Screens:
        failure = None  # what ended the screens: nothing

        def run(self) -> None:
            states.append(("screens", gc.isenabled()))

    monkeypatch.setattr(cli, "app", command_line)
    try:
        entry.main()
        cli._run_screens(Screens())  # type: ignore[arg-type]
    finally:
        gc.enable()
        gc.unfreeze()
    assert states == [("notecards", False), ("screens", True)]


def test_sync_remembers_the_folder_then_cards_and_due(tmp_path: Path) -> None:
    notes = tmp_path / "notes"
    (notes / "ml").mkdir(parents=True)
    (notes / "ml" / "cnn.md").write_text("- Stride: 보폭\n- Padding: 채우기\n", encoding="utf-8")
    first = runner.invoke(app, ["sync", str(notes)])
    assert first.exit_code == 0, first.output
    assert (
        first.stdout.strip()
        == "1 file read, 0 unchanged; cards: 2 new, 0 updated, 0 retired, 0 revived"
    )
    (notes / "ml" / "cnn.md").write_text("- Stride: 보폭\n- Pooling: 줄이기\n", encoding="utf-8")
    again = runner.invoke(app, ["sync"])  # the remembered folder
    assert again.exit_code == 0, again.output
    assert "1 new, 0 updated, 1 retired" in again.stdout
    listed = json.loads(runner.invoke(app, ["cards", "--json"]).stdout)
    assert {card["question"] for card in listed} == {"Stride", "Pooling"}
    assert set(listed[0]) == {
        "id", "deck", "kind", "question", "answer", "state", "due", "repetitions",
        "easiness", "interval", "source", "line", "flagged", "triaged",
    }  # fmt: skip
    assert {card["state"] for card in listed} == {"new"}
    everything = json.loads(runner.invoke(app, ["cards", "--all", "--json"]).stdout)
    assert {card["state"] for card in everything} == {"new", "retired"}
    only = json.loads(runner.invoke(app, ["cards", "--deck", "nothing", "--json"]).stdout)
    assert only == []
    due = json.loads(runner.invoke(app, ["due", "--json"]).stdout)
    assert due == {
        "due": 0,
        "new": 2,
        "repeats": 0,
        "learning": 0,
        "decks": [{"deck": "ml", "due": 0, "new": 2, "repeats": 0}],
    }
    assert runner.invoke(app, ["due"]).stdout.splitlines() == ["0 due, 2 new", "  ml: 0 due, 2 new"]


def test_sync_of_one_note_file_works_every_time(tmp_path: Path) -> None:
    note = tmp_path / "notes" / "cnn.md"
    note.parent.mkdir()
    note.write_text("- Stride: 보폭\n- Padding: 채우기\n", encoding="utf-8")
    for expected in ("1 file read, 0 unchanged", "0 files read, 1 unchanged"):
        result = runner.invoke(app, ["sync", str(note)])
        assert result.exit_code == 0, result.output
        assert result.stdout.startswith(expected)
    listed = json.loads(runner.invoke(app, ["cards", "--json"]).stdout)
    assert sorted(card["question"] for card in listed) == ["Padding", "Stride"]


def test_a_cards_id_is_its_identity_through_every_edit_that_keeps_it(tmp_path: Path) -> None:
    notes = tmp_path / "notes"
    note = notes / "inbox" / "cnn.md"
    note.parent.mkdir(parents=True)
    url = f"sqlite:///{tmp_path / 'notecards.db'}"

    def sync_and_ids(text: str | None = None, to: Path | None = None) -> dict[str, str]:
        nonlocal note
        if to is not None:
            to.parent.mkdir(parents=True, exist_ok=True)
            note = note.rename(to)
        if text is not None:
            note.write_text(text, encoding="utf-8")
            stat = note.stat()
            os.utime(note, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
        assert runner.invoke(app, ["sync", str(notes), "--db", url]).exit_code == 0
        listed = json.loads(runner.invoke(app, ["cards", "--all", "--json", "--db", url]).stdout)
        return {card["question"]: card["id"] for card in listed if card["state"] != "retired"}

    first = sync_and_ids("- Poolling: 줄이기\n- Stride: 보폭\n")
    pooling = first["Poolling"]
    steps = [
        sync_and_ids("- Poolling: 크기를 줄이기\n- Stride: 보폭\n"),  # answer edited
        sync_and_ids("- Pooling: 크기를 줄이기\n- Stride: 보폭\n"),  # typo fixed
        sync_and_ids(to=notes / "ml" / "vision.md"),  # moved and renamed
        sync_and_ids("- Stride: 보폭\n- Pooling: 크기를 줄이기\n"),  # reordered
        sync_and_ids("- Stride: 보폭\n"),  # deleted: retired
        sync_and_ids("- Stride: 보폭\n- Pooling: 크기를 줄이기\n"),  # restored: revived
    ]
    assert [ids.get("Pooling", ids.get("Poolling")) for ids in steps] == [
        pooling, pooling, pooling, pooling, None, pooling,
    ]  # fmt: skip
    assert {ids["Stride"] for ids in steps} == {first["Stride"]}
    from notecards.storage.db import open_database
    from notecards.storage.exporting import cards_for_export

    database = open_database(url)
    with database.reading() as connection:
        exported = {
            item.card.question: item.origin_key for item in cards_for_export(connection, "x")
        }
    database.close()
    assert exported == {"Pooling": pooling, "Stride": first["Stride"]}  # the Anki GUID's


def test_sync_without_a_folder_explains(tmp_path: Path) -> None:
    result = runner.invoke(app, ["sync"])
    assert result.exit_code == 2
    assert "no notes folder yet" in result.stderr


def test_database_passwords_never_appear() -> None:
    url = "postgresql+psycopg://someone:hunter2-secret@127.0.0.1:1/notecards?connect_timeout=2"
    for command in (["due", "--db", url], ["cards", "--db", url], ["sync", "--db", url, "."]):
        result = runner.invoke(app, command)
        assert result.exit_code == 1
        assert "hunter2-secret" not in result.output
        assert "someone:***@127.0.0.1" in result.stderr


def test_profiles_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    notes = tmp_path / "n"
    notes.mkdir()
    (notes / "a.md").write_text("- Term: definition\n", encoding="utf-8")
    runner.invoke(app, ["sync", str(notes)])
    monkeypatch.setenv("NOTECARDS_PROFILE", "someone-else")
    assert json.loads(runner.invoke(app, ["due", "--json"]).stdout)["new"] == 1


def test_review_and_stats_need_a_terminal(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'n.db'}"
    for command in (["review", str(DECKS)], ["stats"]):
        result = runner.invoke(app, [*command, "--db", url])
        assert result.exit_code == 1
        assert "needs a terminal" in result.stderr


def test_review_without_notes_or_cards_explains(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("notecards.cli._need_terminal", lambda command: None)
    # --create: a database named by --db that is not there is an error otherwise
    result = runner.invoke(app, ["review", "--db", f"sqlite:///{tmp_path / 'n.db'}", "--create"])
    assert result.exit_code == 2
    assert "no cards yet" in result.stderr
    missing = runner.invoke(app, ["review", str(tmp_path / "nowhere")])
    assert missing.exit_code == 2 and "no such file or folder" in missing.stderr
