"""Headings that name a task, and the commands that carry one out."""

from __future__ import annotations

import pytest

from notecards.core.extract.actions import command_lines, is_command, names_an_action
from tests.conftest import by_question, cards_of


@pytest.mark.parametrize(
    "heading",
    [
        "How to undo a commit",
        "Watch out for invalid JSON due to token truncation",
        "Viewing the CAM table",
        "Extract everything",
        "Tracking table history with triggers",
        "사용하지 않는 브랜치 제거",
        "3. upload the package to the local index",  # a numbered step names its task too
        "2) Restart docker",
        "Analyze the bundle size",
        "Allow markdown files as pages",
        "Support nested matchers in tests",
        "Deleting stale buffers",
    ],
)
def test_a_heading_that_names_a_task(heading: str) -> None:
    assert names_an_action(heading)


@pytest.mark.parametrize(
    "heading", ["Usage", "Pros", "The CAM table", "Tables and views", "`view`: reshape"]
)
def test_a_heading_that_names_a_thing_or_a_facet(heading: str) -> None:
    assert not names_an_action(heading)


@pytest.mark.parametrize(
    "heading",
    [
        "Counting rows that match a pattern",
        "Rotating the logs every night",
        "Purging stale caches from the build machine",
    ],
)
def test_a_verbs_ing_form_with_its_object_names_a_task(heading: str) -> None:
    assert names_an_action(heading)


@pytest.mark.parametrize(
    "heading",
    [
        "Trying it out",  # the writer's story, pointing back
        "Applying for an account",  # no object: what the writer went through
        "String formatting",  # a noun in -ing
        "Proving $f$ is injective",  # a proof's step
        "Blocking versus polling",  # a comparison
        "Leveraging Small Demonstrations for Learning Robot Grasps Under Heavy Sensor Noise",
    ],
)
def test_an_ing_word_without_a_task_names_none(heading: str) -> None:
    assert not names_an_action(heading)


def test_a_section_under_an_ing_task_heading_is_asked_by_it() -> None:
    text = (
        "# Linting\n\nSome notes.\n\n## Failing the build if the linter finds a warning\n\n"
        "The `--strict` flag does this:\n\n```\nlint --strict src\n```\n"
    )
    cards = by_question(cards_of(text, "lint.md"))
    assert "lint --strict src" in cards["Failing the build if the linter finds a warning"].answer


def test_a_command_is_a_line_or_two_that_holds_anywhere() -> None:
    assert is_command("```\nshow mac address-table dynamic\n```", fenced=True)
    assert not is_command("```\nexport PATH=$HOME/bin:$PATH\n```", fenced=True)


def test_a_task_heading_is_answered_by_its_command_or_its_warning() -> None:
    text = (
        "# Switches\n\nNotes on switches.\n\n## View CAM Table\n\n```\n"
        "show mac address-table dynamic\n```\n\n"
        "## Watch out for stale entries\n\nHere's one thing to watch out for: entries age out "
        "after five minutes unless traffic refreshes them.\n"
    )
    cards = by_question(cards_of(text, "switch.md"))
    assert "show mac address-table dynamic" in cards["View CAM Table"].answer
    assert cards["Watch out for stale entries"].answer.startswith("Entries age out")


@pytest.mark.parametrize(
    "command", ["nano consumer.py", "$ vim notes.txt", "python3 producer.py", "bash deploy.sh"]
)
def test_opening_or_running_a_file_of_ones_own_project_is_no_tip(command: str) -> None:
    assert not is_command(command, fenced=False)


@pytest.mark.parametrize(
    "command", ["sudo vim /etc/hosts", "code .", "python -m http.server 8000", "npm run build"]
)
def test_a_system_file_or_a_module_is_still_a_command(command: str) -> None:
    assert is_command(command, fenced=False)


def test_a_numbered_task_heading_is_answered_by_its_one_command() -> None:
    text = (
        "# Git tips\n\n## 3. 상태를 짧게 보기\n    $ git status --short\n\n"
        "## 4. 작업 폴더 만들기\n\n```bash\nmkdir demo\ncd demo\nls\n```\n"
    )
    cards = by_question(cards_of(text, "git.md"))
    assert cards["상태를 짧게 보기"].answer == "$ git status --short"
    assert "작업 폴더 만들기" not in cards  # a numbered step running a script is no tip


def test_a_code_blocks_command_lines_leave_out_its_fences_and_blank_lines() -> None:
    assert command_lines("```bash\ngit status -s\n\ngit log\n```", fenced=True) == [
        "git status -s",
        "git log",
    ]
    assert command_lines("$ git status -s", fenced=False) == ["$ git status -s"]


def test_a_tool_run_from_where_it_was_installed_is_a_command() -> None:
    assert is_command("~/go/bin/yamlfmt .github/workflows/*.yml", fenced=False)
    assert is_command("$ ~/.local/bin/black src", fenced=False)
    # changing into, or exporting, a home path is still one machine's set-up
    assert not is_command("cd ~/projects/app", fenced=False)
    assert not is_command("export PATH=~/go/bin:$PATH", fenced=False)
