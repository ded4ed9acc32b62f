"""Files with a note's extension that are no notes: drawings saved as markdown, and licences.

Obsidian's Excalidraw plugin saves a drawing as a ``.md`` file: front matter with
``excalidraw-plugin: parsed``, a banner (``==⚠ Switch to EXCALIDRAW VIEW ...==``), the
drawing's text labels under ``# Text Elements`` and its JSON under ``# Drawing`` (or
``# Excalidraw Data``). Its labels are fragments of a picture, not study notes.
"""

from __future__ import annotations

import re
from typing import Final

_DRAWING: Final = re.compile(
    r"^excalidraw-plugin[ \t]*:[ \t]*(?:parsed|raw)\b"
    r"|^#{1,6}[ \t]+(?:Excalidraw Data|Drawing)[ \t]*\n+(?:%%[ \t]*\n)?```(?:compressed-)?json",
    re.MULTILINE,
)


# asked of every note first (a compiled literal searches faster than ``in``)
_EXCALIDRAW: Final = re.compile("xcalidraw")


def is_drawing(text: str) -> bool:
    """Whether a markdown file is a drawing (Excalidraw), not a note."""
    return _EXCALIDRAW.search(text) is not None and _DRAWING.search(text) is not None


# a licence's grant, near the top of the file (MIT, BSD, Apache, GPL), as licences write it
_GRANTS: Final = (
    "Permission is hereby granted, free of charge",
    "Redistribution and use in source and binary",
    "Licensed under the Apache License",
    "GENERAL PUBLIC LICENSE",
)
_LICENCE_NAMES: Final = frozenset(("license", "licence", "copying"))
_GRANT_WINDOW: Final = 1500  # how far into a file a licence's grant stands


def is_licence(text: str, source: str) -> bool:
    """Whether a markdown file is a licence (a blog's ``LICENSE.md``), not a note."""
    name = source[source.rfind("/") + 1 :]
    if name[:1] in "LlCc" and name.casefold().partition(".")[0] in _LICENCE_NAMES:
        return True
    # (a few searches for a literal: faster than one regex)
    return any(map(text[:_GRANT_WINDOW].__contains__, _GRANTS))
