"""Long markdown cut into pieces that can be drawn one at a time.

Textual's markdown widget mounts a widget per block, about ten milliseconds each: a card of
20,000 characters would freeze the screen for seconds. The review screen draws the first
piece at once and the others as the reader scrolls near them, so no single step takes longer
than an ordinary card. Pieces end at blank lines outside code fences and display math, so
each is whole markdown; each piece but the last ends on the last line of a block, and the
next starts with the blank line after it (what Textual's ``Markdown.append`` expects).
"""

from __future__ import annotations

WHOLE_UP_TO = 2_000  # an ordinary card is drawn whole
FIRST_PIECE_CHARACTERS = 1  # a long one: its first block first
PIECE_CHARACTERS = 300
_FENCES = ("```", "~~~")


def markdown_pieces(
    text: str, first: int = FIRST_PIECE_CHARACTERS, size: int = PIECE_CHARACTERS
) -> list[str]:
    """``text`` whole when it is up to 2,000 characters, else in pieces: the first about
    ``first`` characters, the others about ``size``;
    cut only at blank lines outside fences and ``$$`` math (a piece can be longer when a
    block is). Joined together, the pieces are ``text``."""
    if len(text) <= max(first, WHOLE_UP_TO):
        return [text]
    pieces: list[str] = []
    start = 0
    position = 0
    fence: str | None = None
    in_math = False
    budget = first
    while position < len(text):
        end = text.find("\n", position)
        end = len(text) if end < 0 else end + 1
        line = text[position:end]
        stripped = line.strip()
        if fence is not None:
            if stripped.startswith(fence):
                fence = None
        elif stripped.startswith(_FENCES):
            fence = stripped[:3]
        elif stripped.startswith("$$") and not (len(stripped) > 2 and stripped.endswith("$$")):
            in_math = not in_math
        elif not stripped and not in_math and position - start >= budget:
            # cut before the blank line: the widget appends by re-reading from the start of
            # its last block, which must be where the piece ended
            pieces.append(text[start:position])
            start = position
            budget = size
        position = end
    if start < len(text):
        pieces.append(text[start:])
    return pieces
