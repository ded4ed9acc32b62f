"""Front matter (YAML via python-frontmatter, or TOML): tags, deck, title, where the body starts.

Plain YAML front matter (``key: value`` lines, lists of words) is read by :mod:`.plain_yaml`
without the YAML library, with the same result. Broken front matter is reported and
skipped, never fatal: the body is still read.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Final

from notecards.core.extract import plain_yaml

_YAML_FENCE: Final = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_TOML_FENCE: Final = re.compile(r"\A\+\+\+[ \t]*\n(.*?\n)?\+\+\+[ \t]*(?:\n|\Z)", re.DOTALL)
_TAG_SPLIT: Final = re.compile(r"[,\s]+")


@dataclass(frozen=True, slots=True)
class FrontMatter:
    """What a note's front matter says, and how many lines it takes."""

    body_line: int = 0
    tags: tuple[str, ...] = ()
    deck: str | None = None
    title: str | None = None
    problem: str | None = None
    problem_line: int = 1


# the types a value is tested against, made once (``list | tuple`` written in a call makes a
# new union at every call, and a union is tested more slowly than a tuple of its types)
_COLLECTIONS: Final = (list, tuple, set)
_NESTED: Final = (dict, list)
_NOT_TITLES: Final = (dict, list, tuple, set, bool)


def _tags(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        items: list[Any] = _TAG_SPLIT.split(value)
    elif isinstance(value, _COLLECTIONS):
        items = list(value)
    else:
        items = [value]
    seen: dict[str, None] = {}
    for item in items:
        if item is None or isinstance(item, _NESTED):
            continue
        tag = str(item).strip().lstrip("#").strip()
        if tag:
            seen.setdefault(tag.replace(" ", "_"), None)
    return tuple(seen)


@functools.cache
def _yaml_handler() -> Any:
    from frontmatter.default_handlers import YAMLHandler

    return YAMLHandler()


@functools.cache
def _yaml_loader() -> type:
    """YAML's safe loader, leaving dates as text: only tags and deck are read here."""
    import yaml

    base: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    loader = type("NotecardsLoader", (base,), {})
    loader.yaml_implicit_resolvers = {  # type: ignore[attr-defined]
        first: [(tag, rule) for tag, rule in rules if tag != "tag:yaml.org,2002:timestamp"]
        for first, rules in base.yaml_implicit_resolvers.items()  # type: ignore[attr-defined]
    }
    return loader


@functools.cache
def _resolver() -> Callable[[str], str]:
    """The tag the YAML loader gives a plain scalar."""
    import yaml

    loader = _yaml_loader()("")
    resolve = functools.partial(loader.resolve, yaml.ScalarNode, implicit=(True, False))
    # the same values recur from note to note (tags, ``draft``, ``true``): answers are kept
    return functools.lru_cache(maxsize=1024)(resolve)


def _load(block: str, toml: bool) -> Any:
    if toml:
        return tomllib.loads(block)
    plain = plain_yaml.read(block, _resolver())  # most front matter: no YAML parse needed
    if plain is not None:
        return plain
    return _yaml_handler().load(block, Loader=_yaml_loader())


def _error_line(error: Exception) -> int:
    """The note line of a YAML/TOML error (the fence is line 1)."""
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    line = getattr(mark, "line", None)
    if isinstance(line, int):
        return line + 2
    lineno = getattr(error, "lineno", None)
    return lineno + 1 if isinstance(lineno, int) else 1


def _first_line_of(message: str) -> str:
    return message.strip().splitlines()[0] if message.strip() else "unreadable"


def read(text: str) -> FrontMatter:
    """Parse the front matter at the start of ``text``, if any."""
    if not text.startswith(("---", "+++")):
        return FrontMatter()
    fence = _YAML_FENCE.match(text) or _TOML_FENCE.match(text)
    if fence is None:
        return FrontMatter()
    body_line = text.count("\n", 0, fence.end())
    if not text.endswith("\n") and fence.end() == len(text):
        body_line += 1
    toml = fence.re is _TOML_FENCE
    try:
        metadata = _load(fence.group(1) or "", toml)
    except Exception as error:  # YAML/TOML errors of every kind
        reason = _first_line_of(str(getattr(error, "problem", None) or error))
        return FrontMatter(
            body_line=body_line,
            problem=f"front matter is not valid {'TOML' if toml else 'YAML'} ({reason}); ignored",
            problem_line=_error_line(error),
        )
    if metadata is None:
        return FrontMatter(body_line=body_line)
    if not isinstance(metadata, dict):
        return FrontMatter(body_line=body_line, problem="front matter is not a mapping; ignored")
    deck = metadata.get("deck")
    deck_name = str(deck).strip() if deck is not None else ""
    return FrontMatter(
        body_line=body_line,
        tags=_tags(metadata.get("tags", metadata.get("tag"))),
        deck=deck_name or None,
        title=_title(metadata.get("title")),
    )


def _title(value: Any) -> str | None:
    """The ``title`` field as text: a string, number or date; None if absent or empty."""
    if value is None or isinstance(value, _NOT_TITLES):
        return None
    return str(value).strip() or None
