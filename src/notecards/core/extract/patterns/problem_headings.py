"""Headings that pair a problem with its solution: ``## Problem`` + ``## Solution``, ``## 문제``
+ ``## 해결``. As a pair the second answers what the first asks (the note's subject has a
problem, and this is how it is solved); a ``Solution`` alone, or one under an exercise or a
worked example, is the exercise's working and answers nothing of its own."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from notecards.core.extract.patterns.headings import folded_heading

# a section that states a problem, and one that gives its solution ("## Problem" + "##
# Solution", "## 문제" + "## 해결"): as a pair, the second answers what the first asks
_PROBLEM_HEADINGS: Final = frozenset((
    "problem", "problems", "the problem", "issue", "the issue", "situation", "symptom",
    "symptoms", "motivation", "문제", "문제점", "문제 상황", "증상", "현상",
    # what went wrong, and why: an error message shown, its cause ("## Error message" or
    # "## 원인" + "## 해결")
    "error", "errors", "the error", "error message", "error messages", "error log", "에러",
    "에러 메시지", "에러 메세지", "오류", "오류 메시지", "cause", "the cause", "causes",
    "root cause", "원인", "문제 원인", "발생 원인",
))  # fmt: skip
_SOLUTION_HEADINGS: Final = frozenset((
    "solution", "solutions", "the solution", "fix", "the fix", "workaround", "해결",
    "해결책", "해결법", "해결 방법", "해결방법",
))  # fmt: skip


# an exercise or a worked example over a problem and its solution: a note titled ``P6``,
# ``HW 2``, ``Problem 3``, ``Structural Induction Example``, or a section headed
# ``Example``, ``예제 2``, ``Exercises``
_EXERCISE_LABEL: Final = re.compile(
    r"(?:.*\s)?(?:examples?|예시|예제|exercises?|연습\s*문제)(?:\s*#?\d+)?|homework|hw\s*\d*"
    r"|(?:p|q|ex|problem|question|문제)\s*\.?\s*\d+[a-z]?"
)


def answers_the_problem(heading: str, before: str | None, above: Sequence[str]) -> bool:
    """Whether ``heading`` gives the solution to the problem its sibling ``before`` (the
    heading just before it, at its level, under the same parent) states; a ``Solution``
    with no problem beside it, or under an exercise or a worked example (``above``: the
    note's title and the headings over both), is the exercise's working."""
    return (
        before is not None
        and folded_heading(heading) in _SOLUTION_HEADINGS
        and folded_heading(before) in _PROBLEM_HEADINGS
        and not any(_EXERCISE_LABEL.fullmatch(folded_heading(label)) for label in above)
    )


def labels_a_problem(label: str) -> bool:
    """``Problem``, ``해결법``, ``Cause``: a label of a problem or of its solution."""
    folded = folded_heading(label)
    return folded in _PROBLEM_HEADINGS or folded in _SOLUTION_HEADINGS


# the part of an exercise that states what to do: a kata's ``## Task`` / ``## Scenario``
# under ``## Instructions``, a homework's ``## Problem`` in a note titled ``P6``
_TASK_LABELS: Final = frozenset((
    "task", "the task", "your task", "tasks", "problem", "problem statement", "scenario",
    "문제", "과제",
))  # fmt: skip
# the heading over an exercise's parts (a kata's, an online judge's): ``Instructions``
_EXERCISE_PARTS: Final = frozenset(("instructions", "description", "문제 설명", "kata"))
_LONGEST_TASK_QUESTION: Final = 40
# the last characters of those labels, either case ("Task", "problem", "문제")
_TASK_LABEL_ENDS: Final = frozenset("kKsSmMtToO제")


def states_an_exercise(question: str, answer: str, context: Sequence[str]) -> bool:
    """``Task`` under ``Instructions`` => ``Given an array of integers, return ...``, ``P6 —
    Problem`` => ``Prove or disprove: ...``: an exercise's statement asked by the label of its
    part. The label under a named subject (``Attention — Problem``, ``Airflow`` / ``Task``)
    is the subject's problem or a term, kept; so is one the answer names (``Task는 ...``)."""
    if len(question) > _LONGEST_TASK_QUESTION:
        return False  # most questions: decided at once
    if question.rstrip(" .:*_`)?!]")[-1:] not in _TASK_LABEL_ENDS:
        return False  # (one character first: most questions end in no exercise part's label)
    owner, _, label = question.rpartition(" — ")
    folded = folded_heading(label)
    if folded not in _TASK_LABELS:
        return False
    over = folded_heading(owner or (context[-1] if context else ""))
    if over not in _EXERCISE_PARTS and _EXERCISE_LABEL.fullmatch(over) is None:
        return False  # the problem of a named subject, or a term
    return folded.rstrip("s").removeprefix("the ").removeprefix("your ") not in answer.casefold()
