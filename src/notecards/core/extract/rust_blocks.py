"""The fast block parser: markdown-it.rs (through markdown-it-pyrs) read into :class:`Block`s.

markdown-it-pyrs parses ten times faster than markdown-it-py. It reads almost every note;
:func:`parse` returns None, and markdown-it-py reads the note instead, when it cannot:

- ``$$`` math blocks inside lists or quotes (it has no math plugin; top-level math blocks
  are found here by markdown-it-py's dollarmath rules and masked as HTML comments, which
  interrupt and end blocks exactly as math blocks do; when every ``$$`` line plainly
  starts a top-level block the masking needs no first parse, otherwise the note is parsed
  once to find them and again masked);
- nesting deeper than :data:`MAX_NESTING` (it has no depth limit and would exhaust its
  stack);
- anything on which it panics.

On notes whose blocks are separated by blank lines the two parsers agree card for card
(tests hold them to it); where blocks abut, markdown-it.rs follows GFM a little more
closely (a table ends the paragraph above it).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator, Sequence
from itertools import accumulate, count
from operator import add
from typing import TYPE_CHECKING, Final, Literal, get_args

from notecards.core.extract.blocks import CONTAINER_KINDS, MAX_NESTING, TEXT_KINDS, Block

if TYPE_CHECKING:
    from markdown_it_pyrs import MarkdownIt as MarkdownItRs
    from markdown_it_pyrs import Node as NodeRs

RustRule = Literal[
    "blockquote", "code", "fence", "heading", "hr", "lheading", "list", "paragraph",
    "reference", "html_block", "table",
]  # fmt: skip

# a line starting with this much quote, list or indentation nests too deep for the fast path
# (the first line, or a line after a newline: a search led by a literal character is fast)
_DEEP_PREFIX: Final = re.compile(rf"[ \t>*+\-0-9.)]{{{MAX_NESTING + 20}}}")
_DEEP_LINE: Final = re.compile(rf"\n[ \t>*+\-0-9.)]{{{MAX_NESTING + 20}}}")
_RUST_BLOCK_RULES: Final[tuple[RustRule, ...]] = get_args(RustRule)
_RUST_KINDS: Final = {
    "paragraph": "paragraph",
    "heading": "heading",
    "lheading": "heading",
    "bullet_list": "list",
    "ordered_list": "list",
    "list_item": "item",
    "blockquote": "quote",
    "table": "table",
    "fence": "fence",
    "code_block": "code",
    "html_block": "html",
    "hr": "hr",
}
_RUST_CONTENT_KINDS: Final = frozenset(("fence", "code", "html"))
# "$$" anywhere in a note (a compiled literal searches faster than ``in``)
_DOLLARS: Final = re.compile(r"\$\$")


@functools.cache
def rust_parser() -> MarkdownItRs:
    """markdown-it.rs with the CommonMark block rules and tables, and no inline rules."""
    from markdown_it_pyrs import MarkdownIt as MarkdownItRs

    markdown = MarkdownItRs("zero")
    for rule in _RUST_BLOCK_RULES:
        markdown.enable(rule)
    return markdown


def _line_starts(text: str) -> list[int]:
    """Byte offset of every line's start (markdown-it.rs maps nodes by byte offset)."""
    # each line's start is the lengths of the lines before it plus their newlines, summed
    # in C (the last sum, one past the end of the text, starts no line)
    starts = [0, *map(add, accumulate(map(len, text.encode("utf-8").split(b"\n"))), count(1))]
    starts.pop()
    return starts


def _tree(text: str) -> NodeRs | None:
    try:
        return rust_parser().tree(text)
    except BaseException as error:  # a Rust panic arrives as pyo3's PanicException
        if isinstance(error, (KeyboardInterrupt, SystemExit, GeneratorExit, MemoryError)):
            raise
        return None


def _fold(tree: NodeRs, text: str, math: frozenset[int]) -> list[Block]:
    """The tree of ``text`` as blocks; HTML blocks starting on a ``math`` line are math.

    This visits every node of every note, and each attribute read crosses into Rust and
    builds a new Python object: each is read once, and only where it is needed.
    """
    blocks: list[Block] = []
    _fold_into(tree.children, blocks, _line_starts(text), math)
    return blocks


