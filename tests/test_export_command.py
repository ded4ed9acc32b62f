"""``notecards export anki``: where the package goes is checked first, then it is written."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from notecards.cli import app
from tests.conftest import DECKS

runner = CliRunner()


def test_export_anki(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'n.db'}"
    assert runner.invoke(app, ["sync", str(DECKS), "--db", url]).exit_code == 0
    out = tmp_path / "out" / "decks.apkg"
    out.parent.mkdir()  # a folder that is not there is an error, not made
    result = runner.invoke(app, ["export", "anki", str(out), "--db", url])
    assert result.exit_code == 0, result.output
    # 77: the optimizer table in decks/machine-learning/optimization.md is a glossary now,
    # a card per row ("SGD" -> "장점: 단순함 / 단점: 느림"); it was 74 without them. And
    # `# Norms` in decks/math/real-analysis.md opens with its formula, which answers it
    # ("Norms" -> the p-norm); it was 76 before a formula could answer a heading
    assert result.stdout.startswith(f"wrote {out}: 77 notes (73 basic, 2 cloze, 2 reversed)")
    assert out.is_file()
    math = runner.invoke(app, ["export", "anki", str(out), "--db", url, "--deck", "math"])
    assert "14 notes" in math.stdout
    nothing = runner.invoke(app, ["export", "anki", str(out), "--db", url, "--deck", "none"])
    assert nothing.exit_code == 2  # a deck that does not exist is an error naming those that do
    assert nothing.stderr == (
        "notecards: no deck none: the decks are blog-export, economics, machine-learning, "
        "math::analysis, welcome\n"
    )
    wrong = runner.invoke(app, ["export", "anki", str(tmp_path / "x.zip"), "--db", url])
    assert wrong.exit_code == 2 and "must end in .apkg" in wrong.stderr


def test_a_package_is_never_written_into_a_folder_that_is_not_there(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'n.db'}"
    assert runner.invoke(app, ["sync", str(DECKS), "--db", url]).exit_code == 0
    nowhere = tmp_path / "missing" / "decks.apkg"
    result = runner.invoke(app, ["export", "anki", str(nowhere), "--db", url])
    assert result.exit_code == 2
    assert "create it first" in result.stderr
    assert not nowhere.parent.exists()
    folder = tmp_path / "folder.apkg"
    folder.mkdir()
    assert "is a folder" in runner.invoke(app, ["export", "anki", str(folder), "--db", url]).stderr
