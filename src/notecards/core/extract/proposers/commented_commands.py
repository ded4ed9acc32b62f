"""A cheat sheet of commands in a code block, each with a comment saying what it does:

```
$ git stash apply   // 최근 stash 내용으로 다시 복원
$ git diff --cached  # 커밋 후 변경사항 확인
```

Each such line is a card: the command asks, its comment answers (on its line, or alone on
the line under it). Only a block typed at a shell (an indented block, or a fence naming a
shell or no language) with two such lines at least is read: a program's comments (``x = 1
# start at one``) explain code, they are no cheat sheet.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from notecards.core.extract.actions import typed_at_a_shell
from notecards.core.extract.blocks import CODE_KINDS, Block
from notecards.core.extract.patterns.chatter import CONTENT
from notecards.core.extract.proposal import Context, Idiom, Proposal
from notecards.core.model import CardKind

# "$ git diff [file]   // 특정 파일 변경사항 확인": a prompt, a command, a space and a comment
_COMMENTED: Final = re.compile(
    r"^\s*(?:[$%>]\s+)?(?P<command>[a-z][\w.+-]*(?:[ \t]+[^#\s/][^#]*?)?)"
    r"[ \t]+(?:#|//)\s*(?P<comment>\S.*?)\s*$"
)
# the first word of a line of a program, never a command
_PROGRAM_WORDS: Final = frozenset(
    (
        "def", "class", "import", "from", "return", "if", "elif", "else", "for", "while",
        "let", "const", "var", "int", "float", "double", "char", "void", "public", "private",
        "static", "function", "fn", "val", "print", "printf", "try", "catch", "switch", "case",
        "struct", "enum", "typedef", "package", "func", "go", "defer", "async", "await",
    )
)  # fmt: skip
_MIN_COMMANDS: Final = 2
# a command alone on its line, and a comment alone on the line under it
_BARE_COMMAND: Final = re.compile(r"\s*(?:[$%>]\s+)?(?P<command>[a-z][\w.+-]*(?:[ \t]+\S.*)?)")
_COMMENT_LINE: Final = re.compile(r"\s*(?:#|//)\s+(?P<comment>\S.*?)\s*")
# a command typed at a prompt (under the comment that says what it does, the prompt tells
# the command from the output around it)
_PROMPTED: Final = re.compile(r"\s*[$%]\s+(?P<command>[a-z][\w.+-]*(?:[ \t]+\S.*)?)")


def in_block(
    block: Block, lines: Sequence[str], context: Context, *, announced: bool = False
) -> list[Proposal]:
    """A card for each commented command of a shell code block, when it holds two or more.
    ``announced``: a sentence ending in a colon leads into the block (``this is the recipe
    that worked for me:``), which answers it whole; a comment over a command is then a step
    of that recipe, no card of its own (a comment after a command on its line still is)."""
    if block.kind not in CODE_KINDS or not typed_at_a_shell(block, lines):
        return []
    inside = (
        range(block.start + 1, block.end - 1)
        if block.kind == "fence"
        else range(block.start, block.end)
    )
    found: list[Proposal] = []
    below = not _comments_above(lines, inside)
    for index in inside:
        pair = _commented(lines, index, inside, below=below, over=not announced)
        if pair is None:
            continue
        command, comment = pair
        if command.split()[0] in _PROGRAM_WORDS or " = " in command or not CONTENT.search(comment):
            continue  # a program's line, an assignment or a setting ("mask = ...", "x = yes")
        question = f"`{command}`"
        found.append(
            Proposal(CardKind.BASIC, question, comment, index + 1, context, Idiom.COMMENTED_COMMAND)
        )
    return found if len(found) >= _MIN_COMMANDS else []


def _commented(
    lines: Sequence[str], index: int, inside: range, *, below: bool, over: bool
) -> tuple[str, str] | None:
    """The command on line ``index`` of the block's lines ``inside`` and its comment: after
    it on the line, or alone on the line under it (``below``: ``git status`` + ``# 리포지토리
    상태 표시``) or else, when ``over``, over it (``# 컨테이너 이미지 보기`` + ``$ docker
    images``)."""
    line = lines[index]
    if "#" in line or "//" in line:
        commented = _COMMENTED.match(line)
        if commented is None:
            return None
        return commented.group("command").strip(), commented.group("comment")
    if not below:
        return _commented_above(lines, index, inside.start) if over else None
    bare = _BARE_COMMAND.fullmatch(line) if index + 1 < inside.stop else None
    if bare is None:
        return None
    comment = _COMMENT_LINE.fullmatch(lines[index + 1])
    if comment is None or " " not in comment.group("comment"):
        return None  # ("# OR" between two ways: no saying what one does)
    return bare.group("command").strip(), comment.group("comment")


def _commented_above(lines: Sequence[str], index: int, start: int) -> tuple[str, str] | None:
    """The command typed at a prompt on line ``index`` and the comment alone on the line
    over it (a shell session's notes: ``# 끝난 컨테이너도 보기`` + ``$ docker ps -a``)."""
    if index <= start:
        return None
    typed = _PROMPTED.fullmatch(lines[index])
    comment = _COMMENT_LINE.fullmatch(lines[index - 1])
    if typed is None or comment is None or " " not in comment.group("comment"):
        return None
    if typed.group("command").rstrip().endswith("\\") or (
        index + 1 < len(lines) and _PROMPTED.fullmatch(lines[index + 1])
    ):
        return None  # the comment says what several commands do together, or one of lines
    return typed.group("command").strip(), comment.group("comment")


def _comments_above(lines: Sequence[str], inside: range) -> bool:
    """Whether a block's comments sit over the commands they are about (a comment line
    right above a line of code): then a comment under a command is the next one's."""
    return any(
        _COMMENT_LINE.fullmatch(lines[index]) is not None
        and lines[index + 1].strip()
        and _COMMENT_LINE.fullmatch(lines[index + 1]) is None
        for index in range(inside.start, inside.stop - 1)
    )
