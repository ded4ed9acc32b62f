"""A note's block structure as a small tree of blocks with line ranges.

Only block structure is parsed (inline parsing is switched off): card rules work on the
markdown source of each line, which is also what answers keep.

Two parsers give the same tree: :mod:`notecards.core.extract.rust_blocks` (markdown-it.rs,
ten times faster) reads almost every note; markdown-it-py, with the dollarmath plugin and
our table rule, reads the rest (see that module for which, and why).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token


# markdown-it stops nesting blocks past this depth (and never recurses deeper)
MAX_NESTING: Final = 40
FENCES: Final = ("```", "~~~")
# what a fence may stand after on its line: list markers and quote markers
_ITEM_OR_QUOTE: Final = frozenset("-*+>0123456789")
_ITEM_OR_QUOTE_MARKERS: Final = re.compile(r"^(?:(?:[-*+]|\d{1,9}[.)])[ \t]+|>[ \t]?)+")


def fence_after(fence: str, line: str) -> str:
    """The code fence open after a source line (``""``: none), ``fence`` being the one open
    before it: for reading raw lines before they are parsed (a spacer or an indented list
    inside code is code)."""
    stripped = line.strip()
    if not stripped.startswith(FENCES):
        if stripped[:1] not in _ITEM_OR_QUOTE or ("```" not in line and "~~~" not in line):
            return fence
        # "- ``` java" or "> ```": a fence opened (or, in a quote, closed) in a list item
        # or a quote; an item's fence is closed by its indented "```"
        stripped = _ITEM_OR_QUOTE_MARKERS.sub("", stripped)
        if not stripped.startswith(FENCES):
            return fence
    marker = stripped[:3]
    if not fence and marker == "```" and "`" in stripped.lstrip("`"):
        return fence  # "```GET / HTTP/1.0```": code in a line, no fence (an info string
        # never holds a backtick)
    return "" if fence == marker else fence or marker


@dataclass(slots=True)
class Block:
    """One block: heading, paragraph, list, item, quote, code, fence, math, table, html, hr.

    ``start``/``end`` are 0-based line numbers in the parsed text, end exclusive; ``text``
    is the inline source of a heading or paragraph, or the content of a code block.
    """

    kind: str
    start: int
    end: int
    text: str = ""
    level: int = 0
    children: list[Block] = field(default_factory=list)

    def __init__(  # noqa: PLR0917 (the fields in their order, as the generated __init__)
        self,
        kind: str,
        start: int,
        end: int,
        text: str = "",
        level: int = 0,
        children: list[Block] | None = None,
    ) -> None:
        # written out: the generated one calls ``list`` for the children's default (a block
        # is made for every node of every note; keyword-only fields would be slower to call)
        self.kind = kind
        self.start = start
        self.end = end
        self.text = text
        self.level = level
        self.children = [] if children is None else children


# Block rules that only matter when their trigger appears somewhere in the note. Each
# pattern is a superset of the lines where its rule could fire (any indentation, inside
# lists or quotes), so switching a rule off when its pattern is absent changes nothing but
# the time spent trying it on every line.
# indentation, quote marks and list markers in any order (``- > ---`` is a rule in a quote
# in an item)
_LIST_OR_QUOTE_PREFIX: Final = r"(?:[ \t>]|(?:[-*+]|\d{1,9}[.)])[ \t])*"
# A line made only of -, *, _ or = (after indentation, quote marks and list markers) is the
# only place a setext underline or a thematic break can be: one scan decides both rules.
_RULE_LINE: Final = re.compile(r"^" + _LIST_OR_QUOTE_PREFIX + r"[-*_=][-*_= \t]*$", re.MULTILINE)
# rule: (substrings of which one must appear, a pattern one of their lines must match)
_OPTIONAL_RULES: Final[dict[str, tuple[tuple[str, ...], re.Pattern[str] | None]]] = {
    "blockquote": ((">",), re.compile(_LIST_OR_QUOTE_PREFIX + ">")),
    "html_block": (("<",), re.compile(_LIST_OR_QUOTE_PREFIX + "<[A-Za-z/!?]")),
    "reference": (("]:",), None),
    "fence": (FENCES, None),
    "table": (("|",), None),
    "math_block": (("$$",), None),
}
_RULE_LINE_RULES: Final = ("lheading", "hr")


def _needs(text: str, hints: tuple[str, ...], pattern: re.Pattern[str] | None) -> bool:
    """Whether a hint appears on a line that the pattern (if any) matches from its start."""
    for hint in hints:
        position = text.find(hint)
        while position != -1:
            if pattern is None:
                return True
            start = text.rfind("\n", 0, position) + 1
            end = text.find("\n", position)
            end = len(text) if end == -1 else end
            if pattern.match(text, start, end):
                return True
            position = text.find(hint, end)
    return False


@functools.cache
def parser(needed: frozenset[str] | None = None) -> MarkdownIt:
    """CommonMark with tables and ``$$`` math blocks, block level only.

    ``needed`` names the optional block rules to keep (all of them when None). The core
    ``normalize`` rule is off: :func:`notecards.core.repair.normalise` has already turned
    line endings into ``\\n`` and NUL into U+FFFD; ``text_join`` only touches inline tokens.
    """
    from markdown_it import MarkdownIt
    from mdit_py_plugins.dollarmath import dollarmath_plugin

    from notecards.core.extract.table_rule import table_block

    markdown = MarkdownIt("commonmark", {"maxNesting": MAX_NESTING})
    markdown.enable("table").use(dollarmath_plugin).disable(["inline", "normalize", "text_join"])
    markdown.block.ruler.at("table", table_block, {"alt": ["paragraph", "reference"]})
    if needed is not None:
        optional = [*_OPTIONAL_RULES, *_RULE_LINE_RULES]
        unused = [rule for rule in optional if rule not in needed]
        if unused:
            markdown.disable(unused)
    return markdown


def parser_for(text: str) -> MarkdownIt:
    """The cheapest parser that reads ``text`` exactly as the full one would."""
    needed = {rule for rule, trigger in _OPTIONAL_RULES.items() if _needs(text, *trigger)}
    if _RULE_LINE.search(text):
        needed.update(_RULE_LINE_RULES)
    return parser(frozenset(needed))


_OPENS: Final = {
    "paragraph_open": "paragraph",
    "heading_open": "heading",
    "bullet_list_open": "list",
    "ordered_list_open": "list",
    "list_item_open": "item",
    "blockquote_open": "quote",
    "table_open": "table",  # our table rule emits no tokens inside a table
    "fence": "fence",
    "code_block": "code",
    "math_block": "math",
    "math_block_label": "math",
    "html_block": "html",
    "hr": "hr",
}
CONTAINER_KINDS: Final = frozenset(("list", "item", "quote"))
TEXT_KINDS: Final = frozenset(("paragraph", "heading"))
CODE_KINDS: Final = frozenset(("fence", "code"))  # a fenced or an indented code block
_CONTAINER_CLOSES: Final = frozenset(
    {"bullet_list_close", "ordered_list_close", "list_item_close", "blockquote_close"}
)


def build(tokens: Sequence[Token], shift: int = 0) -> list[Block]:
    """Fold a token stream into blocks; ``shift`` is added to every line number."""
    root: list[Block] = []
    stack: list[Block] = []
    pending: Block | None = None
    for token in tokens:
        token_type = token.type
        if token_type == "inline":
            if pending is not None:
                pending.text = token.content
                pending = None
            continue
        kind = _OPENS.get(token_type)
        if kind is None:
            if token_type in _CONTAINER_CLOSES and stack:
                stack.pop()
            continue
        span = token.map
        start, end = (span[0] + shift, span[1] + shift) if span else (0, 0)
        block = Block(kind, start, end)
        (stack[-1].children if stack else root).append(block)
        if kind in TEXT_KINDS:
            pending = block
            if kind == "heading":
                block.level = int(token.tag[1:])
        elif kind in CONTAINER_KINDS:
            stack.append(block)
        elif kind != "table":
            block.text = token.content
    return root


def parse_python(text: str, shift: int = 0) -> list[Block]:
    """The blocks as markdown-it-py (with dollarmath and our table rule) reads them."""
    return build(parser_for(text).parse(text), shift)


def parse(text: str, shift: int = 0) -> list[Block]:
    """The blocks of ``text``; ``shift`` is added to every line number."""
    from notecards.core.extract import rust_blocks

    blocks = rust_blocks.parse(text, shift)
    return blocks if blocks is not None else parse_python(text, shift)
