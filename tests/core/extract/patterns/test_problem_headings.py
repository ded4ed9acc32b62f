"""Headings that pair a problem with its solution."""

from __future__ import annotations

from notecards.core.extract.patterns.problem_headings import (
    answers_the_problem,
    states_an_exercise,
)
from tests.conftest import cards_of


def test_a_solution_answers_the_problem_beside_it() -> None:
    assert answers_the_problem("Solution", "Problem", ["Flaky uploads"])
    assert answers_the_problem("해결 방법", "문제 상황", ["배포 오류"])


def test_a_solution_alone_or_under_an_exercise_answers_nothing() -> None:
    assert not answers_the_problem("Solution", None, ["Flaky uploads"])
    assert not answers_the_problem("Solution", "Setup", ["Flaky uploads"])
    assert not answers_the_problem("Solution", "Problem", ["HW 2"])
    assert not answers_the_problem("Solution", "Problem", ["Graphs", "Example 3"])


def test_an_error_shown_or_its_cause_is_the_problem_a_solution_answers() -> None:
    assert answers_the_problem("Solution:", "Error message:", ["libfoo.so.1 not found"])
    assert answers_the_problem("해결", "원인", ["포트 충돌"])
    assert answers_the_problem("Fix", "Cause", ["Slow builds"])


def test_the_command_that_solves_a_shown_error_answers_the_notes_subject() -> None:
    """A troubleshooting note: the error in code, then the one command that fixes it."""
    text = (
        "# libfoo.so.1: cannot open shared object file\n\n"
        "### Error message:\n\n"
        "```\nImportError: libfoo.so.1: cannot open shared object file\n```\n\n"
        "### Solution:\n```sh\napt install libfoo1\n```\n"
    )
    (card,) = cards_of(text)
    assert card.question == "libfoo.so.1: cannot open shared object file — Solution"
    assert card.answer == "```sh\napt install libfoo1\n```"


def test_an_exercise_statement_asked_by_its_parts_label_is_no_card() -> None:
    """A kata's ``Task`` under ``Instructions`` and a homework's ``Problem`` in a note named
    ``Q3`` state what to do; the subject's problem and a term named ``Task`` stay."""
    kata = (
        "# Pair Sums\n\n## Instructions\n\n### Task\n\n"
        "Given a list of numbers, return the largest sum of two neighbours.\n\n"
        "## Sliding window\n\nA sliding window keeps a running sum over adjacent items.\n"
    )
    assert [card.question for card in cards_of(kata)] == ["Sliding window"]
    assert states_an_exercise("Q3 — Problem", "Show that every tree is bipartite.", ["Q3"])
    assert not states_an_exercise("Caching — Problem", "Reads are slow.", ["Caching"])
    assert not states_an_exercise("Task", "A unit of work the scheduler runs.", ["Airflow"])
    assert not states_an_exercise("Task", "A task is one unit of work.", ["Instructions"])
