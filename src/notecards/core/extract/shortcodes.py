"""GitHub's emoji shortcodes (``:arrow_right:``, ``:bulb:``, ``:pushpin:``) as the emoji they
stand for, as GitHub shows them. Read as text they are noise in a card, and their colons
split a line where no term ends (``공감 :arrow_right: 문제 정의`` is no ``Term: definition``).

Only names GitHub knows are replaced (``:members:`` of a Sphinx directive stays as it is),
never inside code: fenced blocks and code spans keep what was written (an indented line
is read too: it is far more often a list's or a quote's than code).
"""

from __future__ import annotations

import re
from typing import Final

from notecards.core.extract.blocks import fence_after

# a shortcode standing on its own (``x :bulb: y``, not ``ERROR:root:``): its name is checked
# against the emoji library's list, loaded the first time a note has a candidate
_SHORTCODE: Final = re.compile(r"(?<![\w:]):[a-z0-9+][a-z0-9_+-]*:(?![\w:])")
# the same without its bounds: a search that starts at a colon, twenty-five times faster
# over notes that have none (nearly all)
_CANDIDATE: Final = re.compile(r":[a-z0-9+][a-z0-9_+-]*:")
_CODE_SPAN: Final = re.compile(r"(`+)[^`]*?\1")


def rendered(text: str) -> str:
    """``text`` with the emoji shortcodes outside code replaced by their emoji."""
    if _CANDIDATE.search(text) is None:
        return text
    lines = text.split("\n")
    fence = ""
    for index, line in enumerate(lines):
        before, fence = fence, fence_after(fence, line)
        if before or fence or ":" not in line:
            continue  # in a fenced code block, or its fence: as written
        lines[index] = _outside_code_spans(line)
    return "\n".join(lines)


def _outside_code_spans(line: str) -> str:
    if "`" not in line:
        return _SHORTCODE.sub(_emoji, line)
    pieces: list[str] = []
    start = 0
    for span in _CODE_SPAN.finditer(line):
        pieces.append(_SHORTCODE.sub(_emoji, line[start : span.start()]))
        pieces.append(span.group(0))
        start = span.end()
    pieces.append(_SHORTCODE.sub(_emoji, line[start:]))
    return "".join(pieces)


def _emoji(found: re.Match[str]) -> str:
    import emoji  # (its table is large: loaded only for a note that has a candidate)

    return str(emoji.emojize(found.group(0), language="alias"))
