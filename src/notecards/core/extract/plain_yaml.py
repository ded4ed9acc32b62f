"""Plain front matter read without the YAML library: ``key: value`` lines and lists of words.

Most front matter is a few ``key: value`` lines (``title: "..."``, ``date: 2023-01-17``,
``tags: [a, b]``, a ``tags:`` key followed by ``- a`` items). :func:`read` reads exactly
that subset, giving what the YAML loader of :mod:`.front_matter` gives for it, and returns
None for anything else, which the loader then reads: comments, anchors, tags, block
scalars, nested mappings, escapes, quotes within quotes, ``#``, brackets or ``: `` within a
plain value, tabs, control or other unusual characters, and any value that YAML would read
as something other than text, a boolean, null or a plain decimal integer.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

# ``key: value`` at the start of a line; the value without the spaces before it (those
# after it are stripped: a lazy ``(.*?) *`` would try the end at every character)
_KEY_LINE: Final = re.compile(r"([A-Za-z_][A-Za-z0-9_-]{0,60}):(?: +(.*))?")
# ``  - item`` under a key with no value of its own (the item's trailing spaces stripped)
_ITEM_LINE: Final = re.compile(r"( *)- +(.*)")
# a plain value: no indicator first, no ``#`` or bracket anywhere, a ``:`` only before
# another character than a space (``math::analysis``); in a ``[list]``, no ``:`` or quote
# (written as runs of other characters, each colon between two: one branch per colon, not
# one per character)
_PLAIN: Final = re.compile(r"[^\s\-?:,\[\]{}#&*!|>'\"%@`][^:#\[\]{}]*(?::(?=[^ ])[^:#\[\]{}]*)*")
_PLAIN_IN_LIST: Final = re.compile(r"[^\s\-?:,\[\]{}#&*!|>'\"%@`][^:#\[\]{},'\"]*")
_QUOTED: Final = re.compile(r"\"([^\"\\]*)\"|'([^']*)'")
_DECIMAL: Final = re.compile(r"[-+]?(?:0|[1-9][0-9]*)")
_STR: Final = "tag:yaml.org,2002:str"
_BOOL: Final = "tag:yaml.org,2002:bool"
_NULL: Final = "tag:yaml.org,2002:null"
_INT: Final = "tag:yaml.org,2002:int"
_TRUE: Final = frozenset(("yes", "true", "on"))


class _NotPlainError(Exception):
    """The block is not in the plain subset: YAML reads it."""


def read(block: str, resolve: Callable[[str], str]) -> dict[str, object] | None:
    """The mapping a plain front matter ``block`` holds, or None when it is not plain.

    ``resolve`` gives the YAML tag the loader resolves a plain scalar to.
    """
    if "\t" in block or "#" in block:
        return None
    try:
        return _mapping(block.split("\n"), resolve)
    except _NotPlainError:
        return None


def _mapping(lines: list[str], resolve: Callable[[str], str]) -> dict[str, object] | None:
    found: dict[str, object] = {}
    key: str | None = None  # the key with no value of its own, which items may follow
    items: list[object] | None = None
    indent = ""
    for line in lines:
        if not line.isprintable():
            raise _NotPlainError  # YAML refuses some characters; the loader says which
        if not line.strip(" "):
            continue
        if line[0] == " " or line[0] == "-":
            item = _ITEM_LINE.fullmatch(line)
            if item is None or key is None:
                raise _NotPlainError
            if items is None:
                items, indent = [], item.group(1)
                found[key] = items
            elif item.group(1) != indent:
                raise _NotPlainError
            items.append(_scalar(item.group(2).rstrip(" "), resolve, _PLAIN))
            continue
        match = _KEY_LINE.fullmatch(line)
        if match is None:
            raise _NotPlainError
        key, value = match.group(1), match.group(2)
        if value:
            value = value.rstrip(" ")
        items = None
        found[key] = _value(value, resolve) if value else None
        if value:
            key = None
    return found or None


def _value(text: str, resolve: Callable[[str], str]) -> object:
    if text[0] != "[":
        return _scalar(text, resolve, _PLAIN)
    if not text.endswith("]"):
        raise _NotPlainError
    inner = text[1:-1]
    if not inner.strip(" "):
        return []
    return [_scalar(part.strip(" "), resolve, _PLAIN_IN_LIST) for part in inner.split(",")]


def _scalar(text: str, resolve: Callable[[str], str], plain: re.Pattern[str]) -> object:
    """A quoted or plain scalar as YAML constructs it."""
    quoted = _QUOTED.fullmatch(text) if text[:1] in "\"'" else None
    if quoted is not None:
        double = quoted.group(1)
        return double if double is not None else quoted.group(2)
    if plain.fullmatch(text) is None:
        raise _NotPlainError
    tag = resolve(text)
    if tag == _STR:
        return text
    if tag == _BOOL:
        return text.lower() in _TRUE
    if tag == _NULL:
        return None
    if tag == _INT and _DECIMAL.fullmatch(text):
        return int(text)
    raise _NotPlainError