def _fold_into(
    nodes: Sequence[NodeRs], into: list[Block], starts: list[int], math: frozenset[int]
) -> None:
    """The blocks of ``nodes`` appended to ``into`` (a function of the module, not one
    nested in :func:`_fold`: a nested function that calls itself is a reference cycle,
    left for the garbage collector at every note)."""
    # the line after a node's last byte is the first line starting at or past its end:
    # ``bisect_left(starts, end)``, which is ``bisect_right(starts, end - 1)`` for integers
    bisect_right, bisect_left = bisect.bisect_right, bisect.bisect_left
    for child in nodes:
        name = child.name
        if name == "text":  # a tight list item's paragraph has no node of its own
            begin, end = child.srcmap or (0, 0)
            start = bisect_right(starts, begin) - 1
            stop = bisect_left(starts, end) if end > begin else start + 1
            into.append(Block("paragraph", start, stop, child.meta["content"]))
            continue
        kind = _RUST_KINDS.get(name)
        if kind is None:
            continue
        begin, end = child.srcmap or (0, 0)
        start = bisect_right(starts, begin) - 1
        stop = bisect_left(starts, end) if end > begin else start + 1
        if kind == "list":
            block = Block(kind, start, stop)
            into.append(block)
            _fold_items(child.children, block.children, starts, math)
        elif kind in CONTAINER_KINDS:
            block = Block(kind, start, stop)
            into.append(block)
            _fold_into(child.children, block.children, starts, math)
        elif kind in TEXT_KINDS:
            parts = child.children
            content = (
                parts[0].meta.get("content", "")
                if len(parts) == 1
                else "".join(part.meta.get("content", "") for part in parts)
            )
            block = Block(kind, start, stop, content)
            if kind == "heading":
                block.level = child.meta["level"]
            into.append(block)
        elif kind == "html" and start in math:
            into.append(Block("math", start, stop))
        elif kind in _RUST_CONTENT_KINDS:
            into.append(Block(kind, start, stop, child.meta.get("content", "")))
        else:
            into.append(Block(kind, start, stop))


def _fold_items(
    nodes: Sequence[NodeRs], into: list[Block], starts: list[int], math: frozenset[int]
) -> None:
    """The items of a list appended to ``into``: a list's children are all list items, so
    their names (each read a crossing into Rust and a new string) are not read."""
    bisect_right, bisect_left = bisect.bisect_right, bisect.bisect_left
    for item in nodes:
        begin, end = item.srcmap or (0, 0)
        start = bisect_right(starts, begin) - 1
        block = Block("item", start, bisect_left(starts, end) if end > begin else start + 1)
        into.append(block)
        _fold_into(item.children, block.children, starts, math)


# --- math blocks, as markdown-it-py's dollarmath plugin finds them ---------------------------

_SPACES_ONLY_INDENT: Final = re.compile(r"^ {0,3}(?=\S)")
# "$$ (label)" at the end of a line closes a math block too
_LABELLED_END: Final = re.compile(r"\$\$\s*\([^)$\r\n]+\)\s*$")


def _math_end(lines: list[str], start: int) -> int | None:
    """The closing line of a math block opened by ``$$`` on ``start``; None if unclosed."""
    first = lines[start].strip()
    if len(first) > 3:
        if first.endswith("$$") or _LABELLED_END.search(first):
            return start
        if "$$" in first[2:]:
            return None
    for index in range(start + 1, len(lines)):
        line = lines[index].strip()
        if line.endswith("$$") or _LABELLED_END.search(line):
            return index
        if not line:
            return None
    return None


def _math_blocks(text: str, blocks: list[Block]) -> dict[int, int] | None:
    """Top-level math blocks ({opening line: closing line}); None if one may be nested.

    A math block never interrupts a paragraph: it can only open where a block starts,
    which inside what markdown-it.rs read as one paragraph is its first line, or the line
    after a math block that closed within it.
    """
    if _DOLLARS.search(text) is None:
        return {}
    lines = text.split("\n")
    found: dict[int, int] = {}
    stack = [(block, True) for block in blocks]
    while stack:
        block, top = stack.pop()
        if block.kind in CONTAINER_KINDS:
            stack.extend((child, False) for child in block.children)
            continue
        if block.kind != "paragraph" or not block.text.lstrip().startswith("$$"):
            continue
        if not top:
            return None  # math in a list or quote: markdown-it-py reads this note
        index = block.start
        while index < block.end:
            line = lines[index]
            indent = _SPACES_ONLY_INDENT.match(line)
            if indent is None or not line.startswith("$$", indent.end()):
                break
            end = _math_end(lines, index)
            if end is None:
                break
            found[index] = end
            index = end + 1
    return found


def _masked(text: str, math: dict[int, int]) -> str:
    """Each math block turned into an HTML comment of the same lines."""
    lines = text.split("\n")
    for start, end in math.items():
        indent = len(lines[start]) - len(lines[start].lstrip(" "))
        if start == end:
            lines[start] = " " * indent + "<!-- -->"
            continue
        lines[start] = " " * indent + "<!--"
        for index in range(start + 1, end):
            lines[index] = "math"
        lines[end] = "-->"
    return "\n".join(lines)


