"""A list item that names a task, with the command that does it nested under it.

How-to lists pair a task with its command: ``- untracked files 한 번에 제거하는 방법`` with
``git clean -fd`` in a code block under it, ``- How to list remote branches`` with
``git branch -r``. The item asks, the command answers (the command is the tip, so its
answer may be code alone: see :mod:`..decide`). An item that names no task, or code longer
than a command or two (an example program), is left to the other idioms.

A cheat sheet writes the pair on one line, the task longer than a term may be: ``- build
image from Dockerfile in current working directory: `docker build -t <name> .``` (the task
before the colon asks, the command after it answers: :func:`on_one_line`).

A troubleshooting list names the situation instead of the task: ``- get-computerinfo 안
먹힐 때`` or ``- when the port is already taken`` with the one command that fixes it under
it. The situation asks just as the task does (:func:`names_a_situation`).

Many writers put the fence at the margin under the item (``* 설정값을 확인하는 방법`` and then
```` ```vim ```` on the next line): the item is then a list of its own, the code a block after
it, and the pair is the same tip (:func:`over_code`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from notecards.core.extract.actions import (
    command_lines,
    is_command,
    names_a_task,
    short_phrase,
    typed_at_a_shell,
)
from notecards.core.extract.blocks import CODE_KINDS, Block
from notecards.core.extract.clean import clean_term, dedent
from notecards.core.extract.proposal import Context, Idiom, Proposal
from notecards.core.model import CardKind

# a situation, not a task: Korean "... 때" / "... 경우" at the end, English "When ..." first
_SITUATION_ENDINGS: Final = ("때", "경우")
_WHEN: Final = re.compile(r"when\s", re.IGNORECASE)


def names_a_situation(text: str) -> bool:
    """Whether an item names the situation a command is for (``포트가 이미 쓰일 때``,
    ``When the port is taken``) in a short phrase."""
    situation = text.endswith(_SITUATION_ENDINGS) or _WHEN.match(text) is not None
    return situation and short_phrase(text)


def in_item(
    head: str,
    nested: Sequence[Block],
    lines: Sequence[str],
    *,
    own_lines: int,
    line: int,
    context: Context,
) -> Proposal | None:
    """The card of an item whose one-line text ``head`` names a task and whose first nested
    block is a command; ``line`` is the item's 0-based line. None otherwise."""
    if own_lines != 1 or not nested or nested[0].kind not in CODE_KINDS:
        return None
    question = clean_term(head).rstrip(":：").strip()
    if not question:
        return None
    if not names_a_task(question) and not (
        names_a_situation(question) and typed_at_a_shell(nested[0], lines)
    ):
        return None  # a situation is answered by a command typed at a shell, not a listing
    code = dedent(lines[nested[0].start : nested[0].end]).strip()
    fenced = nested[0].kind == "fence"
    if not command_lines(code, fenced=fenced) or not is_command(code, fenced=fenced):
        return None  # (an empty fence shows no command)
    return Proposal(
        CardKind.BASIC, question, code, line + 1, context, Idiom.ACTION_ITEM, code_is_tip=True
    )


# a bullet and the text after it (a numbered step is one of a procedure: the steps with
# their code answer the heading together, see :func:`..list_shapes.with_step_code`)
_BULLET_ITEM: Final = re.compile(r"\s*[-*+]\s+(?P<head>\S.*)")


def over_code(
    body: Sequence[Block], index: int, lines: Sequence[str], context: Context
) -> Proposal | None:
    """The card of ``body[index]``, a bulleted list of one one-line item naming a task,
    with the command in the code block right after it, under the list rather than nested
    in it. None otherwise, and None when code opens the run of items and code blocks
    (``make -j 8`` + ``- Runs 8 jobs``: each item explains the code above it)."""
    block, after = body[index], body[index + 1] if index + 1 < len(body) else None
    if after is None or after.kind not in CODE_KINDS or block.end - block.start != 1:
        return None
    first = index  # the run's first item: code before it is what the items explain
    while first > 1 and body[first - 1].kind in CODE_KINDS and body[first - 2].kind == "list":
        first -= 2
    if first and body[first - 1].kind in CODE_KINDS:
        return None
    found = _BULLET_ITEM.fullmatch(lines[block.start].rstrip())
    if found is None:
        return None
    return in_item(
        found.group("head"), [after], lines, own_lines=1, line=block.start, context=context
    )


# "task: `command`": a task before a colon, one code span after it and nothing more
_TASK_THEN_COMMAND: Final = re.compile(r"(?P<task>[^:`]{3,120}?)\s*[:：]\s+(?P<code>`[^`]+`)\s*")
# a program's name and at least one argument ("docker ps --all", "git log -p")
_PROGRAM_AND_ARGUMENTS: Final = re.compile(r"[a-z][\w.-]*\s+\S")
# the writer's sentence, not a task ("Convert this from base64 and you get")
_STORY_WORDS: Final = re.compile(r"\b(?:you|we|I|this|that)\b")


def on_one_line(head: str, line: int, context: Context) -> Proposal | None:
    """The card of an item whose line is a task and, after a colon, the command that does
    it in code (``- list containers: `docker ps --all```); ``line`` is 0-based."""
    found = _TASK_THEN_COMMAND.fullmatch(head.strip())
    if found is None:
        return None
    question = clean_term(found.group("task"))
    if not question or not names_a_task(question) or _STORY_WORDS.search(question):
        return None
    command = found.group("code").strip("`").strip()
    if not _PROGRAM_AND_ARGUMENTS.match(command) or not is_command(command, fenced=False):
        return None
    return Proposal(
        CardKind.BASIC,
        question,
        found.group("code"),
        line + 1,
        context,
        Idiom.ACTION_ITEM,
        code_is_tip=True,
    )
