"""Headings that name a task, and the commands that carry one out."""

from __future__ import annotations

import pytest

from notecards.core.extract.actions import is_command, names_an_action
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
    ],
)
def test_a_heading_that_names_a_task(heading: str) -> None:
    assert names_an_action(heading)


@pytest.mark.parametrize(
    "heading", ["Usage", "Pros", "The CAM table", "Tables and views", "`view`: reshape"]
)
def test_a_heading_that_names_a_thing_or_a_facet(heading: str) -> None:
    assert not names_an_action(heading)


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
