"""Lists indented under a paragraph's line, read as the list the writer sees.

``2 parts with bidirectional communication`` followed by ``    - slave: ...`` (four spaces or
a tab before the bullet) is, to CommonMark, one paragraph: an indented line continues the
paragraph above it. Obsidian and most editors draw a list there, and writers indent a list
to show that it belongs to the line above. The run of indented list lines right under a
paragraph's line (not a list item's: there the list is already nested in the item) is
dedented by its first line's indentation. Lines are never added or removed, so every card
keeps its line.
"""

from __future__ import annotations

import re

_INDENTED_ITEM = re.compile(r"^(?P<indent> {4,}|\t+ *)(?:[-*+]|\d{1,3}[.)])\s+\S")
_ITEM = re.compile(r"^ {0,3}(?:[-*+]|\d{1,3}[.)])(?:\s|$)")
_NOT_PARAGRAPH = re.compile(r"^ {0,3}(?:#|>|\||```|~~~|<)")
_BREAK = re.compile(r"^ {0,3}(?:#|(?:[-*_]\s*){3,}$|```|~~~)")  # a heading, a rule, a fence
_FENCES = ("```", "~~~")


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


def as_lists(text: str) -> str:
    """``text`` with each list indented under a paragraph's line dedented."""
    if "\n    " not in text and "\n\t" not in text:
        return text
    lines = text.split("\n")
    fence = ""
    index = 0
    while index < len(lines):
        stripped = lines[index].strip()
        if stripped.startswith(_FENCES):
            marker = stripped[:3]
            fence = "" if fence == marker else fence or marker
        found = None if fence or index == 0 else _INDENTED_ITEM.match(lines[index])
        if found is None or not _paragraph_line(lines, index - 1):
            index += 1
            continue
        indent = found.group("indent")
        while index < len(lines) and lines[index].startswith(indent) and lines[index].strip():
            lines[index] = lines[index][len(indent) :]
            index += 1
    return "\n".join(lines)
