"""A label written on the line right under a list, no blank line between, over the list that
follows it: ``- names no file`` + ``**inumber**`` + ``- the inode's number``, or one-line
lists under plain labels (``Spring tide`` + ``- aligned`` + ``Neap tide`` + ``- at right
angles``). CommonMark reads such a label as a lazy continuation of the last item; the writer
meant a label over the next items. The list is split there: its items up to the label, the
label as a paragraph of its own, and the items after it as a list, so that the label asks for
them (:mod:`notecards.core.extract.proposers.labelled_list`).

A wrapped sentence's tail (``the buffer fills up`` under ``- the cache is flushed when``)
stays in its item: a label opens with a capital or a bold mark, or it ends with a colon
(a script with no case, Korean, shows a label only by its colon or its bold); it is short
and ends no sentence, and the item line above it is no long line nor one that runs on with
a comma.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from notecards.core.extract.blocks import Block

_LONGEST_LABEL: Final = 60
# an item line longer than this, under which a plain line goes on, reads as wrapped prose
_LONGEST_LINE_ABOVE: Final = 60
_ENDS_A_SENTENCE: Final = frozenset(".,;!?")
_COLONS: Final = frozenset(":：")


def split_at_labels(top: list[Block], lines: Sequence[str]) -> list[Block]:
    """The top-level blocks with each list split at the labels lazily joined to its items."""
    if not any(block.kind == "list" and len(block.children) > 1 for block in top):
        return top
    result: list[Block] = []
    for block in top:
        if block.kind == "list" and len(block.children) > 1:
            result.extend(_split(block, lines))
        else:
            result.append(block)
    return result


def _split(listed: Block, lines: Sequence[str]) -> list[Block]:
    """A list as the lists and labels it was written as."""
    parts: list[Block] = []
    items = listed.children
    first = 0  # the first item of the list being gathered
    for index in range(len(items) - 1):
        line = items[index + 1].start - 1
        if line <= items[index].start or line >= len(lines):
            continue
        if not _is_label(lines[line], lines[line - 1]):
            continue
        paragraph = _last_paragraph(items[index], line)
        if paragraph is None:
            continue
        _cut_before(items[index], line)
        paragraph.text = paragraph.text.rsplit("\n", 1)[0]
        parts.append(
            Block(
                "list",
                items[first].start,
                line,
                level=listed.level,
                children=items[first : index + 1],
            )
        )
        parts.append(Block("paragraph", line, line + 1, lines[line].strip()))
        first = index + 1
    if not parts:
        return [listed]
    parts.append(
        Block("list", items[first].start, listed.end, level=listed.level, children=items[first:])
    )
    return parts


def _is_label(text: str, above: str) -> bool:
    """Whether a line at the left margin, read as an item's lazy last line, is a label: not
    when the line above runs on into it (a comma), nor, for a plain label, when that line is
    long (a wrapped sentence goes on: ``... by injecting`` + ``Saline into the amygdala``)."""
    label = text.rstrip()
    if not label or label[0].isspace() or len(label) > _LONGEST_LABEL:
        return False
    if label[-1] in _ENDS_A_SENTENCE or above.rstrip().endswith((",", "，", "、")):
        return False
    opening = label[0]
    if label[-1] in _COLONS or opening in "*_":
        return True
    if len(above.strip()) > _LONGEST_LINE_ABOVE:
        return False
    # a capital opens a label; a script with no case gives no sign (``- 왜 골랐나`` +
    # ``뽑아줘서``: the item's answer), so only a colon or a bold mark makes its label
    return opening.isupper()


def _last_paragraph(item: Block, line: int) -> Block | None:
    """The paragraph of ``item`` (or of its last nested item) whose last line is ``line``
    and began above it: the line was read as its lazy continuation."""
    block = item
    while block.children:
        block = block.children[-1]
        if block.end != line + 1:
            return None
    if block.kind != "paragraph" or block.start >= line:
        return None
    return block


def _cut_before(item: Block, line: int) -> None:
    """``item`` and its last descendants end before ``line``."""
    block: Block | None = item
    while block is not None:
        block.end = line
        block = block.children[-1] if block.children else None
