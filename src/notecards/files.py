"""Files notecards writes for the user (its config, a reminder's database URL): replaced whole.

A file is written to a temporary file beside it, flushed to disk and renamed over it, so a
reader sees either the old bytes or the new ones, never half of them. A symlink is written
through (the link stays, its target gets the new bytes); an existing file keeps its mode, and
its owner and group where the user may keep them; a new file is created readable by its
owner only, in a folder made private when notecards has to create it.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700


def replace_file(
    path: Path, data: bytes, *, new_mode: int = PRIVATE_FILE, keep_mode: bool = True
) -> None:
    """Give ``path`` (or the file a symlink at ``path`` leads to) exactly ``data``, atomically.

    The file keeps its mode, or with ``keep_mode=False`` gets ``new_mode`` like a new file
    (a secret's file is made private again). Raises OSError when it cannot be done; the file
    is then as it was.
    """
    target = Path(os.path.realpath(path))
    try:
        existing: os.stat_result | None = target.stat()
    except FileNotFoundError:
        existing = None
        target.parent.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(
        dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"
    )
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            if existing is None or not keep_mode:
                os.fchmod(handle.fileno(), new_mode)
            else:
                _keep_owner(handle.fileno(), existing)
                os.fchmod(handle.fileno(), existing.st_mode & 0o7777)
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    _sync_folder(target.parent)


def _keep_owner(descriptor: int, existing: os.stat_result) -> None:
    if (existing.st_uid, existing.st_gid) == (os.getuid(), os.getgid()):
        return
    with contextlib.suppress(OSError):  # only root may give a file away; a group may not fit
        os.fchown(descriptor, existing.st_uid, existing.st_gid)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (where the system lets a folder be opened and synced)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(descriptor)
    finally:
        os.close(descriptor)
