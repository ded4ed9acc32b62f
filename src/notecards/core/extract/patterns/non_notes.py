"""Files with a note's extension that are no notes: drawings saved as markdown.

Obsidian's Excalidraw plugin saves a drawing as a ``.md`` file: front matter with
``excalidraw-plugin: parsed``, a banner (``==⚠ Switch to EXCALIDRAW VIEW ...==``), the
drawing's text labels under ``# Text Elements`` and its JSON under ``# Drawing`` (or
``# Excalidraw Data``). Its labels are fragments of a picture, not study notes.
"""

from __future__ import annotations

import re

_DRAWING = re.compile(
    r"^excalidraw-plugin[ \t]*:[ \t]*(?:parsed|raw)\b"
    r"|^#{1,6}[ \t]+(?:Excalidraw Data|Drawing)[ \t]*\n+(?:%%[ \t]*\n)?```(?:compressed-)?json",
    re.MULTILINE,
)


# asked of every note first (a compiled literal searches faster than ``in``)
_EXCALIDRAW = re.compile("xcalidraw")


def is_drawing(text: str) -> bool:
    """Whether a markdown file is a drawing (Excalidraw), not a note."""
    return _EXCALIDRAW.search(text) is not None and _DRAWING.search(text) is not None
