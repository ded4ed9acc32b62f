"""Shell completion: commands, options and deck names complete in bash."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from notecards.storage.db import open_database
from notecards.sync import sync
from tests.conftest import notes_folder

NOTECARDS = Path(sys.executable).with_name("notecards")


def complete(words: str, env: dict[str, str] | None = None) -> list[str]:
    """What bash would offer for the last word of ``words``."""
    environment = {
        **os.environ,
        **(env or {}),
        "_NOTECARDS_COMPLETE": "complete_bash",
        "COMP_WORDS": words,
        "COMP_CWORD": str(len(words.split()) - (0 if words.endswith(" ") else 1)),
    }
    result = subprocess.run(
        [str(NOTECARDS)], capture_output=True, text=True, env=environment, check=False
    )
    assert result.returncode == 0 and result.stderr == "", result.stderr
    return result.stdout.split()


def test_commands_and_options_complete() -> None:
    assert complete("notecards sy") == ["sync"]
    assert "--include-suspended" in complete("notecards export anki out.apkg --inc")


def test_deck_names_complete_from_the_database_in_effect(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'n.db'}"
    database = open_database(url)
    notes = notes_folder(
        tmp_path / "notes",
        {
            "ml/cnn/a.md": "- Stride: 보폭\n",
            "ml/b.md": "- Epoch: 한 바퀴\n",
            "math/c.md": "- Sup: 상한\n",
        },
    )
    sync(database, [notes])
    database.close()
    assert complete("notecards cards --deck m", {"NOTECARDS_DB": url}) == ["math", "ml", "ml::cnn"]
    assert complete(f"notecards review --db {url} --deck ml:") == ["ml::cnn"]
    # no database there: nothing offered, nothing printed
    missing = f"sqlite:///{tmp_path / 'none' / 'x.db'}"
    assert complete("notecards cards --deck m", {"NOTECARDS_DB": missing}) == []
    assert not (tmp_path / "none").exists()  # pressing Tab creates nothing


def test_the_completion_script_can_be_shown() -> None:
    # the shell is named, not detected from the processes above the test (which may be none:
    # a run started from a service or a detached job failed with "Shell  not supported")
    named = {**os.environ, "_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION": "1"}
    shown = subprocess.run(
        [str(NOTECARDS), "--show-completion", "bash"],
        capture_output=True,
        text=True,
        check=False,
        env=named,
    )
    assert shown.returncode == 0 and "_NOTECARDS_COMPLETE=complete_bash" in shown.stdout
