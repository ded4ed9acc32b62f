"""Whether a SQLite file was left as a crash leaves it: a rollback journal with something in
it, or a write-ahead log that no process has open (one another process has open is that
process's, still at work). :mod:`.db` checks such a file before anything reads it.
"""

from __future__ import annotations

import os
from pathlib import Path

# SQLite's unix VFS: every process with the database open holds a read lock on this byte of
# the -shm file (its "deadman switch"), so a lock on it is refused while another one is there
_SHM_DEADMAN_BYTE = 128


def _in_use_elsewhere(shm: Path) -> bool:
    """Whether another process has the database open (it holds the -shm deadman byte)."""
    try:
        import fcntl
    except ImportError:  # not a unix: assume not, and check the file
        return False
    try:
        descriptor = os.open(shm, os.O_RDWR)
    except OSError:
        return False
    try:
        try:
            fcntl.lockf(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, _SHM_DEADMAN_BYTE)
        except OSError:
            return True
        fcntl.lockf(descriptor, fcntl.LOCK_UN, 1, _SHM_DEADMAN_BYTE)
        return False
    finally:
        os.close(descriptor)


def unclean_shutdown(file: Path) -> bool:
    """Whether ``file`` was left as a crash leaves it: a non-empty rollback journal, or a
    write-ahead log that no process has open."""
    journal = Path(f"{file}-journal")
    if journal.is_file() and journal.stat().st_size > 0:
        return True
    wal = Path(f"{file}-wal")
    if not wal.is_file() or wal.stat().st_size == 0:
        return False
    return not _in_use_elsewhere(Path(f"{file}-shm"))
