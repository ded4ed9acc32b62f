"""A cheat sheet of commands in a code block, each with a comment saying what it does:

```
$ git stash apply   // 최근 stash 내용으로 다시 복원
$ git diff --cached  # 커밋 후 변경사항 확인
```

Each such line is a card: the command asks, its comment answers. Only a block typed at a
shell (an indented block, or a fence naming a shell or no language) with two such lines at
least is read: a program's comments (``x = 1  # start at one``) explain code, they are no
cheat sheet.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from notecards.core.extract.actions import typed_at_a_shell
from notecards.core.extract.blocks import Block
from notecards.core.extract.patterns.chatter import CONTENT
from notecards.core.extract.proposal import Context, Idiom, Proposal
from notecards.core.model import CardKind

# "$ git diff [file]   // 특정 파일 변경사항 확인": a prompt, a command, a space and a comment
_COMMENTED = re.compile(
    r"^\s*(?:[$%>]\s+)?(?P<command>[a-z][\w.+-]*(?:[ \t]+[^#\s/][^#]*?)?)"
    r"[ \t]+(?:#|//)\s*(?P<comment>\S.*?)\s*$"
)
# the first word of a line of a program, never a command
_PROGRAM_WORDS = frozenset(
    (
        "def", "class", "import", "from", "return", "if", "elif", "else", "for", "while",
        "let", "const", "var", "int", "float", "double", "char", "void", "public", "private",
        "static", "function", "fn", "val", "print", "printf", "try", "catch", "switch", "case",
        "struct", "enum", "typedef", "package", "func", "go", "defer", "async", "await",
    )
)  # fmt: skip
_MIN_COMMANDS = 2


def in_block(block: Block, lines: Sequence[str], context: Context) -> list[Proposal]:
    """A card for each commented command of a shell code block, when it holds two or more."""
    if block.kind not in ("code", "fence") or not typed_at_a_shell(block, lines):
        return []
    inside = (
        range(block.start + 1, block.end - 1)
        if block.kind == "fence"
        else range(block.start, block.end)
    )
    found: list[Proposal] = []
    for index in inside:
        line = lines[index]
        if "#" not in line and "//" not in line:
            continue
        commented = _COMMENTED.match(line)
        if commented is None:
            continue
        command = commented.group("command").strip()
        comment = commented.group("comment")
        if command.split()[0] in _PROGRAM_WORDS or " = " in command or not CONTENT.search(comment):
            continue  # a program's line, an assignment or a setting ("mask = ...", "x = yes")
        question = f"`{command}`"
        found.append(
            Proposal(CardKind.BASIC, question, comment, index + 1, context, Idiom.COMMENTED_COMMAND)
        )
    return found if len(found) >= _MIN_COMMANDS else []
