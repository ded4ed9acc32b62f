"""Command options belong to their command: ``- -l : 자세히 보여줌`` under ``ls`` asks
``ls -l``.

Reference notes list a command's options one per item (``- `-f`: 실시간으로 추적``,
``- --name NAME : 이름 설정``). An option alone is no question, so its card names the
command: the nearest item before it in the same list whose term is a command
(``- `tail`: 파일 끝 출력``), else the parent item or heading it sits under when that
starts with a command (``useradd -m -d /home/me``, ``### tail 옵션``). Without a command the
option keeps its dashes (``-l``, never ``l``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from notecards.core.extract.patterns.labels import is_generic_label
from notecards.core.extract.patterns.splitting import is_option
from notecards.core.extract.proposal import Context, Proposal

# a command: one or two lowercase words before any option, path or other text
_COMMAND = re.compile(r"`?(?P<command>[a-z][\w.-]*[a-z0-9](?: [a-z][\w-]*[a-z0-9])?)(?=`|\s|$)")
_MAX_COMMAND_WORDS = 2
_ARGUMENT_STARTS = frozenset("-/.$<{[`'\"~")


def command_in(text: str) -> str | None:
    """The command a term, a parent item or a heading starts with: ``tail`` of ``tail 옵션
    설명``, ``docker run`` of ```docker run```, ``useradd`` of ``useradd -m -d /home``."""
    text = text.strip()
    match = _COMMAND.match(text)
    if match is None:
        return None
    command = match.group("command")
    words = command.split()
    rest = text[match.end() :].lstrip("`").strip()
    if rest and rest[0].isascii() and rest[0] not in _ARGUMENT_STARTS:
        return None  # "single image test" names no command; "tail 옵션", "useradd -m" do
    while words and is_generic_label(words[-1]):
        words.pop()  # "e.g", "ex" are no commands
    if not words or len(words) > _MAX_COMMAND_WORDS:
        return None
    return " ".join(words)


def qualified(items: Sequence[Sequence[Proposal]], context: Context) -> list[list[Proposal]]:
    """The proposals of a list's items, item by item, their options asked with their
    command; ``context`` is the path above the list, innermost last."""
    fallback = next((c for c in map(command_in, reversed(context)) if c is not None), None)
    command = fallback
    result: list[list[Proposal]] = []
    for proposals in items:
        asked: list[Proposal] = []
        for proposal in proposals:
            question = proposal.question
            if is_option(question) and proposal.context == context and command is not None:
                asked.append(proposal._replace(question=f"{command} {question.strip('`')}"))
                continue
            if proposal.context == context and question.startswith("`") and not is_option(question):
                command = command_in(question) or command
            asked.append(proposal)
        result.append(asked)
    return result
