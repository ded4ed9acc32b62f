"""Headings that pair a problem with its solution."""

from __future__ import annotations

from notecards.core.extract.patterns.problem_headings import answers_the_problem


def test_a_solution_answers_the_problem_beside_it() -> None:
    assert answers_the_problem("Solution", "Problem", ["Flaky uploads"])
    assert answers_the_problem("해결 방법", "문제 상황", ["배포 오류"])


def test_a_solution_alone_or_under_an_exercise_answers_nothing() -> None:
    assert not answers_the_problem("Solution", None, ["Flaky uploads"])
    assert not answers_the_problem("Solution", "Setup", ["Flaky uploads"])
    assert not answers_the_problem("Solution", "Problem", ["HW 2"])
    assert not answers_the_problem("Solution", "Problem", ["Graphs", "Example 3"])
