"""Front matter (YAML, TOML or JSON, via python-frontmatter): tags, deck, and where the body starts.

Broken front matter is reported and skipped, never fatal: the body is still read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

_YAML_FENCE = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_TOML_FENCE = re.compile(r"\A\+\+\+[ \t]*\n(.*?\n)?\+\+\+[ \t]*(?:\n|\Z)", re.DOTALL)
_TAG_SPLIT = re.compile(r"[,\s]+")


@dataclass(frozen=True, slots=True)
class FrontMatter:
    """What a note's front matter says, and how many lines it takes."""

    body_line: int = 0
    tags: tuple[str, ...] = ()
    deck: str | None = None
    problem: str | None = None


def _tags(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        items: list[Any] = _TAG_SPLIT.split(value)
    elif isinstance(value, list | tuple | set):
        items = list(value)
    else:
        items = [value]
    seen: dict[str, None] = {}
    for item in items:
        if item is None or isinstance(item, dict | list):
            continue
        tag = str(item).strip().lstrip("#").strip()
        if tag:
            seen.setdefault(tag.replace(" ", "_"), None)
    return tuple(seen)


def _first_line_of(message: str) -> str:
    return message.strip().splitlines()[0] if message.strip() else "unreadable"


def read(text: str) -> FrontMatter:
    """Parse the front matter at the start of ``text``, if any."""
    if not text.startswith(("---", "+++", "{")):
        return FrontMatter()
    fence = _YAML_FENCE.match(text) or _TOML_FENCE.match(text)
    if fence is None:
        return FrontMatter()
    body_line = text.count("\n", 0, fence.end())
    if not text.endswith("\n") and fence.end() == len(text):
        body_line += 1
    import frontmatter

    try:
        metadata, _ = frontmatter.parse(text[: fence.end()])
    except Exception as error:  # YAML/TOML errors of every kind
        return FrontMatter(
            body_line=body_line,
            problem=f"front matter is not valid ({_first_line_of(str(error))}); ignored",
        )
    if not isinstance(metadata, dict):
        return FrontMatter(body_line=body_line, problem="front matter is not a mapping; ignored")
    deck = metadata.get("deck")
    return FrontMatter(
        body_line=body_line,
        tags=_tags(metadata.get("tags", metadata.get("tag"))),
        deck=str(deck).strip() or None if deck is not None else None,
    )
