"""A list item's opening as a list's answer shows it: its first line, or its first sentence
when the writer hard-wrapped that sentence onto the next lines.

Many writers wrap their prose at about 80 columns, so an item's sentence may go on over two
or three source lines (``- Can amnesia be undone by`` + ``light-activation?``). Where an
answer shows an item by its opening only (the item is a card of its own, or the list is
long), the opening ends where the sentence ends, not where the line does.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from notecards.core.extract.blocks import Block

# what ends a sentence at the end of a line: a stop, a colon, a closing bracket or quote
# after one, a Korean sentence ending (``...한다``, ``...함``) or a formula's close
_ENDS_SENTENCE: Final = re.compile(r"[.!?:;。：)\]\"'`$*|]$|(?:다|요|음|함|됨|임)$")
# a Korean line that goes on: it ends in a particle or a connective ending (``...하며``,
# ``...하고``, ``...를``); a noun ending (``기능 동일``) closes a note's point
_KOREAN_GOES_ON: Final = re.compile(
    r"(?:며|고|서|데|지만|면|여|와|과|및|의|[을를이가은는에로도나]|[한된인할될])$"
)
# a sentence ending inside a joined line: the text after it is the next sentence
_SENTENCE_BREAK: Final = re.compile(r"(?<=[a-z가-힣)\]`$][.!?]) +(?=[A-Z가-힣])")
_MAX_WRAPPED_LINES: Final = 3
# a line the writer wrapped is about as wide as the others they wrap (80 columns, often
# less): a shorter first line ended where the writer meant it to
_MIN_WRAPPED_WIDTH: Final = 60


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _width(line: str) -> int:
    """The columns a line takes in a fixed-width editor: Hangul and CJK take two."""
    if line.isascii():
        return len(line)
    return len(line) + sum(1 for char in line if char >= "\u1100")


# what a line of running prose may open with (not a formula, a marker, a link, a command)
_PROSE_OPENERS: Final = frozenset("([`'\"")


def _continues(said: str) -> bool:
    """Whether a line goes on with the words of the line above: it opens with a word, a
    bracket, a quote, inline code or inline math (not a display formula's ``$$``), and is
    not a bare link, a numbered marker (``1.``, ``a)``) or a new sentence."""
    first = said[:1]
    if not (first.isalnum() or first in _PROSE_OPENERS or (first == "$" and said[1:2] != "$")):
        return False
    if said[1:2] in (".", ")") or said.startswith(("http://", "https://", "www.")):
        return False
    # "The fraction of ...", "Algorithm is:": a capitalised word opens a sentence of its own
    # (an acronym or a name in capitals may go on: "MAP approximation", "HR chat")
    return not (first.isupper() and said[1:2].islower())


def item_head(item: Block, lines: Sequence[str]) -> str:
    """The item's first line, with the lines its unfinished sentence wraps onto joined to it
    by a space (up to the sentence's end). A hard line break (two trailing spaces, a
    backslash) or a line that ends a sentence ends the opening there."""
    start = item.start
    first = lines[start]
    children = item.children
    if not children:
        return first.strip()
    paragraph = children[0]
    if paragraph.kind != "paragraph" or paragraph.start != start or paragraph.end - start < 2:
        return first.strip()
    head = first.rstrip()
    if (
        first.endswith(("  ", "\\"))
        or _width(head.strip()) < _MIN_WRAPPED_WIDTH
        or _ENDS_SENTENCE.search(head) is not None
        or head.count("$$") % 2  # (a display formula opened: its rows follow)
        or ("가" <= head[-1] <= "힣" and _KOREAN_GOES_ON.search(head) is None)
    ):
        return head.strip()  # (a short line broken on purpose: a name and a remark under it)
    stop = min(paragraph.end, start + 1 + _MAX_WRAPPED_LINES)
    for line in lines[start + 1 : stop]:
        said = line.strip()
        if not _continues(said) or (said.endswith(":") and _indent(line) <= _indent(first)):
            break  # (a line back at the marker's column ending in a colon leads a list of its own)
        broken = _SENTENCE_BREAK.search(said)
        if broken is not None:
            return f"{head.strip()} {said[: broken.start()]}"
        head = f"{head} {said}"
        if line.endswith(("  ", "\\")) or _ENDS_SENTENCE.search(said) is not None:
            break
    return head.strip()
