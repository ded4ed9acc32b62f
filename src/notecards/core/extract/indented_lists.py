"""Lists indented under a paragraph's line, read as the list the writer sees.

``2 parts with bidirectional communication`` followed by ``    - slave: ...`` (four spaces or
a tab before the bullet) is, to CommonMark, one paragraph: an indented line continues the
paragraph above it. Obsidian and most editors draw a list there, and writers indent a list
to show that it belongs to the line above. The run of indented list lines right under a
paragraph's line (not a list item's: there the list is already nested in the item) is
dedented by its first line's indentation. Bullets indented by one or two spaces under a
numbered item (``1. 방법`` + ``  - 설명``) fall short of its text, which CommonMark needs to nest
them; they are moved in to it. Lines are never added or removed, so every card keeps its
line.
"""

from __future__ import annotations

import re
from typing import Final

from notecards.core.extract.blocks import fence_after

_INDENTED_ITEM: Final = re.compile(r"^(?P<indent> {4,}|\t+ *)(?:[-*+]|\d{1,3}[.)])\s+\S")
_ITEM: Final = re.compile(r"^ {0,3}(?:[-*+]|\d{1,3}[.)])(?:\s|$)")
_NOT_PARAGRAPH: Final = re.compile(r"^ {0,3}(?:#|>|\||```|~~~|<)")
_BREAK: Final = re.compile(r"^ {0,3}(?:#|(?:[-*_]\s*){3,}$|```|~~~)")  # a heading, a rule, a fence
# an indented item's line after a line that is neither blank nor indented: the item is
# found by a search led by the newline before it (fast), the line above is checked after
# a line indented as a nested item can be: the test before anything else is looked at (a
# compiled literal searches faster than ``in``)
_INDENTED_LINE: Final = re.compile("\n(?:    |\t)")
_INDENTED_AFTER_NEWLINE: Final = re.compile(r"\n(?: {4,}|\t+ *)(?:[-*+]|\d{1,3}[.)])[ \t]+\S")
_LINE_ABOVE: Final = re.compile(r" {0,3}\S")
# _ITEM and _BREAK for a line inside the text (from its start to its newline)
_ITEM_IN_TEXT: Final = re.compile(_ITEM.pattern.removeprefix("^"))
_BREAK_IN_TEXT: Final = re.compile(_BREAK.pattern.removeprefix("^"))


def _paragraph_line(lines: list[str], index: int) -> bool:
    """Whether ``lines[index]`` is a line of a paragraph that no list item holds."""
    line = lines[index]
    if not line.strip() or line.startswith(("    ", "\t")) or _NOT_PARAGRAPH.match(line):
        return False
    while index >= 0 and lines[index].strip() and not _BREAK.match(lines[index]):
        if _ITEM.match(lines[index]) or lines[index].startswith(("    ", "\t")):
            return False  # a list item's text, or under one
        index -= 1
    return True


def _in_fence(lines: list[str], index: int) -> bool:
    """Whether ``lines[index]`` lies inside a fenced code block."""
    fence = ""
    for line in lines[:index]:
        fence = fence_after(fence, line)
    return bool(fence)


# a bullet indented by one or two spaces: under a numbered item's line, short of the item's
# text, which starts three columns in or more (a search led by the newline: fast)
_SHORT_BULLET_LINE: Final = re.compile(r"\n {1,2}[-*+] ")
_NUMBERED_ITEM: Final = re.compile(r"(?P<marker>\d{1,9}[.)] +)\S")
_SHORT_BULLET: Final = re.compile(r"(?P<indent> {1,2})[-*+] ")


def _nested_under_numbers(text: str) -> str:
    """``1. 다른 구분자 사용`` + ``  - ...``: bullets indented short of a numbered item's
    text nest in it, as the writer means (CommonMark makes them a list of their own); the
    lines under the first are moved as far, so deeper ones keep their nesting."""
    if _SHORT_BULLET_LINE.search(text) is None:
        return text
    lines = text.split("\n")
    fence = ""  # the fence of the code block the line is in, if any (code is left alone)
    index = 0
    while index < len(lines) - 1:
        fence = fence_after(fence, lines[index])
        item = None if fence else _NUMBERED_ITEM.match(lines[index])
        bullet = _SHORT_BULLET.match(lines[index + 1]) if item is not None else None
        if item is None or bullet is None:
            index += 1
            continue
        shift = " " * (len(item.group("marker")) - len(bullet.group("indent")))
        index += 1
        while index < len(lines) and lines[index][:1] == " " and lines[index].strip():
            lines[index] = shift + lines[index]
            index += 1
    return "\n".join(lines)


def as_lists(text: str) -> str:
    """``text`` with each list indented under a paragraph's line dedented, and each list
    indented short of a numbered item's text nested in it."""
    text = _nested_under_numbers(text)
    if _INDENTED_LINE.search(text) is None:
        return text
    lines: list[str] | None = None
    done = 0  # lines before this one are settled
    above = 0  # the line above the last candidate
    position = 0
    # an indented item right after a line that is neither blank nor indented: found in one
    # scan of the text; only those lines are looked at again
    for candidate in _INDENTED_AFTER_NEWLINE.finditer(text):
        newline = candidate.start()
        line_above = text.rfind("\n", 0, newline) + 1
        if _LINE_ABOVE.match(text, line_above, newline) is None:
            continue
        if _ITEM_IN_TEXT.match(text, line_above, newline) and not _BREAK_IN_TEXT.match(
            text, line_above, newline
        ):
            continue  # under a list item's line: nested in the item already (the commonest)
        above += text.count("\n", position, newline)
        position = newline
        index = above + 1  # the indented item's line
        if index < done:
            continue
        if lines is None:
            lines = text.split("\n")
        found = _INDENTED_ITEM.match(lines[index])
        if found is None or not _paragraph_line(lines, index - 1) or _in_fence(lines, index):
            continue
        indent = found.group("indent")
        while index < len(lines) and lines[index].startswith(indent) and lines[index].strip():
            lines[index] = lines[index][len(indent) :]
            index += 1
        done = index
    return text if lines is None else "\n".join(lines)
