"""A list item that names a task, with the command that does it nested under it.

How-to lists pair a task with its command: ``- untracked files 한 번에 제거하는 방법`` with
``git clean -fd`` in a code block under it, ``- How to list remote branches`` with
``git branch -r``. The item asks, the command answers (the command is the tip, so its
answer may be code alone: see :mod:`..decide`). An item that names no task, or code longer
than a command or two (an example program), is left to the other idioms.
"""

from __future__ import annotations

from collections.abc import Sequence

from notecards.core.extract.actions import is_command, names_a_task
from notecards.core.extract.blocks import Block
from notecards.core.extract.clean import clean_term, dedent
from notecards.core.extract.proposal import Context, Idiom, Proposal
from notecards.core.model import CardKind

_CODE = frozenset(("fence", "code"))


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
    if own_lines != 1 or not nested or nested[0].kind not in _CODE:
        return None
    question = clean_term(head).rstrip(":：").strip()
    if not question or not names_a_task(question):
        return None
    code = dedent(lines[nested[0].start : nested[0].end]).strip()
    if not code or not is_command(code, fenced=nested[0].kind == "fence"):
        return None
    return Proposal(
        CardKind.BASIC, question, code, line + 1, context, Idiom.ACTION_ITEM, code_is_tip=True
    )
