"""The user's text editor: the command that opens a note at a given line.

``$VISUAL``, then ``$EDITOR``, then the first of ``editor``, ``nano`` and ``vi`` found on
the ``PATH``. Most terminal editors take ``+LINE FILE``; the few that do not are told the line
their own way. Graphical editors are asked to wait until the file is closed, so that the note
is synced after the edit, not before it.
"""

from __future__ import annotations

import os
import shlex
import shutil
from collections.abc import Mapping
from pathlib import Path

_FALLBACKS = ("editor", "nano", "vi")
_COLON_LINE = frozenset({"hx", "helix", "subl", "sublime_text", "zed"})
_GOTO_FLAG = frozenset({"code", "codium", "code-insiders", "cursor"})
_WAIT_FLAG = dict.fromkeys(
    ("code", "codium", "code-insiders", "cursor", "subl", "sublime_text", "zed", "gedit"), "--wait"
)


class EditorNotFoundError(Exception):
    """No editor is set and none of the usual ones is installed."""


def editor_command(path: Path, line: int, environ: Mapping[str, str] = os.environ) -> list[str]:
    """The command (as arguments) that opens ``path`` at ``line``."""
    chosen = environ.get("VISUAL") or environ.get("EDITOR")
    if chosen:
        base = shlex.split(chosen)
    else:
        found = next((name for name in _FALLBACKS if shutil.which(name)), None)
        if found is None:
            raise EditorNotFoundError("no editor: set $EDITOR (for example EDITOR=nano)")
        base = [found]
    if not base:
        raise EditorNotFoundError("$EDITOR is empty")
    name = Path(base[0]).name
    wait = _WAIT_FLAG.get(name)
    if wait and wait not in base:
        base.append(wait)
    if name in _GOTO_FLAG:
        return [*base, "--goto", f"{path}:{line}"]
    if name in _COLON_LINE:
        return [*base, f"{path}:{line}"]
    return [*base, f"+{line}", str(path)]
