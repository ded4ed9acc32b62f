"""A note laid out in HTML tags inside its markdown, read as the markdown it means.

Some blogs write a note's structure in HTML (``<h3 id="perceptron">Perceptron</h3>``, then
``<div>``, ``<p>`` and the paragraph's lines indented inside them). To CommonMark a run of
such lines is one HTML block, or an indented code block: no heading, no paragraph, so the
note made no card. Here a heading tag alone on its line becomes a markdown heading, a line
that only opens or closes a wrapper (``<div>``, ``<p>``, ``</section>``) becomes blank, and
the lines inside a wrapper lose their indentation. Fenced code is left as it is, and lines
are never added or removed, so every card keeps its line. A note with no heading tag alone
on a line is returned unchanged.
"""

from __future__ import annotations

import re
from typing import Final

from notecards.core.extract.blocks import fence_after

_HEADING_TAG: Final = re.compile(r"^[ \t]{0,3}<h([1-6])(?:\s[^<>]*)?>(?P<text>.*?)</h\1>\s*$", re.I)
_WRAPPER_TAG: Final = re.compile(
    r"^\s*<(?P<closing>/)?(?:div|p|section|article|main|header|footer)(?:\s[^<>]*)?>\s*$", re.I
)
_INLINE_TAG: Final = re.compile(r"</?[A-Za-z][^<>]*>")
# a heading tag opening a line, the cheap test that passes over every other note
_HEADING_HINT: Final = re.compile(r"^[ \t]{0,3}<h[1-6][\s>]", re.I | re.M)


def as_markdown(text: str) -> str:
    """The note with its HTML headings and wrappers read as markdown, line for line."""
    if ("<h" not in text and "<H" not in text) or _HEADING_HINT.search(text) is None:
        return text
    lines = text.split("\n")
    depth = 0  # how many wrappers are open around the line
    fence = ""  # the code fence open before the line, if any
    for index, line in enumerate(lines):
        was_open, fence = fence, fence_after(fence, line)
        if was_open or fence:
            continue  # a fence and its code stay as written
        heading = _HEADING_TAG.match(line)
        wrapper = None if heading else _WRAPPER_TAG.match(line)
        if heading is not None:
            words = _INLINE_TAG.sub("", heading.group("text")).strip()
            lines[index] = f"{'#' * int(heading.group(1))} {words}" if words else ""
        elif wrapper is not None:
            depth = max(0, depth - 1) if wrapper.group("closing") else depth + 1
            lines[index] = ""
        elif depth:
            lines[index] = line.lstrip()
    return "\n".join(lines)
