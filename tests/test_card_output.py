"""What `notecards cards` and `notecards extract` print: streamed rows, whole file names,
no empty boxes, counts in words."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from notecards.cli import app
from tests.conftest import notes_folder

runner = CliRunner()
NOTECARDS = Path(sys.executable).with_name("notecards")
DEEP = "courses/2026-spring/machine-learning/week-03/convolutional-networks.md"
NOTES = {
    DEEP: "# CNN\n- Stride: 필터가 한 번에 움직이는 칸 수\n- Padding: 가장자리를 0으로 채우기\n",
    "math.md": "- Supremum: 최소 상계\n",
}


@pytest.fixture
def url(tmp_path: Path) -> str:
    database = f"sqlite:///{tmp_path / 'n.db'}"
    notes = notes_folder(tmp_path / "notes", NOTES)
    result = runner.invoke(app, ["sync", str(notes), "--db", database])
    assert result.exit_code == 0, result.output
    return database


def test_json_lines_and_the_json_array_hold_the_same_cards(url: str) -> None:
    lines = runner.invoke(app, ["cards", "--jsonl", "--db", url]).stdout.splitlines()
    objects = [json.loads(line) for line in lines]
    assert [item["question"] for item in objects] == ["Stride", "Padding", "Supremum"]
    assert json.loads(runner.invoke(app, ["cards", "--json", "--db", url]).stdout) == objects
    both = runner.invoke(app, ["cards", "--json", "--jsonl", "--db", url])
    assert both.exit_code == 2 and "choose one of --json and --jsonl" in both.stderr


def test_a_pipe_gets_a_header_and_tab_separated_lines(url: str) -> None:
    lines = runner.invoke(app, ["cards", "--db", url]).stdout.splitlines()
    assert lines[0] == "deck\tstate\tdue\tsource\tquestion"
    assert lines[1].split("\t") == ["courses::2026-spring::machine-learning::week-03", "new", "",
                                    f"{DEEP}:2", "Stride"]  # fmt: skip
    assert len(lines) == 4


def test_nothing_to_list_is_one_line_not_an_empty_table(url: str, tmp_path: Path) -> None:
    empty = runner.invoke(app, ["cards", "--deck", "nope", "--db", url])
    assert (empty.exit_code, empty.stdout) == (0, "")
    assert empty.stderr == "no cards in deck nope (--all includes retired and suspended cards)\n"
    (tmp_path / "blank").mkdir()
    extracted = runner.invoke(app, ["extract", str(tmp_path / "blank")])
    assert extracted.stdout == "no cards found in 0 notes\n"


def test_counts_are_in_words(tmp_path: Path) -> None:
    notes = notes_folder(tmp_path / "one", {"a.md": "- Only: 하나\n"})
    synced = runner.invoke(app, ["sync", str(notes), "--db", f"sqlite:///{tmp_path / 'o.db'}"])
    assert synced.stdout.startswith("1 file read, 0 unchanged; cards: 1 new")
    table = runner.invoke(app, ["extract", str(notes)], env={"COLUMNS": "80"})
    assert table.stdout.rstrip().endswith("1 card from 1 note")


def test_the_extract_table_never_splits_a_file_name_or_its_line(tmp_path: Path) -> None:
    notes = notes_folder(tmp_path / "notes", NOTES)
    table = runner.invoke(app, ["extract", str(notes)], env={"COLUMNS": "90"}).stdout
    source_cells = [line.rsplit("│", 2)[1].strip() for line in table.splitlines() if "│" in line]
    # each card's source is on one line, cut from the left if at all: name and line kept
    assert [cell for cell in source_cells if cell] == [
        "…utional-networks.md:2",
        "…utional-networks.md:3",
        "math.md:1",
    ]


def terminal_output(arguments: list[str], columns: int, lines: int = 50) -> str:
    """What ``notecards ARGS`` draws on a terminal of that size (a real pseudo-terminal)."""
    leader, follower = pty.openpty()
    environment = {**os.environ, "COLUMNS": str(columns), "LINES": str(lines), "PAGER": "cat"}
    process = subprocess.Popen(
        [str(NOTECARDS), *arguments], stdin=follower, stdout=follower, stderr=follower,
        env=environment, close_fds=True,
    )  # fmt: skip
    os.close(follower)
    chunks: list[bytes] = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    process.wait()
    os.close(leader)
    return b"".join(chunks).decode("utf-8").replace("\r\n", "\n")


def test_on_a_terminal_rows_are_aligned_and_sources_keep_their_end(url: str) -> None:
    drawn = terminal_output(["cards", "--db", url], columns=70).splitlines()
    assert drawn[0].split() == ["Deck", "State", "Due", "Source", "Question"]
    stride = next(line for line in drawn if line.endswith("Stride"))
    assert "networks.md:2 " in stride
    assert len({line.index("Question") if "Question" in line else None for line in drawn[:1]}) == 1
    assert drawn[-1] == "3 cards"
    assert max(len(line) for line in drawn) <= 70