def parse(text: str, shift: int = 0) -> list[Block] | None:
    """The blocks of ``text`` as markdown-it.rs reads them, or None if it cannot.

    ``shift`` is added to every line number.
    """
    if _DEEP_PREFIX.match(text) is not None or _DEEP_LINE.search(text) is not None:
        return None
    if _DOLLARS.search(text) is None:  # no math block: one parse (most notes)
        blocks = _read_once(text)
    else:
        blocks = _read_plain_math(text)
        if blocks is None:
            blocks = read_twice(text)
    if blocks is not None and shift:
        _shift(blocks, shift)
    return blocks


_MAX_MASKING_ROUNDS: Final = 8


def _read_once(text: str) -> list[Block] | None:
    """A note without ``$$``, which holds no math block: parsed once, as it is."""
    tree = _tree(text)
    return None if tree is None else _fold(tree, text, frozenset())


def read_twice(text: str) -> list[Block] | None:
    """Parse once to find the top-level math blocks, and again with them masked.

    A math block that closed past the paragraph it opened (``$$`` + a line + a list item +
    ``$$x$$``) may hide a block start that the first parse read as a list's continuation:
    the masked parse is read again for math, until none is new.
    """
    tree = _tree(text)
    if tree is None:
        return None
    blocks = _fold(tree, text, frozenset())
    math: dict[int, int] = {}
    for _ in range(_MAX_MASKING_ROUNDS):
        found = _math_blocks(text, blocks)
        if found is None:
            return None
        new = {start: end for start, end in found.items() if start not in math}
        if not new:
            break
        math.update(new)
        masked_text = _masked(text, math)  # the same lines, so the same line numbers
        masked = _tree(masked_text)
        if masked is None:
            return None
        blocks = _fold(masked, masked_text, frozenset(math))
    return blocks


# a line on which "$$" comes first, after any indentation, quote or list markers: the first
# line, or a line after a newline (a search led by a literal character is fast)
_DOLLARS_FIRST: Final = re.compile(r"([ \t>*+\-0-9.)]*)\$\$")
_DOLLARS_FIRST_AFTER: Final = re.compile(r"\n([ \t>*+\-0-9.)]*)\$\$")


def _dollar_lines(text: str) -> Iterator[tuple[int, str]]:
    """Where each line on which ``$$`` comes first starts, and what comes before it."""
    first = _DOLLARS_FIRST.match(text)
    if first is not None:
        yield 0, first.group(1)
    for match in _DOLLARS_FIRST_AFTER.finditer(text):
        yield match.start() + 1, match.group(1)


# a line that starts a block of its own (a list item, a quote, a heading): never a math close
_OPENS_A_BLOCK: Final = re.compile(r"[ \t]*(?:[-*+>#]|\d{1,9}[.)])")


def _plain_math_lines(text: str) -> dict[int, int] | None:
    """The math blocks of a note whose every ``$$`` line is plainly a top-level block start.

    That is: ``$$`` in the first column, on the first line, after a blank line or right after
    another math block, and closed. Anything else (indented, quoted or listed ``$$``, one
    that may continue a paragraph, an unclosed one) gives None: the note is parsed twice.
    """
    lines: list[str] | None = None
    found: dict[int, int] = {}
    line = 0
    position = 0
    after = -1  # the line after the last math block found
    for start, before in _dollar_lines(text):
        line += text.count("\n", position, start)
        position = start
        if line < after:
            continue  # inside the math block found last
        if before:
            return None
        if lines is None:
            lines = text.split("\n")
        if line != after and line > 0 and lines[line - 1].strip(" \t"):
            return None  # it may continue a paragraph
        end = _math_end(lines, line)
        if end is None or (end > line and _OPENS_A_BLOCK.match(lines[end])):
            return None  # unclosed, or "closed" by a list item or a quote: doubtful
        found[line] = end
        after = end + 1
    return found


def _read_plain_math(text: str) -> list[Block] | None:
    """One parse, with the math blocks found from the text alone masked, if they are plain.

    The masked parse must show each of them as a top-level block of its own (a ``$$`` line
    inside a fence or an HTML block would not be), or None is returned.
    """
    math = _plain_math_lines(text)
    if not math:
        return None
    masked_text = _masked(text, math)
    tree = _tree(masked_text)
    if tree is None:
        return None
    blocks = _fold(tree, masked_text, frozenset(math))
    shown = {(block.start, block.end) for block in blocks if block.kind == "math"}
    if shown != {(start, end + 1) for start, end in math.items()}:
        return None
    return blocks


def _shift(blocks: list[Block], by: int) -> None:
    for block in blocks:
        block.start += by
        block.end += by
        _shift(block.children, by)
